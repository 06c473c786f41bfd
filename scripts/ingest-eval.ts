#!/usr/bin/env -S npx tsx
/**
 * How well the meeting-report reader does: precision and recall of
 * directives, lead units, cooperating units and deadlines on the reports the
 * tests were written with (src/core/ingest/fixtures) and on the seed page's
 * own meeting articles, and how long a 3,000-character report takes.
 *
 *   npx tsx scripts/ingest-eval.ts [path/to/page-excerpt.txt]
 */
import { existsSync, readFileSync } from 'node:fs';
import { WorkCalendar } from '../src/core/calendar.js';
import { type Evaluation, evaluate, type Gold, precision, recall } from '../src/core/ingest/evaluate.js';
import { TEST_LEDGERS, TEST_UNITS } from '../src/core/ingest/fixtures/directory.js';
import { HELD_OUT } from '../src/core/ingest/fixtures/held-out.js';
import { REPORTS } from '../src/core/ingest/fixtures/reports.js';
import { analyzeReport } from '../src/core/ingest/propose.js';
import { DEMO_UNITS } from '../src/server/tools/demo/district-data.js';

const calendar = new WorkCalendar();

/** The seed page's two meeting articles as a careful reader reads them (no unit is named in either). */
const SEED_GOLD: Gold[] = [
  // 区领导一线督察贾鲁河综合治理工程进展情况 (11月14日)
  { starts: '加快沿线拆迁进度', lead: null, coop: [], due: null },
  { starts: '保障迁坟顺利进行', lead: null, coop: [], due: null },
  // 二七区召开马寨重点工作推进会议: "距离年底还有一个多月…进行年终冲刺"
  { starts: '土地运作', lead: null, coop: [], due: '2026-12-31' },
  { starts: '安置房建设工作要稳步推进', lead: null, coop: [], due: 'as_scheduled' },
  { starts: '经济运行要稳中有升', lead: null, coop: [], due: '2026-12-31' },
];

const pct = (v: number | null) => (v === null ? '  n/a' : `${(v * 100).toFixed(1).padStart(5)}%`);
function print(title: string, ev: Evaluation) {
  console.log(`\n${title}`);
  console.log('field         precision  recall   tp  fp  fn');
  for (const [name, t] of Object.entries(ev))
    console.log(
      `${name.padEnd(13)} ${pct(precision(t))}    ${pct(recall(t))}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`,
    );
}

let own: Evaluation | undefined;
for (const r of REPORTS)
  own = evaluate(
    r.expected,
    analyzeReport(r.text, { meetingDate: r.meetingDate, units: TEST_UNITS, ledgers: TEST_LEDGERS, calendar })
      .proposals,
    own,
  );
print(
  `Reports written for the tests (${REPORTS.length} reports; the rules were tuned on them)`,
  own as Evaluation,
);

let held: Evaluation | undefined;
for (const r of HELD_OUT)
  held = evaluate(
    r.expected,
    analyzeReport(r.text, { meetingDate: r.meetingDate, units: TEST_UNITS, ledgers: TEST_LEDGERS, calendar })
      .proposals,
    held,
  );
print(
  `Held-out reports (${HELD_OUT.length} reports written afterwards, not tuned on but for one rule, see held-out.ts)`,
  held as Evaluation,
);

const seedPath = process.argv[2] ?? new URL('../../shared/seed/page-excerpt.txt', import.meta.url).pathname;
if (existsSync(seedPath)) {
  const units = DEMO_UNITS.map((u) => ({ id: u.key, ...u }));
  const seed = analyzeReport(readFileSync(seedPath, 'utf8'), {
    meetingDate: '2026-11-14',
    units,
    ledgers: TEST_LEDGERS,
    calendar,
  });
  print('The seed page’s meeting articles (demo unit directory)', evaluate(SEED_GOLD, seed.proposals));
} else console.log(`\n(seed page not found at ${seedPath}; pass its path to evaluate it)`);

// Timing: reports joined to 3,000 characters, the median of 30 runs after a warm-up.
let long = '';
for (let i = 0; long.length < 3000; i++) long += `${REPORTS[i % REPORTS.length]?.text}\n记者 甲 通讯员 乙\n`;
long = long.slice(0, 3000);
const opts = { meetingDate: '2026-11-20', units: TEST_UNITS, ledgers: TEST_LEDGERS, calendar };
analyzeReport(long, opts);
const times: number[] = [];
let found = 0;
for (let i = 0; i < 30; i++) {
  const t0 = performance.now();
  found = analyzeReport(long, opts).proposals.length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(
  `\nA ${long.length}-character report: ${found} directives in ${times[15]?.toFixed(1)} ms (median of 30; slowest ${times.at(-1)?.toFixed(1)} ms)`,
);
