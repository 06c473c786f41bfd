import type { IsoDate } from '../../../core/dates.js';
import { type ItemInput, ItemQuery } from '../../../core/schemas/item.js';
import { TIMELINE_KINDS } from '../../../core/timeline.js';
import type { Actor, Ctx } from '../../context.js';
import type { DbHandle } from '../../db/database.js';
import { createItem, getItem, listItems } from '../../modules/item/item.service.js';
import { overview, unitLights } from '../../modules/stats/stats.service.js';
import { getTimeline } from '../../modules/timeline/timeline.service.js';
import { systemCtx } from '../../system.js';
import type { BenchData } from './bench.generate.js';

/**
 * The measurements of issue 2, each through the real service functions with a
 * real context (permissions, scope, rule settings read per call, as a request
 * would), so that what is timed is what a request costs minus HTTP.
 */

/** Which target of issue 2 a measurement is judged against. */
export type Check =
  | 'list'
  | 'search'
  | 'overdue'
  | 'unitLights'
  | 'detail'
  | 'cockpit'
  | 'creates'
  | 'write'
  | 'rss'
  /** c16 throughput over c1 (issue 14). */
  | 'concurrency'
  | 'none';

export interface Result {
  name: string;
  check: Check;
  median: number | null;
  p95: number | null;
  /** What the target compares: median ms, items/s or MB. */
  value: number;
  unit: 'ms' | 'items/s' | 'MB' | 'KB' | 'req/s' | '×';
  note?: string;
}

const WARMUP = 5;
export const CREATES = 500;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[idx];
}

/** Runs `fn` a few times to warm caches and the JIT, then `runs` times; returns sorted durations in ms. */
export async function sample(
  runs: number,
  fn: (i: number) => Promise<unknown>,
  warmup = WARMUP,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
    // Outside the timed part: give the event loop a turn (signals, the server child's output).
    await new Promise((resolve) => setImmediate(resolve));
  }
  return out.sort((a, b) => a - b);
}

export function timed(name: string, check: Check, ms: number[], note?: string): Result {
  const median = percentile(ms, 0.5);
  return { name, check, median, p95: percentile(ms, 0.95), value: median, unit: 'ms', note };
}

/** Noon in China on the bench date: `todayOf(ctx)` gives `asOf`, so lights are judged as of that day. */
export const noonInChina = (asOf: IsoDate) => new Date(`${asOf}T04:00:00.000Z`);

export async function measureReads(
  handle: DbHandle,
  data: BenchData,
  asOf: IsoDate,
  runs: number,
): Promise<Result[]> {
  const now = noonInChina(asOf);
  const sup = systemCtx(handle, now, data.supervisor);
  const unitCtxs: Ctx[] = data.unitActors.map((a: Actor) => systemCtx(handle, now, a));
  const pick = <T>(list: readonly T[], i: number): T => list[i % list.length];
  const list = async (
    name: string,
    q: (i: number) => Record<string, string | number>,
    ctx = (_i: number) => sup,
  ) => {
    let total = '';
    const ms = await sample(runs, async (i) => {
      const page = await listItems(ctx(i), ItemQuery.parse(q(i)));
      // A search counts up to a cap (SEARCH_COUNT_CAP): past it the total is a floor.
      total = `${page.total.toLocaleString('en')}${page.totalCapped ? '+' : ''}`;
    });
    return timed(
      name,
      name.startsWith('overdue') ? 'overdue' : name.startsWith('search') ? 'search' : 'list',
      ms,
      `total ${total}`,
    );
  };
  const out: Result[] = [];
  out.push(await list('items: default sort, page 1', () => ({})));
  out.push(await list('items: by ledger', (i) => ({ ledgerId: pick(data.ledgers, i).id })));
  out.push(await list('items: by unit', (i) => ({ unitId: pick(data.units, i * 7).id })));
  out.push(await list('items: status=in_progress', () => ({ status: 'in_progress' })));
  out.push(await list('items: light=red', () => ({ light: 'red' })));
  out.push(await list('items: light=yellow', () => ({ light: 'yellow' })));
  out.push(await list('items: due in November', () => ({ dueFrom: '2026-11-01', dueTo: '2026-11-30' })));
  // Text search through the index (issue 14): one row per kind of query word, ranked (no sort given).
  const ledgerCode = data.ledgers[0]?.code ?? '';
  for (const [what, q] of [
    ['2-char word', '征迁'],
    ['3-char word', '安置房'],
    ['long word', '污水处理厂'],
    ['two words', '凤凰 改造'],
    ['code prefix', `${ledgerCode}-01`],
  ])
    out.push(await list(`search: ${what} q=${q}`, () => ({ q })));
  out.push(await list('items: page 50', () => ({ page: 50 })));
  out.push(
    await list(
      'items: unit user, own scope',
      () => ({}),
      (i) => pick(unitCtxs, i),
    ),
  );
  out.push(await list('overdue, sort=dueDate', () => ({ overdue: 'true', sort: 'dueDate' })));

  const detail = await sample(runs, (i) => getItem(sup, pick(data.itemSample, i * 13)));
  out.push(timed('item detail (random ids)', 'detail', detail));
  out.push(await measureTimeline(handle, data, now, runs));
  let unitsCounted = 0;
  const lights = await sample(runs, async () => {
    unitsCounted = (await unitLights(sup, {})).total;
  });
  out.push(timed('per-unit counts by light', 'unitLights', lights, `${unitsCounted} units`));
  out.push(timed('cockpit overview', 'cockpit', await sample(runs, () => overview(sup, {}))));
  return out;
}

