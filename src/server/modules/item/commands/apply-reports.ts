import type { ItemsTable } from '../../../db/schema.js';
import { type CommandEnv, type SaveOptions, saveItem } from '../item.kernel.js';
import type { ItemState } from '../item.state.js';

/** What the lead unit's reports say about its item, read from the reports after a change. */
export interface LeadReportFacts {
  /** The day of the latest lead report that was not returned. */
  lastReportOn: string | null;
  /** The latest accepted lead report: its percent and target values. */
  accepted: { percent: number; targetValues: { targetId: string; value: number }[] } | null;
}

/**
 * The lead unit's report is the item's: its day restarts the cadence (the
 * light), its accepted percent becomes the item's progress and its accepted
 * target values the targets' current values (the trajectory). The kernel
 * derives progress, light and trajectory from these facts.
 */
export function applyLeadReports(
  env: CommandEnv,
  before: ItemState,
  facts: LeadReportFacts,
  opts: SaveOptions,
): Promise<ItemState> {
  const values = new Map((facts.accepted?.targetValues ?? []).map((v) => [v.targetId, v.value]));
  const item: ItemsTable = {
    ...before.item,
    last_report_on: facts.lastReportOn,
    reported_progress: facts.accepted ? facts.accepted.percent : null,
    updated_at: env.tx.now.toISOString(),
    version: before.item.version + 1,
  };
  const targets = before.targets.map((t) =>
    values.has(t.id) ? { ...t, current_value: values.get(t.id) ?? null } : t,
  );
  return saveItem(env, before, { ...before, item, targets }, opts);
}
