import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../system.js';
import { buildLadderWorld, chinaMorning, type LadderWorld } from '../../testing/ladder-world.js';
import { startRobotReceiver } from '../../testing/robot-receiver.js';
import { startSmtpSink } from '../../testing/smtp-sink.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_AUDIT_KEY, TEST_DIALECT } from '../../testing/test-db.js';
import { buildWorld, clientFor, type World } from '../../testing/world.js';
import { createDeliverer, LEASE_MS } from '../notification/delivery.service.js';
import { runLadderDay } from './ladder.service.js';
import { noticeIssuer } from './notice-issuer.js';

/**
 * Exactly once across instances and crashes (SECURITY.md CONC-2): two server
 * instances on one PostgreSQL database — a child process and this one, each
 * with its own pool. The child is killed with SIGKILL, once inside the day's
 * ladder transaction and once while an SMTP server keeps its message
 * unanswered; this instance carries on. Every reminder ends up recorded once
 * and every e-mail and robot message is received exactly once.
 */
const CHILD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../testing/ladder-instance.ts');

let t: TestApp;
let w: World;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let robots: Awaited<ReturnType<typeof startRobotReceiver>>;
const worlds: LadderWorld[] = [];

beforeAll(async () => {
  if (TEST_DIALECT !== 'postgres') return;
  // The local SMTP server and robot receiver are on the outbound allowlist, as an office lists its own.
  t = await startTestApp(undefined, { outboundAllow: '127.0.0.1' });
  w = await buildWorld(t);
  smtp = await startSmtpSink();
  robots = await startRobotReceiver();
  for (let i = 0; i < 4; i++) worlds.push(await buildLadderWorld(w));
  const sys = await w.api('sysadmin');
  const res = await sys.put('/api/channels', {
    smtp: { host: '127.0.0.1', port: smtp.port, secure: false, username: null, from: 'ducha@example.cn' },
    robots: [
      {
        name: '督察室群',
        unitId: null,
        kind: 'wecom',
        url: robots.url('/cgi-bin/webhook/send?key=k'),
        enabled: true,
      },
    ],
  });
  expect(res.statusCode, res.body).toBe(200);
  // Half of the people also want the robot.
  for (const lw of worlds.slice(0, 2))
    for (const u of [lw.resp, lw.deputy, lw.leaderInCharge]) {
      const c = clientFor(t, await t.login(u.username));
      await c.put('/api/me/notification-preferences', {
        channels: ['email', 'robot'],
        quietStart: null,
        quietEnd: null,
        version: 0,
      });
    }
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
  await robots?.close();
});

/** Starts the other instance; `reached(word)` resolves when it prints a line starting with the word. */
function startInstance(scenario: 'ladder' | 'deliver', now: Date) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: {
      ...process.env,
      SCENARIO: scenario,
      DUCHA_TEST_INSTANCE_DB: (t.db.config as { url: string }).url,
      DUCHA_TEST_INSTANCE_NOW: now.toISOString(),
      DUCHA_TEST_INSTANCE_DIR: t.db.dir,
      DUCHA_TEST_AUDIT_KEY: TEST_AUDIT_KEY,
      DUCHA_OUTBOUND_ALLOW: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiting: { word: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  const check = () => {
    for (const x of waiting.filter((x) => out.split('\n').some((l) => l.startsWith(x.word)))) x.resolve();
  };
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
    check();
  });
  child.stderr?.on('data', (c: Buffer) => {
    err += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  void exited.then(() => {
    for (const x of waiting) x.reject(new Error(`the instance exited: ${out}\n${err}`));
  });
  return {
    reached: (word: string) =>
      new Promise<void>((resolve, reject) => {
        waiting.push({ word, resolve, reject });
        check();
      }),
    kill: async () => {
      child.kill('SIGKILL');
      return exited;
    },
    output: () => out + err,
  };
}

const rowsOf = (day: string) =>
  t.db.handle.db
    .selectFrom('reminders')
    .select(['item_id', 'rung', 'recipient_id'])
    .where('day', '=', day)
    .execute();

describe.runIf(TEST_DIALECT === 'postgres')('two instances, one killed', () => {
  it('a run killed inside its transaction leaves nothing; the other instance runs the day once', async () => {
    // 12-14: the urging notice (rung 3) for the four items: the child hangs in the notice issuer.
    const at = chinaMorning('2026-12-14');
    const child = startInstance('ladder', at);
    await child.reached('issuing');
    // The child holds the day's claim inside its open transaction: this instance waits, it does not run it too.
    const ours = runLadderDay(
      { ...systemCtx(t.db.handle, at), services: t.app.services },
      '2026-12-14',
      noticeIssuer,
    );
    expect(await child.kill()).toBeNull();
    const run = await ours;
    expect(run).toMatchObject({ day: '2026-12-14', notices: 1 });
    const rows = await rowsOf('2026-12-14');
    expect(rows.filter((r) => worlds.some((lw) => lw.item.id === r.item_id)).map((r) => r.rung)).toEqual([
      3, 3, 3, 3,
    ]);
    // Run again on this instance: nothing more.
    expect(
      await runLadderDay(
        { ...systemCtx(t.db.handle, at), services: t.app.services },
        '2026-12-14',
        noticeIssuer,
      ),
    ).toBeNull();
    const d = createDeliverer(t.db.handle, t.app.services);
    try {
      await d.run(at);
    } finally {
      d.close();
    }
    // All four deputies are of one unit: one urging notice, one digest each.
    for (const lw of worlds)
      expect(smtp.mails.filter((m) => m.to.includes(lw.deputy.email as string))).toHaveLength(1);
  });

  it('a sender killed mid-delivery leaves its message to the other instance, delivered once', async () => {
    smtp.mails.length = 0;
    robots.calls.length = 0;
    const at = chinaMorning('2026-12-02');
    const first = worlds[0].resp.email as string;
    const held = smtp.hold(first);
    const child = startInstance('deliver', at);
    await child.reached('ladder');
    await held.arrived;
    expect(await child.kill()).toBeNull();
    held.stop();
    // The day has run: this instance does not run it again.
    expect(
      await runLadderDay(
        { ...systemCtx(t.db.handle, at), services: t.app.services },
        '2026-12-02',
        noticeIssuer,
      ),
    ).toBeNull();
    const d = createDeliverer(t.db.handle, t.app.services);
    try {
      // Before the child's lease runs out its deliveries are left alone; after it, they are taken over.
      await d.run(new Date(at.getTime() + 1000));
      await d.run(new Date(at.getTime() + LEASE_MS + 1000));
    } finally {
      d.close();
    }
    const rows = await rowsOf('2026-12-02');
    const expectedTo = worlds.map((lw) => lw.resp.email as string).sort();
    expect(rows.filter((r) => worlds.some((lw) => lw.item.id === r.item_id))).toHaveLength(4);
    expect(
      smtp.mails
        .map((m) => m.to[0])
        .filter((a) => expectedTo.includes(a))
        .sort(),
    ).toEqual(expectedTo);
    // Two of the four people want the robot too: two robot messages, each once.
    const robotTexts = robots.calls.filter((c) => c.status === 200).map((c) => JSON.stringify(c.body));
    expect(robotTexts).toHaveLength(2);
    expect(new Set(robotTexts).size).toBe(2);
    const left = await t.db.handle.db
      .selectFrom('deliveries')
      .select('status')
      .where('status', '!=', 'sent')
      .execute();
    expect(left).toEqual([]);
  });
});
