import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me, UserOut } from '../../../core/schemas/user.js';
import { startTestApp, TEST_NOW, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, clientFor, type World } from '../../testing/world.js';
import { ensureAdmin } from '../user/bootstrap.js';
import { findUserByUsername } from '../user/user.repo.js';

/**
 * The mlps3 password profile through the API (SECURITY.md AUTH-1, AUTH-5):
 * the rules at the field, temporary passwords set by an administrator,
 * expiry with the clock moved on, history, and the bootstrap admin.
 */
let t: TestApp;
let w: World;
let sys: Client;
let clock = TEST_NOW.getTime();
const DAY = 86_400_000;

beforeAll(async () => {
  t = await startTestApp(() => new Date(clock));
  w = await buildWorld(t);
  sys = await w.api('sysadmin');
});
afterAll(() => t?.close());

let n = 0;
const newAccount = (password: string) => ({
  username: `pw${++n}zhang`,
  password,
  displayName: `人员${n}`,
  roles: ['unit'],
  unitId: w.leadUnitId,
});
const as = async (username: string, password: string) => clientFor(t, await t.login(username, password));

describe('the rules of a new password', () => {
  it.each([
    ['Ab1-x', [/8/]],
    ['onlylowercaseletters', ['密码须包含大写字母、小写字母、数字、符号中的至少三类']],
    ['Password1', ['该密码过于常见，容易被猜中，请换一个']],
    ['X-pw{n}zhang-1', ['密码不能包含用户名']],
  ] as [string, (string | RegExp)[]][])(
    'refuses %s with 400 and the reason at the password field',
    async (password, reasons) => {
      const input = newAccount('');
      input.password = password.replace('pw{n}zhang', input.username);
      const res = await sys.post('/api/users', input);
      expect(res.statusCode, res.body).toBe(400);
      const details = res.json().error.details as { field: string; message: string }[];
      expect(details.map((d) => d.field)).toEqual(reasons.map(() => 'password'));
      for (const [i, r] of reasons.entries()) expect(details[i].message).toMatch(r);
      expect(await findUserByUsername(t.sys, input.username)).toBeUndefined();
    },
  );

  it('takes a long password of three kinds of character, and Chinese characters count as characters', async () => {
    expect((await sys.post('/api/users', newAccount('督察台账-Spring-2027'))).statusCode).toBe(201);
    expect((await sys.post('/api/users', newAccount(`Aa1-${'长'.repeat(100)}`))).statusCode).toBe(201);
  });

  it('tells the office its rules', async () => {
    const rules = (await w.api('unitLead')).get('/api/auth/password-rules');
    expect((await rules).json()).toEqual({
      minLength: 8,
      maxAgeDays: 90,
      historySize: 5,
      requiredClasses: 3,
    });
  });
});

describe('a password someone else set', () => {
  it('must be changed at first login: until then only the change, who-am-I and logout answer', async () => {
    const input = newAccount('Temporary-pass-1');
    expect((await sys.post('/api/users', input)).statusCode).toBe(201);
    const c = await as(input.username, input.password);
    expect((await c.get('/api/auth/me')).json<Me>().passwordChange).toBe('reset');
    const blocked = await c.get('/api/items');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');

    // The same password again is no change.
    const same = await c.post('/api/auth/password', {
      currentPassword: input.password,
      newPassword: input.password,
    });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.details[0]).toMatchObject({
      field: 'newPassword',
      message: '不能使用最近 5 次用过的密码',
    });

    const changed = await c.post('/api/auth/password', {
      currentPassword: input.password,
      newPassword: 'My-own-choice-7',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<Me>().passwordChange).toBeNull();
    expect((await c.get('/api/items')).statusCode).toBe(200);
    await expect(t.login(input.username, input.password)).rejects.toThrow(/401/);
  });

  it('is what an administrator reset gives: the user changes it at the next login', async () => {
    const input = newAccount('Temporary-pass-2');
    const created = (await sys.post('/api/users', input)).json<UserOut>();
    const c = await as(input.username, input.password);
    await c.post('/api/auth/password', { currentPassword: input.password, newPassword: 'My-own-choice-8' });
    const user = (await sys.get(`/api/users/${created.id}`)).json<UserOut>();
    const reset = await sys.patch(`/api/users/${created.id}`, {
      version: user.version,
      password: 'Reset-by-admin-3',
    });
    expect(reset.statusCode, reset.body).toBe(200);
    // The reset ended the user's session.
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
    const again = await as(input.username, 'Reset-by-admin-3');
    expect((await again.get('/api/auth/me')).json<Me>().passwordChange).toBe('reset');
  });

  it('refuses a wrong current password at its field, counting it as a failed login', async () => {
    const input = newAccount('Temporary-pass-4');
    await sys.post('/api/users', input);
    const c = await as(input.username, input.password);
    const res = await c.post('/api/auth/password', {
      currentPassword: 'Wrong-guess-11',
      newPassword: 'Whatever-9-x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({
      field: 'currentPassword',
      message: '当前密码不正确',
    });
    expect((await findUserByUsername(t.sys, input.username))?.failed_logins).toBe(1);
  });
});

