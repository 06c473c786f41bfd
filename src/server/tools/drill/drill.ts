import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../config.js';
import { advanceAuditAnchor } from '../../modules/audit/audit.repo.js';
import { openAuditSeal, setAuditSeal } from '../../modules/audit/audit.seal.js';
import { generatePassword } from '../../modules/auth/password.js';
import { createItem } from '../../modules/item/item.service.js';
import { systemCtx } from '../../system.js';
import { login, startBenchServer } from '../bench/bench.child.js';
import { generate } from '../bench/bench.generate.js';
import { newItemInput, noonInChina } from '../bench/bench.measure.js';
import { openBenchTarget } from '../bench/bench.target.js';
import { crashDrill } from './drill.crash.js';
import { startPrivateCluster } from './drill.pg-cluster.js';
import { drillRandom } from './drill.random.js';
import { printCrash, printTamper, printWriters } from './drill.report.js';
import { tamperDrill } from './drill.tamper.js';
import { writersDrill } from './drill.writers.js';

/**
 * `ducha bench --crash K --writers N --tamper K`: the reliability drills of
 * SECURITY.md on a scratch database of the configured kind (never the user's),
 * with its own data folder and audit key, against real server processes. They
 * print the figures the resolution notes report; exit code 1 when any drill
 * found a lost, corrupt or undetected thing.
 */
export interface DrillOptions {
  crash: number;
  writers: number;
  seconds: number;
  servers: number;
  tamper: number;
  seed: number;
  /** On PostgreSQL: crash a private cluster (pg_ctl stop -m immediate) instead of the configured server's. */
  pgCluster?: boolean;
}

const AS_OF = '2026-11-27';
/** Audited writes made before the tamper drill, so that it has a chain to tamper with. */
const CHAIN_WRITES = 300;

export async function runDrills(opts: DrillOptions): Promise<boolean> {
  const config = loadConfig();
  const cluster = opts.pgCluster ? await startPrivateCluster() : null;
  if (cluster) config.database = { dialect: 'postgres', url: cluster.url };
  const target = await openBenchTarget(config);
  const { handle } = target;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ducha-drill-'));
  const key = randomBytes(32).toString('hex');
  setAuditSeal(openAuditSeal(dir, key));
  const rnd = drillRandom(opts.seed);
  const password = generatePassword();
  let sound = true;
  console.log(`Ducha drills on ${handle.dialect}: ${target.where} (seed ${opts.seed})`);
  console.log(`${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(2)} at the start\n`);
  try {
    const data = await generate(handle, { units: 20, items: 200, asOf: AS_OF, password });
    const start = () =>
      startBenchServer({ url: target.url, password, env: { DUCHA_DATA_DIR: dir, DUCHA_AUDIT_KEY: key } });

    if (opts.tamper > 0) {
      const sup = systemCtx(handle, noonInChina(AS_OF), data.supervisor);
      for (let i = 0; i < CHAIN_WRITES; i++) await createItem(sup, newItemInput(data, i));
      await advanceAuditAnchor(handle.db);
      const f = await tamperDrill(handle, opts.tamper, rnd);
      printTamper(f, handle.dialect);
      sound &&= f.detected === f.attempts && f.intactAfter;
    }

    if (opts.writers > 0) {
      const servers = await Promise.all(Array.from({ length: opts.servers }, start));
      try {
        const sessions = await Promise.all(
          servers.map(async (s) => ({ base: s.base, cookie: await login(s.base, password) })),
        );
        const f = await writersDrill({
          handle,
          data,
          servers: sessions,
          writers: opts.writers,
          seconds: opts.seconds,
        });
        printWriters(f, handle.dialect);
        sound &&=
          f.lostUpdates === 0 && f.serverErrors === 0 && f.others === 0 && f.auditedUpdates === f.successes;
      } finally {
        await Promise.all(servers.map((s) => s.stop()));
      }
    }

    if (opts.crash > 0) {
      const tty = process.stdout.isTTY;
      const f = await crashDrill({
        url: target.url,
        data,
        kills: opts.crash,
        rnd,
        start,
        login: (base) => login(base, password),
        progress: (n) => tty && process.stdout.write(`\rkill -9 … ${n}/${opts.crash}`),
        database: cluster ?? undefined,
      });
      if (tty) process.stdout.write('\r');
      printCrash(f, handle.dialect);
      sound &&=
        f.corrupt === 0 && f.foreignKeyProblems === 0 && f.missingAcknowledged === 0 && f.chainBroken === 0;
    }
  } finally {
    await target.dispose(false);
    await cluster?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nLoad average ${os.loadavg()[0].toFixed(2)} at the end.`);
  console.log(sound ? 'Every drill held.' : 'A drill found a problem (see above).');
  return sound;
}
