import { type ResolvedFieldFilter, resolveFieldFilters } from '../../../core/field-filters.js';
import type { ItemListOut, ItemOut, ItemPage, ItemQuery } from '../../../core/schemas/item.js';
import type { TemplateOut } from '../../../core/schemas/template.js';
import { type Ctx, todayOf } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { itemScope } from '../access/policy.js';
import { ruleSettingsOf } from '../settings/settings.service.js';
import { findTemplate, loadFieldValues, toTemplateOut } from '../template/template.repo.js';
import { presentFieldValues } from '../template/template.values.js';
import { present } from './item.kernel.js';
import { toItemListOut } from './item.mapper.js';
import { findItem, type ItemSeek, loadItemStates, queryItems } from './item.repo.js';

/**
 * The item module's service API: reads here, each command in `commands/`
 * over the kernel (`item.kernel.ts`).
 */
export { acknowledgeItem } from './commands/acknowledge.js';
export { archiveItem, restoreItem } from './commands/archive.js';
export { createItem } from './commands/create.js';
export { markMilestoneDone } from './commands/milestone-done.js';
export { transitionItem } from './commands/transition.js';
export { updateItem } from './commands/update.js';

/**
 * A page of items. In one ledger's list each item carries its values of the
 * ledger template's fields, and the list may filter by them (`fields`).
 * `exactTotal`: count every match of a search (an export), not only up to the cap.
 */
export async function listItems(
  ctx: Ctx,
  query: ItemQuery,
  opts: { exactTotal?: boolean } = {},
): Promise<ItemPage<ItemOut>> {
  const { items, total, totalCapped } = await readItems(ctx, query, opts.exactTotal ? null : undefined);
  return { items, total, ...(totalCapped ? { totalCapped } : {}) };
}

/**
 * A list read page after page (an export): each page starts where `seek`
 * says, where the one before it ended (see `queryItems`), and `next` is where
 * the page after it starts. Only a page read with `exactTotal` is counted
 * (every match); the others say `total: 0`.
 */
export async function listItemsFrom(
  ctx: Ctx,
  query: ItemQuery,
  seek: ItemSeek,
  opts: { exactTotal?: boolean } = {},
): Promise<{ items: ItemOut[]; total: number; next: ItemSeek }> {
  const { items, total, next } = await readItems(ctx, query, null, seek, !!opts.exactTotal);
  return { items, total, next };
}

async function readItems(
  ctx: Ctx,
  query: ItemQuery,
  cap: number | null | undefined,
  seek?: ItemSeek,
  withCount?: boolean,
) {
  const scope = itemScope(ctx);
  const asOf = query.asOf ?? todayOf(ctx);
  const template = query.ledgerId
    ? toTemplateOut(query.ledgerId, await findTemplate(ctx, query.ledgerId))
    : null;
  const fieldFilters = checkFieldFilters(template, query.fields);
  const [{ rows, ...counted }, rules] = await Promise.all([
    queryItems(ctx, scope, query, asOf, fieldFilters, cap, seek, withCount),
    ruleSettingsOf(ctx),
  ]);
  const [states, values] = await Promise.all([
    loadItemStates(ctx, rows),
    template?.fields.length
      ? loadFieldValues(
          ctx,
          rows.map((r) => r.id),
        )
      : null,
  ]);
  return {
    items: states.map((s) => {
      const out = present(ctx, s, rules, asOf);
      return template && values
        ? { ...out, fields: presentFieldValues(template.fields, values.get(s.item.id)) }
        : out;
    }),
    ...counted,
  };
}

/** The list as list rows (`view=list`): what a list shows of each item, a third of the bytes. */
export async function listItemRows(ctx: Ctx, query: ItemQuery): Promise<ItemPage<ItemListOut>> {
  const { items, ...counted } = await listItems(ctx, query);
  return { items: items.map(toItemListOut), ...counted };
}

/** The list's template-field filters checked against the ledger's template; 400 naming what is wrong. */
function checkFieldFilters(
  template: TemplateOut | null,
  filters: ItemQuery['fields'],
): ResolvedFieldFilter[] {
  if (!filters || Object.keys(filters).length === 0) return [];
  if (!template)
    throw new AppError('validation', [
      {
        field: 'ledgerId',
        zh: '按台账字段筛选须先选定台账',
        en: 'filtering by template fields needs a ledger',
      },
    ]);
  const { filters: resolved, problems } = resolveFieldFilters(template.fields, filters);
  if (problems.length) throw new AppError('validation', problems);
  return resolved;
}

export async function getItem(ctx: Ctx, id: string, asOf?: string): Promise<ItemOut> {
  const scope = itemScope(ctx);
  const [row, rules] = await Promise.all([findItem(ctx, scope, id), ruleSettingsOf(ctx)]);
  if (!row) throw notFound();
  const [state] = await loadItemStates(ctx, [row]);
  return present(ctx, state, rules, asOf ?? todayOf(ctx));
}