describe('expiry and history', () => {
  // Each change hashes and checks the history with scrypt: slow by design, so a longer limit.
  it('expires a password after 90 days; the new one may not be any of the last five', {
    timeout: 180_000,
  }, async () => {
    const input = newAccount('Temporary-pass-5');
    await sys.post('/api/users', input);
    const passwords = ['Own-choice-A1', 'Own-choice-B2', 'Own-choice-C3', 'Own-choice-D4', 'Own-choice-E5'];
    let current = input.password;
    for (const next of passwords) {
      const c = await as(input.username, current);
      expect(
        (await c.post('/api/auth/password', { currentPassword: current, newPassword: next })).statusCode,
      ).toBe(200);
      current = next;
    }
    clock += 91 * DAY;
    try {
      const c = await as(input.username, current);
      expect((await c.get('/api/auth/me')).json<Me>().passwordChange).toBe('expired');
      expect((await c.get('/api/ledgers')).json().error.code).toBe('password_change_required');
      // The oldest of the five is still remembered; the temporary one before them is not.
      const reused = await c.post('/api/auth/password', {
        currentPassword: current,
        newPassword: passwords[0],
      });
      expect(reused.statusCode).toBe(400);
      const renewed = await c.post('/api/auth/password', {
        currentPassword: current,
        newPassword: input.password,
      });
      expect(renewed.statusCode, renewed.body).toBe(200);
      expect((await c.get('/api/ledgers')).statusCode).toBe(200);
    } finally {
      clock = TEST_NOW.getTime();
    }
  });

  it('ends the other sessions of the user and keeps the one that changed it', async () => {
    const input = newAccount('Temporary-pass-6');
    await sys.post('/api/users', input);
    const first = await as(input.username, input.password);
    const second = await as(input.username, input.password);
    await first.post('/api/auth/password', { currentPassword: input.password, newPassword: 'Own-choice-Z9' });
    expect((await first.get('/api/auth/me')).statusCode).toBe(200);
    expect((await second.get('/api/auth/me')).statusCode).toBe(401);
  });
});

describe('the bootstrap admin', () => {
  it('must change a generated password, but keeps the one the operator chose', async () => {
    const generated = await findUserByUsername(t.sys, 'admin');
    expect(generated).toBeUndefined();
    await ensureAdmin(t.db.handle);
    expect((await findUserByUsername(t.sys, 'admin'))?.must_change_password).toBe(1);
  });

  it('keeps DUCHA_ADMIN_PASSWORD as the operator chose it', async () => {
    const other = await startTestApp();
    try {
      await ensureAdmin(other.db.handle, 'operator-choice');
      const admin = await findUserByUsername(other.sys, 'admin');
      expect(admin?.must_change_password).toBe(0);
      const c = clientFor(other, await other.login('admin', 'operator-choice'));
      expect((await c.get('/api/auth/me')).json<Me>().passwordChange).toBeNull();
    } finally {
      await other.close();
    }
  });

  it('is made once when several instances start together on an empty database', async () => {
    const other = await startTestApp();
    try {
      // Five at once: some lose at the service's check, some (PostgreSQL) at the unique index.
      await Promise.all(Array.from({ length: 5 }, () => ensureAdmin(other.db.handle, 'operator-choice')));
      const admins = await other.sys.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'admin')
        .execute();
      expect(admins).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});
