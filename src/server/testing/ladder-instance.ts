/**
 * A second server instance for the exactly-once test, run as its own process
 * (so that the test can kill it with SIGKILL): opens the database given in
 * DUCHA_TEST_INSTANCE_DB, builds the app with the clock pinned to
 * DUCHA_TEST_INSTANCE_NOW and runs the day's ladder and deliveries as the
 * job would. SCENARIO `ladder`: the notice issuer never returns, so the process
 * dies inside the ladder's transaction; `deliver`: it dies while an SMTP
 * server keeps a message unanswered. It prints what it reached on stdout.
 */
import path from 'node:path';
import { dateInChina } from '../../core/dates.js';
import { buildApp } from '../app.js';
import { openDatabase } from '../db/database.js';
import { ANCHOR_FILE, setAuditSeal } from '../modules/audit/audit.seal.js';
import { createDeliverer } from '../modules/notification/delivery.service.js';
import { runLadderDay } from '../modules/reminder/ladder.service.js';
import { type NoticeIssuer, noticeIssuer } from '../modules/reminder/notice-issuer.js';
import { OutboundGuard } from '../platform/outbound.js';
import { systemCtx } from '../system.js';

const env = process.env;
setAuditSeal({
  key: Buffer.from(env.DUCHA_TEST_AUDIT_KEY as string, 'utf8'),
  anchorFile: path.join(env.DUCHA_TEST_INSTANCE_DIR as string, ANCHOR_FILE),
});
const handle = openDatabase({ dialect: 'postgres', url: env.DUCHA_TEST_INSTANCE_DB as string });
const now = new Date(env.DUCHA_TEST_INSTANCE_NOW as string);
// The parent's local SMTP server and robot receiver, as DUCHA_OUTBOUND_ALLOW lists them.
const app = await buildApp({
  db: handle,
  now: () => now,
  webRoot: null,
  services: { outbound: new OutboundGuard(env.DUCHA_OUTBOUND_ALLOW) },
});

const stuck: NoticeIssuer = {
  async issue() {
    process.stdout.write('issuing\n');
    return new Promise(() => undefined);
  },
};
const issuer = env.SCENARIO === 'ladder' ? stuck : noticeIssuer;
const run = await runLadderDay(
  { ...systemCtx(handle, now), services: app.services },
  dateInChina(now),
  issuer,
);
process.stdout.write(`ladder ${JSON.stringify(run)}\n`);
const deliverer = createDeliverer(handle, app.services);
const tally = await deliverer.run(now);
process.stdout.write(`delivered ${JSON.stringify(tally)}\n`);
deliverer.close();
await app.close();
await handle.close();
