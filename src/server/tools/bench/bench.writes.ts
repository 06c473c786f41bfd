import { sql } from 'kysely';
import type { IsoDate } from '../../../core/dates.js';
import { ItemQuery } from '../../../core/schemas/item.js';
import type { DbHandle } from '../../db/database.js';
import { listItems, transitionItem, updateItem } from '../../modules/item/item.service.js';
import { unitLights } from '../../modules/stats/stats.service.js';
import { systemCtx } from '../../system.js';
import type { BenchData } from './bench.generate.js';
import { noonInChina, percentile, type Result, sample } from './bench.measure.js';

/**
 * Edits and transitions through the real commands, then a burst of writes
 * followed by the per-unit reads again: on PostgreSQL every write that changes
 * an item's facts leaves dead responsibility rows behind, and the per-unit
 * counts are only as fast as the visibility map is fresh, so they are shown
 * after the burst, not only right after generation (issue 14).
 */

/** Writes in the burst: a city's busy morning, capped at a tenth of the data set. */
const BURST = 10_000;

function timed(name: string, ms: number[], note?: string): Result {
  const median = percentile(ms, 0.5);
  return { name, check: 'write', median, p95: percentile(ms, 0.95), value: median, unit: 'ms', note };
}

/**
 * A title edit and an assignment (交办: the status changes, so the facts copied
 * onto the responsibility rows change too) of each item `created` names (drafts).
 */
export async function measureEdits(
  handle: DbHandle,
  data: BenchData,
  asOf: IsoDate,
  created: string[],
): Promise<Result[]> {
  const sup = systemCtx(handle, noonInChina(asOf), data.supervisor);
  const versions = new Map<string, number>();
  const edits = await sample(
    created.length,
    async (i) => {
      const out = await updateItem(sup, created[i], { version: 1, title: `压测改名事项${i}` });
      versions.set(out.id, out.version);
    },
    0,
  );
  const assigns = await sample(
    created.length,
    (i) => transitionItem(sup, created[i], { action: 'assign', version: versions.get(created[i]) ?? 0 }),
    0,
  );
  return [
    timed(`item edit, title (${created.length} × updateItem)`, edits),
    timed(`item transition, assign (${created.length} × transitionItem)`, assigns),
  ];
}

/**
 * A burst of writes on running items — every other one a title edit, the others
 * a suspension (暂停: a change of the facts on the item's responsibility rows) —
 * then the per-unit table and one unit's list, as a leader would open them next.
 */
export async function measureAfterBurst(
  handle: DbHandle,
  data: BenchData,
  asOf: IsoDate,
  runs: number,
): Promise<Result[]> {
  const sup = systemCtx(handle, noonInChina(asOf), data.supervisor);
  const rows = await handle.db
    .selectFrom('items')
    .select(['id', 'version'])
    .where('status', '=', 'in_progress')
    .where('archived_at', 'is', null)
    .where('parent_id', 'is', null)
    .orderBy('id')
    .limit(Math.min(BURST, Math.ceil(data.counts.items / 10)))
    .execute();
  const burstStart = new Date();
  const started = performance.now();
  for (const [i, r] of rows.entries()) {
    if (i % 2) await transitionItem(sup, r.id, { action: 'suspend', version: r.version });
    else await updateItem(sup, r.id, { version: r.version, title: `压测连续修改${i}` });
  }
  const seconds = (performance.now() - started) / 1000;
  const burst = `after ${rows.length.toLocaleString('en')} writes`;
  const out: Result[] = [
    {
      name: `burst of writes (${rows.length.toLocaleString('en')}: title edits and suspensions)`,
      check: 'none',
      median: null,
      p95: null,
      value: rows.length / seconds,
      unit: 'items/s',
    },
  ];
  let units = 0;
  const lights = await sample(runs, async () => {
    units = (await unitLights(sup, {})).total;
  });
  const vacuum = await vacuumState(handle, burstStart);
  out.push({
    name: `per-unit counts by light, ${burst}`,
    check: 'unitLights',
    median: percentile(lights, 0.5),
    p95: percentile(lights, 0.95),
    value: percentile(lights, 0.5),
    unit: 'ms',
    note: `${units} units${vacuum}`,
  });
  let total = 0;
  const unitPage = await sample(runs, async (i) => {
    const unit = data.units[(i * 7) % data.units.length];
    total = (await listItems(sup, ItemQuery.parse({ unitId: unit.id }))).total;
  });
  out.push({
    name: `items: by unit, ${burst}`,
    check: 'list',
    median: percentile(unitPage, 0.5),
    p95: percentile(unitPage, 0.95),
    value: percentile(unitPage, 0.5),
    unit: 'ms',
    note: `total ${total.toLocaleString('en')}`,
  });
  return out;
}

/**
 * PostgreSQL: the dead responsibility rows the burst left and whether autovacuum
 * has visited the table since (the visibility map the counts' index-only scans need).
 */
async function vacuumState(handle: DbHandle, since: Date): Promise<string> {
  if (handle.dialect !== 'postgres') return '';
  const { rows } = await sql<{ dead: number; vacuumed: Date | null }>`
    SELECT n_dead_tup AS dead, last_autovacuum AS vacuumed
    FROM pg_stat_user_tables WHERE relname = 'responsibilities'`.execute(handle.db);
  const r = rows[0];
  return r
    ? `; ${Number(r.dead).toLocaleString('en')} dead rows, autovacuumed since the burst began: ${r.vacuumed && r.vacuumed >= since ? 'yes' : 'not yet'}`
    : '';
}
