import type { IsoDate } from '../../../core/dates.js';
import { InspectionQuery } from '../../../core/schemas/inspection.js';
import { ReportQuery } from '../../../core/schemas/report.js';
import type { DbHandle } from '../../db/database.js';
import { listInspections, listItemInspections } from '../../modules/inspection/inspection.service.js';
import { listItemReports, listReports } from '../../modules/report/report.service.js';
import { listItemUrges } from '../../modules/urge/urge.service.js';
import { systemCtx } from '../../system.js';
import type { BenchData } from './bench.generate.js';
import { noonInChina, type Result, sample, timed } from './bench.measure.js';

/**
 * The main reads of the scale sets' history tables, through the services as
 * a supervisor's request calls them: an item page's reports, urges and
 * inspections (item-sized reads, judged like the item detail), and the
 * office's lists of reports waiting for review and of inspections (judged
 * like the item lists).
 */
export async function measureHistory(
  handle: DbHandle,
  data: BenchData,
  asOf: IsoDate,
  runs: number,
): Promise<Result[]> {
  const sup = systemCtx(handle, noonInChina(asOf), data.supervisor);
  const item = (i: number) => data.itemSample[(i * 11) % data.itemSample.length];
  const unit = (i: number) => data.units[(i * 7) % data.units.length].id;
  const out: Result[] = [];
  let n = 0;
  const count = (r: { total: number }) => {
    n += r.total;
  };
  const mean = () => `${(n / (runs + 5)).toFixed(1)} rows on average`;
  const rows = (total: number) => `total ${total.toLocaleString('en')}`;

  n = 0;
  out.push(
    timed(
      "an item's reports",
      'detail',
      await sample(runs, async (i) => count(await listItemReports(sup, item(i)))),
      mean(),
    ),
  );
  n = 0;
  out.push(
    timed(
      "an item's urges",
      'detail',
      await sample(runs, async (i) => count(await listItemUrges(sup, item(i)))),
      mean(),
    ),
  );
  n = 0;
  out.push(
    timed(
      "an item's inspections",
      'detail',
      await sample(runs, async (i) => count(await listItemInspections(sup, item(i)))),
      mean(),
    ),
  );
  let total = 0;
  const waiting = await sample(runs, async () => {
    total = (await listReports(sup, ReportQuery.parse({ status: 'submitted' }))).total;
  });
  out.push(timed('reports waiting for review, page 1', 'list', waiting, rows(total)));
  const inspections = await sample(runs, async () => {
    total = (await listInspections(sup, InspectionQuery.parse({}))).total;
  });
  out.push(timed('inspections, page 1', 'list', inspections, rows(total)));
  const ofUnit = await sample(runs, async (i) => {
    total = (await listInspections(sup, InspectionQuery.parse({ unitId: unit(i) }))).total;
  });
  out.push(timed("a unit's inspections, page 1", 'list', ofUnit, rows(total)));
  return out;
}
