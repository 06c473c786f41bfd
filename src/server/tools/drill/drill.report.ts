import type { Dialect } from '../../db/dialect.js';
import { percentile } from '../bench/bench.measure.js';
import type { CrashFigures } from './drill.crash.js';
import type { TamperFigures } from './drill.tamper.js';
import type { WriterFigures } from './drill.writers.js';

/** The drills' figures in the words of SECURITY.md's "Figures to report". */
const n = (x: number) => x.toLocaleString('en');

export function printTamper(f: TamperFigures, dialect: Dialect): void {
  console.log(
    `Audit tampering ×${f.attempts} (${dialect}, ${n(f.rows)} audit rows): detected ${f.detected}/${f.attempts}, ` +
      `first broken row named exactly ${f.located}/${f.attempts}; log intact again afterwards: ${f.intactAfter ? 'yes' : 'NO'}; ` +
      `one full verify ${f.verifyMs.toFixed(0)} ms`,
  );
  const kinds = Object.entries(f.byKind)
    .filter(([, k]) => k.attempts > 0)
    .map(([kind, k]) => `${kind} ${k.detected}/${k.attempts}`);
  console.log(`  by kind: ${kinds.join(', ')}`);
}

export function printWriters(f: WriterFigures, dialect: Dialect): void {
  console.log(
    `Lost updates: N=${f.writers} concurrent writers × T=${f.seconds} s on one item, ${dialect}, ` +
      `${f.servers} server process(es): successes ${n(f.successes)}, 409s ${n(f.conflicts)}, ` +
      `lost updates ${f.lostUpdates}, 5xx ${f.serverErrors}, other answers ${f.others}; ` +
      `audited accepted edits ${n(f.auditedUpdates)}/${n(f.successes)}; ${f.writesPerSecond.toFixed(0)} accepted edits/s`,
  );
}

export function printCrash(f: CrashFigures, dialect: Dialect): void {
  const r = [...f.recoveryMs].sort((a, b) => a - b);
  const recovery = r.length
    ? `recovery (start to serving) p50 ${percentile(r, 0.5).toFixed(0)} ms / max ${r[r.length - 1].toFixed(0)} ms`
    : '';
  const db = [...f.databaseRecoveryMs].sort((a, b) => a - b);
  const what =
    dialect === 'sqlite'
      ? 'SQLite, WAL, synchronous=FULL'
      : db.length
        ? 'PostgreSQL private cluster: pg_ctl stop -m immediate, then the server killed; pg_amcheck after each'
        : 'PostgreSQL, the application server killed';
  const dbRecovery = db.length
    ? `; database crash recovery p50 ${percentile(db, 0.5).toFixed(0)} ms / max ${db[db.length - 1].toFixed(0)} ms`
    : '';
  console.log(
    `Crash: kill -9 during writes ×${f.kills} (${what}): corrupt databases ${f.corrupt}/${f.kills}, ` +
      `foreign-key problems ${f.foreignKeyProblems}, acknowledged writes ${n(f.acknowledged)}, missing ${f.missingAcknowledged}, ` +
      `audit chain broken ${f.chainBroken}/${f.kills}; ${recovery}${dbRecovery}`,
  );
}
