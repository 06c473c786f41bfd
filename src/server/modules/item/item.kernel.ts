import { availableRequests } from '../../../core/requests.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import { availableActions } from '../../../core/status.js';
import { type Ctx, inTransaction, todayOf } from '../../context.js';
import { executeTogether } from '../../db/dialect.js';
import { AppError, notFound, staleVersion } from '../../errors.js';
import { type ItemScope, itemScope } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { askersOf } from '../request/request.policy.js';
import { type RuleSettings, ruleSettingsOf } from '../settings/settings.service.js';
import { itemEventInsert, type NewItemEvent } from '../timeline/timeline.repo.js';
import { rolesForItem } from './item.access.js';
import { deriveInputOf, deriveItemColumns, responsibilityFacts } from './item.derive.js';
import { recordLightChange } from './item.light-history.js';
import { toItemOut } from './item.mapper.js';
import { findItem, loadItemStates } from './item.repo.js';
import { rollUpProgress } from './item.rollup.js';
import { searchSourceChanged, writeItemSearch } from './item.search-index.js';
import { auditSnapshot, type ItemState, leadUnitOf } from './item.state.js';
import {
  newItemInserts,
  updateItemIfVersion,
  updateResponsibilityFacts,
  writeChildLists,
} from './item.write.repo.js';

/**
 * The one way an item changes. A command loads the item once for writing,
 * turns its state into the next state with pure rules, and hands both to
 * `saveItem`, which derives the stored columns, writes the difference under
 * the version check and appends the audit row — all in the command's
 * transaction. The answer is built from what was written, not read back.
 */

/** What every item command gets to work with. */
export interface CommandEnv {
  tx: Ctx;
  scope: ItemScope;
  rules: RuleSettings;
  today: string;
}

/** The item as stored, within the user's scope, for a command that expects `version`. */
export async function loadForWrite(
  env: Pick<CommandEnv, 'tx' | 'scope'>,
  id: string,
  version?: number,
): Promise<ItemState> {
  const row = await findItem(env.tx, env.scope, id);
  if (!row) throw notFound();
  if (version !== undefined && row.version !== version) throw staleVersion();
  const [state] = await loadItemStates(env.tx, [row]);
  return state;
}

export interface SaveOptions {
  /** Audit action, e.g. `item.update`. */
  action: string;
  /** What the audit row records; by default the whole item before and after. */
  audit?: { before?: unknown; after?: unknown };
  /** The timeline entry the change makes (every command makes one). */
  event: Omit<NewItemEvent, 'itemId'>;
}

/**
 * Writes `next` over `before` (null: a new item): derived columns first, then
 * the item row under the version check, the child lists' difference, the facts
 * copied onto responsibilities, and the audit row. Returns the state as stored.
 */
export async function saveItem(
  env: CommandEnv,
  before: ItemState | null,
  next: ItemState,
  opts: SaveOptions,
): Promise<ItemState> {
  const { tx } = env;
  // An archived draft is kept as it was (commands/archive.ts); it changes again once restored.
  if (before?.item.archived_at)
    throw new AppError('rule_violation', [
      { zh: '该事项已归档，请先恢复再修改', en: 'The item is archived; restore it before changing it' },
    ]);
  const derived = deriveItemColumns(deriveInputOf(next), env.rules);
  // A split item's progress is rolled up from its sub-items (item.rollup.ts), not from its own roadmap.
  const rolledUp = next.childCount > 0 && next.item.status !== 'completed';
  const stored: ItemState = {
    ...next,
    item: { ...next.item, ...derived, ...(rolledUp ? { progress: next.item.progress } : {}) },
  };
  const facts = responsibilityFacts(stored.item);
  const event = itemEventInsert(tx, { ...opts.event, itemId: stored.item.id });
  if (before) {
    if (!(await updateItemIfVersion(tx, stored.item, before.item.version))) throw staleVersion();
    await writeChildLists(tx, before, stored, facts);
    // Rows just inserted carry the facts already; the kept ones need them only when they changed.
    // Each needless update would leave a dead row on PostgreSQL and stale its visibility map.
    if (JSON.stringify(responsibilityFacts(before.item)) !== JSON.stringify(facts)) {
      const had = new Set(before.responsibilities.map((r) => r.id));
      const kept = stored.responsibilities.filter((r) => had.has(r.id)).map((r) => r.id);
      await updateResponsibilityFacts(tx, stored.item.id, facts, kept);
    }
    await event.execute();
  } else {
    // A new item's rows and its timeline's first event: one statement on PostgreSQL.
    await executeTogether(tx.db, tx.dialect, [...newItemInserts(tx, stored.item, stored, facts), event]);
  }
  if (!before || searchSourceChanged(before.item, stored.item)) await writeItemSearch(tx, [stored.item]);
  await recordLightChange(
    tx,
    env.rules,
    before?.item ?? null,
    stored.item,
    stored.milestones.filter((m) => !m.done_date).map((m) => m.planned_date),
    opts.event.kind,
    env.today,
  );
  if (stored.item.parent_id) await rollUpProgress(tx, stored.item.parent_id);
  await appendAudit(tx, {
    action: opts.action,
    entity: 'item',
    entityId: stored.item.id,
    outcome: 'success',
    before: opts.audit ? opts.audit.before : before ? auditSnapshot(before) : undefined,
    after: opts.audit ? opts.audit.after : auditSnapshot(stored),
  });
  return stored;
}

/** Runs `fn` as one command: permission checked by the caller, one transaction, the answer from what was written. */
export async function runItemCommand(
  ctx: Ctx,
  fn: (env: CommandEnv) => Promise<ItemState>,
): Promise<ItemOut> {
  const scope = itemScope(ctx);
  // Read in the transaction: on SQLite a statement on the writer's own connection, where a
  // read outside it would be a round trip to a reader thread on every command.
  const { state, rules } = await inTransaction(ctx, async (tx) => {
    const rules = await ruleSettingsOf(tx);
    return { state: await fn({ tx, scope, rules, today: todayOf(tx) }), rules };
  });
  return present(ctx, state, rules, todayOf(ctx));
}

/** The API answer for one item state: the light as of `asOf` and the actions open to this user. */
export function present(ctx: Ctx, state: ItemState, rules: RuleSettings, asOf: string): ItemOut {
  const leadUnit = leadUnitOf(state);
  const actions = availableActions(state.item.status, rolesForItem(ctx, leadUnit), { hasLead: !!leadUnit });
  const lead = state.responsibilities.find((r) => r.role === 'lead');
  const requestKinds = ctx.user ? availableRequests(state.item.status, askersOf(ctx.user, lead)) : [];
  return toItemOut(ctx, state, rules, asOf, actions, requestKinds);
}