/** A valid new item, like one a supervisor registers: two units, a four-step roadmap, one target. */
export function newItemInput(data: BenchData, i: number): ItemInput {
  const lead = data.units[(i * 3) % data.units.length];
  const other = data.units[(i * 3 + 1) % data.units.length];
  const person = (u: typeof lead) => ({
    leaderId: u.leaderId,
    deputyId: u.deputyId,
    responsibleId: u.responsibleId,
  });
  return {
    ledgerId: data.ledgers[i % data.ledgers.length].id,
    title: `压测新增事项${i}：老旧小区改造`,
    source: 'meeting',
    sourceRef: `区政府常务会议纪要〔2026〕${i}号`,
    goal: '年底前完成改造并通过验收。',
    targets: [{ name: '改造面积', unit: '万平方米', targetValue: 12 }],
    priority: 'normal',
    startDate: '2026-12-01',
    dueDate: '2027-06-30',
    cadence: 'monthly',
    responsibilities: [
      { unitId: lead.id, role: 'lead', ...person(lead) },
      { unitId: other.id, role: 'cooperating', ...person(other) },
    ],
    milestones: [
      { title: '方案编制', plannedDate: '2026-12-31' },
      { title: '招标采购', plannedDate: '2027-02-28' },
      { title: '开工建设', plannedDate: '2027-04-15' },
      { title: '竣工验收', plannedDate: '2027-06-30' },
    ],
  };
}

/**
 * Creates through `createItem`: validation, code series, derived columns, audit log, one transaction each.
 * The new items' ids go into `created`, when given, for the edits and transitions measured next.
 */
export async function measureCreates(
  handle: DbHandle,
  data: BenchData,
  asOf: IsoDate,
  created: string[] = [],
): Promise<Result> {
  const sup = systemCtx(handle, noonInChina(asOf), data.supervisor);
  const started = performance.now();
  const ms = await sample(
    CREATES,
    async (i) => created.push((await createItem(sup, newItemInput(data, i))).id),
    0,
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    name: `item creation (${CREATES} × createItem)`,
    check: 'creates',
    median: percentile(ms, 0.5),
    p95: percentile(ms, 0.95),
    value: CREATES / seconds,
    unit: 'items/s',
  };
}

/** Commands at once in the concurrent creates: as many as the HTTP bench's clients. */
const CREATE_CLIENTS = 16;

/**
 * Creates by CREATE_CLIENTS callers at once, CREATES in all, as a busy server runs
 * them: on SQLite they queue for the one writer and commit in groups
 * (sqlite-group-commit.ts); on PostgreSQL they run on the pool's connections.
 * Numbered after the sequential creates' items, so that titles and codes stay apart.
 */
export async function measureConcurrentCreates(
  handle: DbHandle,
  data: BenchData,
  asOf: IsoDate,
): Promise<Result> {
  const sup = systemCtx(handle, noonInChina(asOf), data.supervisor);
  const ms: number[] = [];
  let next = 0;
  const client = async () => {
    for (let i = next++; i < CREATES; i = next++) {
      const t = performance.now();
      await createItem(sup, newItemInput(data, CREATES + i));
      ms.push(performance.now() - t);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CREATE_CLIENTS }, client));
  const seconds = (performance.now() - started) / 1000;
  ms.sort((a, b) => a - b);
  return {
    name: `item creation, ${CREATE_CLIENTS} at once (${CREATES} × createItem)`,
    check: 'creates',
    median: percentile(ms, 0.5),
    p95: percentile(ms, 0.95),
    value: CREATES / seconds,
    unit: 'items/s',
  };
}

/** Events given to each of the timeline's sample items: a year of weekly reports, reviews, urges and the rest. */
const TIMELINE_EVENTS = 250;
const TIMELINE_ITEMS = 20;

/**
 * An item's timeline (GET /api/items/:id/timeline, first page of 20) for items
 * with a long history: the generator writes no events, so sample items get
 * TIMELINE_EVENTS each, of every kind, in one batch per item.
 */
async function measureTimeline(handle: DbHandle, data: BenchData, now: Date, runs: number): Promise<Result> {
  const items = data.itemSample.slice(0, TIMELINE_ITEMS);
  for (const itemId of items)
    await handle.db
      .insertInto('item_events')
      .values(
        Array.from({ length: TIMELINE_EVENTS }, (_, n) => ({
          item_id: itemId,
          at: new Date(now.getTime() - (TIMELINE_EVENTS - n) * 86_400_000).toISOString(),
          actor_id: data.supervisor.id,
          actor_name: data.supervisor.displayName,
          kind: TIMELINE_KINDS[n % TIMELINE_KINDS.length],
          unit_id: null,
          restricted: n % 17 === 0 ? 1 : 0,
          payload: '{}',
        })),
      )
      .execute();
  const sup = systemCtx(handle, now, data.supervisor);
  const ms = await sample(runs, (i) => getTimeline(sup, items[i % items.length], { page: 1, pageSize: 20 }));
  return timed(`item timeline, page 1 (${TIMELINE_EVENTS} events)`, 'detail', ms);
}
