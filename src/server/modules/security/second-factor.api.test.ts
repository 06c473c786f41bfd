import type { LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrolmentOut, LockoutOut, SessionOut } from '../../../core/schemas/security.js';
import type { Me } from '../../../core/schemas/user.js';
import { TEST_PASSWORD } from '../../testing/factories.js';
import { startTestApp, TEST_NOW, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, clientFor, type World } from '../../testing/world.js';

/**
 * The TOTP second factor (issue 13) and the security administrator's screen
 * (issue 12) through the API, with the office default (required of
 * administrators and supervisors), real codes computed by otpauth and a
 * clock the test moves.
 */
let t: TestApp;
let w: World;
let clock = TEST_NOW.getTime();
const now = () => new Date(clock);
const STEP = 30_000;

beforeAll(async () => {
  t = await startTestApp(now, { secondFactor: true });
  w = await buildWorld(t);
});
afterAll(() => t?.close());

const codeAt = (secret: string, at = clock) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: at,
  });

const cookieOf = (res: LightMyRequestResponse, name: string) => {
  const c = res.cookies.find((x) => x.name === name);
  return c?.value ? `${name}=${c.value}` : null;
};

async function passwordStep(username: string, password = TEST_PASSWORD) {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  return { res, challenge: cookieOf(res, 'ducha_login'), session: cookieOf(res, 'ducha_session') };
}

async function codeStep(challenge: string | null, code: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login/code',
    payload: { code },
    headers: challenge ? { cookie: challenge } : {},
  });
}

/** Logs in with the password alone (an account without an authenticator) and enrols; returns the secret. */
async function enrol(username: string): Promise<{ client: Client; secret: string }> {
  const { session } = await passwordStep(username);
  expect(session).toBeTruthy();
  const client = clientFor(t, session);
  const start = await client.post('/api/auth/second-factor/enrolment');
  expect(start.statusCode).toBe(200);
  const { secret } = start.json() as EnrolmentOut;
  const ok = await client.post('/api/auth/second-factor/confirm', { code: codeAt(secret) });
  expect(ok.statusCode, ok.body).toBe(200);
  return { client, secret };
}

/** Logs in with password and code (moving the clock to a fresh step first, as a person would wait). */
async function loginWithCode(username: string, secret: string): Promise<Client> {
  clock += STEP;
  const { res, challenge } = await passwordStep(username);
  expect(res.json()).toEqual({ secondFactor: 'totp' });
  const done = await codeStep(challenge, codeAt(secret));
  expect(done.statusCode, done.body).toBe(200);
  return clientFor(t, cookieOf(done, 'ducha_session'));
}

let secadmin: Client;
let supervisorSecret = '';

