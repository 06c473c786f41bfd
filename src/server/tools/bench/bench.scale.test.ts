import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/database.js';
import { leadReportFacts } from '../../modules/report/report.repo.js';
import { systemCtx } from '../../system.js';
import { createTestDb, TEST_DIALECT, type TestDb } from '../../testing/test-db.js';
import { type BenchData, generate } from './bench.generate.js';
import { activityFor, refusal } from './bench.scale.js';
import { verifyDerived } from './bench.verify.js';

/**
 * A small scale set (the city's proportions at 200 items) loaded the fast way
 * (prepared statements on SQLite, COPY on PostgreSQL): its history is
 * consistent with its items, the items' derived columns are what the services
 * compute from those reports, and a seed gives the same data every time.
 */
const AS_OF = '2026-11-27';
const ITEMS = 200;
const activity = activityFor('city', ITEMS);

async function load(db: TestDb, seed: number): Promise<BenchData> {
  return generate(db.handle, {
    units: 5,
    items: ITEMS,
    asOf: AS_OF,
    password: 'bench-scale-test-pw',
    seed,
    activity,
    config: db.config,
  });
}

async function countOf(
  handle: DbHandle,
  table: 'items' | 'reports' | 'urges' | 'inspections',
): Promise<number> {
  const r = await handle.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Everything the generator makes but the password hashes (salted anew on every run), in id order. */
async function snapshot(handle: DbHandle): Promise<string> {
  const tables = [
    'units',
    'ledgers',
    'items',
    'responsibilities',
    'milestones',
    'item_targets',
    'reports',
    'urges',
    'inspections',
    'inspection_items',
    'inspection_findings',
  ] as const;
  const out: Record<string, unknown[]> = {};
  for (const t of tables)
    out[t] = await sql`SELECT * FROM ${sql.table(t)} ORDER BY 1, 2`.execute(handle.db).then((r) => r.rows);
  out.users = await handle.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'unit_id'])
    .orderBy('id')
    .execute();
  return JSON.stringify(out);
}

describe('a small scale set', () => {
  let db: TestDb;
  let data: BenchData;
  beforeAll(async () => {
    db = await createTestDb();
    data = await load(db, 7);
  });
  afterAll(() => db.drop());

  it('holds the preset proportions, and the counts it reports are the rows stored', async () => {
    expect(activity).toEqual({ reports: 2000, urges: 400, inspections: 100 });
    expect(await countOf(db.handle, 'items')).toBe(ITEMS);
    expect(await countOf(db.handle, 'reports')).toBe(data.counts.reports);
    expect(await countOf(db.handle, 'urges')).toBe(data.counts.urges);
    expect(await countOf(db.handle, 'inspections')).toBe(data.counts.inspections);
    // Items too young for their share pass it on: the totals land near the preset.
    expect(data.counts.reports).toBeGreaterThan(2000 * 0.9);
    expect(data.counts.reports).toBeLessThan(2000 * 1.1);
    expect(data.counts.urges).toBeGreaterThan(400 * 0.8);
    expect(data.counts.inspections).toBeGreaterThan(100 * 0.7);
    expect(data.tables.find((t) => t.table === 'reports')?.rows).toBe(data.counts.reports);
  });

  it('has valid foreign keys, and every report, urge and inspection names a unit of its item', async () => {
    if (TEST_DIALECT === 'sqlite') {
      const broken = await sql`PRAGMA foreign_key_check`.execute(db.handle.db);
      expect(broken.rows).toEqual([]);
    }
    const stray = async (table: 'reports' | 'urges') =>
      (
        await sql`SELECT x.id FROM ${sql.table(table)} x WHERE NOT EXISTS (
          SELECT 1 FROM responsibilities r WHERE r.item_id = x.item_id AND r.unit_id = x.unit_id)`.execute(
          db.handle.db,
        )
      ).rows;
    expect(await stray('reports')).toEqual([]);
    expect(await stray('urges')).toEqual([]);
    const inspections = await db.handle.db
      .selectFrom('inspections as i')
      .innerJoin('inspection_items as ii', 'ii.inspection_id', 'i.id')
      .leftJoin('responsibilities as r', (j) =>
        j.onRef('r.item_id', '=', 'ii.item_id').onRef('r.unit_id', '=', 'i.unit_id'),
      )
      .select(['i.id', 'r.id as responsibility', 'i.inspected_on', 'ii.inspected_on as copied'])
      .execute();
    expect(inspections.length).toBe(data.counts.inspections);
    for (const i of inspections) {
      expect(i.responsibility).not.toBeNull();
      expect(i.copied).toBe(i.inspected_on);
    }
    // Nothing happens after the day the data are judged on.
    const late = await db.handle.db
      .selectFrom('reports')
      .select('id')
      .where('submitted_on', '>', AS_OF)
      .unionAll(db.handle.db.selectFrom('inspections').select('id').where('inspected_on', '>', AS_OF))
      .execute();
    expect(late).toEqual([]);
  });

  it("stores the items' report facts as the report service reads them, and derived columns as the item service computes them", async () => {
    const items = await db.handle.db
      .selectFrom('items')
      .select(['id', 'code', 'last_report_on', 'reported_progress', 'status'])
      .execute();
    const ctx = systemCtx(db.handle);
    let reported = 0;
    for (const item of items) {
      const facts = await leadReportFacts(ctx, item.id);
      expect({ code: item.code, last: item.last_report_on, progress: item.reported_progress }).toEqual({
        code: item.code,
        last: facts.lastReportOn,
        progress: facts.accepted?.percent ?? null,
      });
      if (facts.lastReportOn) reported++;
    }
    // Most running items have reports; drafts have none.
    expect(reported).toBeGreaterThan(ITEMS / 2);
    expect(
      await verifyDerived(
        db.handle,
        items.map((i) => i.id),
      ),
    ).toEqual([]);
  });

  it('is the same data set for the same seed, and another for another seed', async () => {
    const again = await createTestDb();
    const other = await createTestDb();
    try {
      await load(again, 7);
      await load(other, 8);
      const first = await snapshot(db.handle);
      expect(await snapshot(again.handle)).toBe(first);
      expect(await snapshot(other.handle)).not.toBe(first);
    } finally {
      await again.drop();
      await other.drop();
    }
  });
});

it("loads the same rows through the handle's own connection (the drills' data sets, no second connection)", async () => {
  const viaHandle = await createTestDb();
  const viaLoader = await createTestDb();
  try {
    const a = await generate(viaHandle.handle, {
      units: 3,
      items: 40,
      asOf: AS_OF,
      password: 'pw-scale-test',
      seed: 3,
      activity: activityFor('city', 40),
    });
    await generate(viaLoader.handle, {
      units: 3,
      items: 40,
      asOf: AS_OF,
      password: 'pw-scale-test',
      seed: 3,
      activity: activityFor('city', 40),
      config: viaLoader.config,
    });
    expect(a.counts.reports).toBeGreaterThan(0);
    expect(await snapshot(viaHandle.handle)).toBe(await snapshot(viaLoader.handle));
  } finally {
    await viaHandle.drop();
    await viaLoader.drop();
  }
});

it('refuses the province on SQLite, with the way out', () => {
  expect(refusal('province', 'sqlite')).toMatch(/PostgreSQL only.*DUCHA_DATABASE_URL=postgres/);
  expect(refusal('province', 'postgres')).toBeNull();
  expect(refusal('city', 'sqlite')).toBeNull();
  expect(activityFor('province', 1_000_000)).toEqual({
    reports: 10_000_000,
    urges: 2_000_000,
    inspections: 500_000,
  });
});
