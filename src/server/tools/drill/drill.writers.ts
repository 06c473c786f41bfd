import type { DbHandle } from '../../db/database.js';
import type { BenchData } from '../bench/bench.generate.js';
import { newItemInput } from '../bench/bench.measure.js';
import { call } from './drill.http.js';

/**
 * Lost updates (SECURITY.md CONC-1 figure): N writers edit the same item for
 * T seconds over HTTP, each reading the version and writing with it. Every
 * accepted edit must raise the version by exactly one and leave one audit row;
 * every other writer must get 409. With several server processes on one
 * SQLite file the writers are spread over them.
 */
export interface WriterFigures {
  writers: number;
  seconds: number;
  servers: number;
  successes: number;
  conflicts: number;
  serverErrors: number;
  /** Answers other than 200, 409 and 5xx (none expected). */
  others: number;
  /** Accepted edits whose effect is not in the final item: (successes) − (version gained). */
  lostUpdates: number;
  /** Accepted edits against the item's `item.update` audit rows that succeeded. */
  auditedUpdates: number;
  writesPerSecond: number;
}

export async function writersDrill(opts: {
  handle: DbHandle;
  data: BenchData;
  servers: { base: string; cookie: string }[];
  writers: number;
  seconds: number;
}): Promise<WriterFigures> {
  const [first] = opts.servers;
  const created = await call(first.base, first.cookie, 'POST', '/api/items', {
    ...newItemInput(opts.data, 0),
    title: '并发写入演练事项',
  });
  if (created.status !== 201 && created.status !== 200)
    throw new Error(`could not create the drill's item: ${created.status} ${JSON.stringify(created.body)}`);
  const id = String(created.body?.id);
  const startVersion = Number(created.body?.version);

  let successes = 0;
  let conflicts = 0;
  let serverErrors = 0;
  let others = 0;
  const deadline = Date.now() + opts.seconds * 1000;
  await Promise.all(
    Array.from({ length: opts.writers }, async (_, w) => {
      const { base, cookie } = opts.servers[w % opts.servers.length];
      for (let n = 0; Date.now() < deadline; n++) {
        const read = await call(base, cookie, 'GET', `/api/items/${id}`);
        if (read.status !== 200) {
          if (read.status >= 500 || read.status === 0) serverErrors++;
          else others++;
          continue;
        }
        const res = await call(base, cookie, 'PATCH', `/api/items/${id}`, {
          version: read.body?.version,
          title: `并发写入演练事项 w${w}-${n}`,
        });
        if (res.status === 200) successes++;
        else if (res.status === 409) conflicts++;
        else if (res.status >= 500 || res.status === 0) serverErrors++;
        else others++;
      }
    }),
  );

  const final = await call(first.base, first.cookie, 'GET', `/api/items/${id}`);
  const gained = Number(final.body?.version) - startVersion;
  const audited = await opts.handle.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('entity_id', '=', id)
    .where('action', '=', 'item.update')
    .where('outcome', '=', 'success')
    .executeTakeFirstOrThrow();
  return {
    writers: opts.writers,
    seconds: opts.seconds,
    servers: opts.servers.length,
    successes,
    conflicts,
    serverErrors,
    others,
    lostUpdates: successes - gained,
    auditedUpdates: Number(audited.n),
    writesPerSecond: successes / opts.seconds,
  };
}