describe('required by default of administrators and supervisors', () => {
  it('lets an administrator without an authenticator do nothing but set one up', async () => {
    const { res, session } = await passwordStep(w.users.secadmin.username);
    expect(res.statusCode).toBe(200);
    expect((res.json() as Me).secondFactor).toBe('enrol');
    const c = clientFor(t, session);
    const blocked = await c.get('/api/settings');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('second_factor_enrolment_required');
    expect((await c.get('/api/auth/me')).json().secondFactor).toBe('enrol');
  });

  it('leaves it optional to unit users and leaders', async () => {
    const { res, session } = await passwordStep(w.users.unitLead.username);
    expect((res.json() as Me).secondFactor).toBe('optional');
    expect((await clientFor(t, session).get('/api/items')).statusCode).toBe(200);
  });

  it('enrols with a QR code and the secret for typing in, confirmed by a code', async () => {
    const { session } = await passwordStep(w.users.secadmin.username);
    const c = clientFor(t, session);
    const start = await c.post('/api/auth/second-factor/enrolment');
    const body = start.json() as EnrolmentOut;
    expect(body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(body.uri).toContain('otpauth://totp/');
    expect(body.uri).toContain(`secret=${body.secret}`);
    expect(body.qr).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(body.qr.split(',')[1], 'base64').toString()).toContain('<svg');
    // The secret is sealed at rest, not stored as typed.
    const row = await t.db.handle.db
      .selectFrom('user_totp')
      .selectAll()
      .where('user_id', '=', w.users.secadmin.id)
      .executeTakeFirstOrThrow();
    expect(row.secret).not.toContain(body.secret);

    const wrong = await c.post('/api/auth/second-factor/confirm', {
      code: codeAt(body.secret, clock + 10 * STEP),
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toBe('code');
    const ok = await c.post('/api/auth/second-factor/confirm', { code: codeAt(body.secret) });
    expect(ok.statusCode).toBe(200);
    expect((ok.json() as Me).secondFactor).toBe('enrolled');
    expect((await c.get('/api/settings')).statusCode).toBe(200);
    // A session cannot swap the authenticator for another one.
    expect((await c.post('/api/auth/second-factor/enrolment')).statusCode).toBe(409);
    secadmin = c;
  });
});

describe('logging in with a code', () => {
  it('asks for the code after the password, without a session until it is given', async () => {
    const { secret } = await enrol(w.users.supervisor.username);
    supervisorSecret = secret;
    clock += STEP;
    const { res, challenge, session } = await passwordStep(w.users.supervisor.username);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ secondFactor: 'totp' });
    expect(session).toBeNull();
    expect(challenge).toBeTruthy();
    const done = await codeStep(challenge, codeAt(secret));
    expect(done.statusCode, done.body).toBe(200);
    expect((done.json() as Me).secondFactor).toBe('enrolled');
    const c = clientFor(t, cookieOf(done, 'ducha_session'));
    expect((await c.get('/api/items')).statusCode).toBe(200);
  });

  it('accepts a code one step either side of now (clocks a little apart), not further', async () => {
    clock += STEP;
    let { challenge } = await passwordStep(w.users.supervisor.username);
    expect((await codeStep(challenge, codeAt(supervisorSecret, clock + STEP))).statusCode).toBe(200);
    clock += 3 * STEP;
    ({ challenge } = await passwordStep(w.users.supervisor.username));
    const far = await codeStep(challenge, codeAt(supervisorSecret, clock - 3 * STEP));
    expect(far.statusCode).toBe(401);
    expect(far.json().error.code).toBe('bad_second_factor');
  });

  it('never accepts a code twice, and answers a replay like a wrong code', async () => {
    clock += STEP;
    const first = await passwordStep(w.users.supervisor.username);
    const code = codeAt(supervisorSecret);
    expect((await codeStep(first.challenge, code)).statusCode).toBe(200);
    const second = await passwordStep(w.users.supervisor.username);
    const replay = await codeStep(second.challenge, code);
    const wrong = await codeStep(second.challenge, code === '000000' ? '111111' : '000000');
    expect(replay.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(replay.json()).toEqual(wrong.json());
    expect(replay.cookies.find((c) => c.name === 'ducha_session')).toBeUndefined();
  });

  it('wants the password first: no pending login, or one older than five minutes, starts over', async () => {
    const none = await codeStep(null, codeAt(supervisorSecret));
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('unauthenticated');
    clock += STEP;
    const { challenge } = await passwordStep(w.users.supervisor.username);
    clock += 6 * 60_000;
    const late = await codeStep(challenge, codeAt(supervisorSecret));
    expect(late.statusCode).toBe(401);
    expect(late.json().error.code).toBe('unauthenticated');
  });

  it('counts wrong codes towards the lockout, and audits each once', async () => {
    // A successful login clears the failures in a row; then 5 in a row lock (the default threshold).
    await loginWithCode(w.users.supervisor.username, supervisorSecret);
    const auditedBefore = await countAudit('auth.second_factor');
    const { challenge } = await passwordStep(w.users.supervisor.username);
    const answers: number[] = [];
    for (let i = 0; i < 5; i++) answers.push((await codeStep(challenge, 'abc123')).statusCode);
    expect(answers).toEqual([401, 401, 401, 401, 423]);
    expect(await countAudit('auth.second_factor')).toBe(auditedBefore + 5);
    // Locked: even the right password and code are refused until unlocked.
    clock += STEP;
    const again = await passwordStep(w.users.supervisor.username);
    expect(again.res.statusCode).toBe(423);
  });
});

async function countAudit(action: string): Promise<number> {
  const row = await t.db.handle.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', action)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe("the security administrator's screen", () => {
  it('lists the locked account with its failures, and unlocks it (audited)', async () => {
    const res = await secadmin.get('/api/security/lockouts');
    expect(res.statusCode).toBe(200);
    const row = (res.json().items as LockoutOut[]).find((r) => r.userId === w.users.supervisor.id);
    expect(row).toMatchObject({ locked: true, username: w.users.supervisor.username });
    expect(row?.lastFailedAt).toBeTruthy();
    const unlock = await secadmin.patch(`/api/users/${w.users.supervisor.id}`, {
      version: row?.version,
      unlock: true,
    });
    expect(unlock.statusCode, unlock.body).toBe(200);
    const after = (await secadmin.get('/api/security/lockouts')).json().items as LockoutOut[];
    expect(after.find((r) => r.userId === w.users.supervisor.id)?.locked ?? false).toBe(false);
    expect(await countAudit('user.unlock')).toBeGreaterThan(0);
    await loginWithCode(w.users.supervisor.username, supervisorSecret);
  });

  it('lists open sessions without their tokens, and ends one (audited)', async () => {
    const victim = await loginWithCode(w.users.supervisor.username, supervisorSecret);
    expect((await victim.get('/api/items')).statusCode).toBe(200);
    const res = await secadmin.get('/api/security/sessions');
    expect(res.statusCode).toBe(200);
    const sessions = res.json().items as SessionOut[];
    const ids = await t.db.handle.db.selectFrom('sessions').select('id').execute();
    // Neither the stored id (the token's hash) nor anything else of the token is shown.
    for (const s of ids) expect(res.body).not.toContain(s.id);
    expect(sessions.some((s) => s.current && s.userId === w.users.secadmin.id)).toBe(true);
    const theirs = sessions.filter((s) => s.userId === w.users.supervisor.id);
    expect(theirs.length).toBeGreaterThan(0);
    for (const s of theirs)
      expect((await secadmin.delete(`/api/security/sessions/${s.ref}`)).statusCode).toBe(200);
    expect((await victim.get('/api/items')).statusCode).toBe(401);
    expect(await countAudit('session.end')).toBe(theirs.length);
    expect((await secadmin.delete(`/api/security/sessions/${theirs[0].ref}`)).statusCode).toBe(404);
  });

  it('resets a lost authenticator: sessions end, the next login enrols anew (audited)', async () => {
    const c = await loginWithCode(w.users.supervisor.username, supervisorSecret);
    const list = (await secadmin.get('/api/security/second-factors')).json().items as { userId: string }[];
    expect(list.map((r) => r.userId)).toContain(w.users.supervisor.id);
    // Separation of duties: the system administrator may not.
    const { client: sys } = await enrol(w.users.sysadmin.username);
    expect((await sys.delete(`/api/security/second-factors/${w.users.supervisor.id}`)).statusCode).toBe(403);
    expect((await secadmin.delete(`/api/security/second-factors/${w.users.secadmin.id}`)).statusCode).toBe(
      422,
    );
    const reset = await secadmin.delete(`/api/security/second-factors/${w.users.supervisor.id}`);
    expect(reset.statusCode).toBe(200);
    expect(await countAudit('user.second_factor_reset')).toBe(1);
    expect((await c.get('/api/items')).statusCode).toBe(401);
    const { res, session } = await passwordStep(w.users.supervisor.username);
    expect((res.json() as Me).secondFactor).toBe('enrol');
    expect(session).toBeTruthy();
  });

  it('keeps policy values within what an mlps3 assessment accepts', async () => {
    for (const bad of [
      { 'security.lockoutThreshold': 11 },
      { 'session.idleMinutes': 31 },
      { 'password.minLength': 7 },
      { 'password.maxAgeDays': 0 },
      { 'mfa.required': 2 },
    ]) {
      const res = await secadmin.patch('/api/settings', bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().error.details[0].field).toBe(Object.keys(bad)[0]);
    }
    const ok = await secadmin.patch('/api/settings', {
      'security.lockoutThreshold': 10,
      'session.idleMinutes': 15,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      'security.lockoutThreshold': 10,
      'session.idleMinutes': 15,
      'mfa.required': 1,
    });
  });

  it('extends the requirement to every account when the office says so', async () => {
    const before = await passwordStep(w.users.unitCoop.username);
    expect((before.res.json() as Me).secondFactor).toBe('optional');
    expect((await secadmin.patch('/api/settings', { 'mfa.allUsers': 1 })).statusCode).toBe(200);
    const after = await passwordStep(w.users.unitCoop.username);
    expect((after.res.json() as Me).secondFactor).toBe('enrol');
    expect((await clientFor(t, after.session).get('/api/items')).statusCode).toBe(403);
    await secadmin.patch('/api/settings', { 'mfa.allUsers': 0 });
  });
});
