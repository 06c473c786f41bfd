import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  admin = await w.api('sysadmin');
});
afterAll(() => t?.close());

describe('GET /api/settings', () => {
  it('starts from the defaults of DESIGN.md', async () => {
    const res = await admin.get('/api/settings');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      'light.warnWorkingDays': 5,
      'light.milestoneRedDays': 7,
      'session.idleMinutes': 30,
      'session.maxHours': 12,
      'security.lockoutThreshold': 5,
      'security.lockoutMinutes': 30,
      'files.maxMegabytes': 20,
      'password.minLength': 8,
      'password.maxAgeDays': 90,
      'password.historySize': 5,
      // Required by default in an office's installation; the test app turns it off as the demo does.
      'mfa.required': 0,
      'mfa.allUsers': 0,
    });
  });
});

describe('PATCH /api/settings', () => {
  it('refuses unknown keys and values out of range, naming them', async () => {
    const unknown = await admin.patch('/api/settings', { 'light.colour': 3 });
    expect(unknown.statusCode).toBe(400);
    const range = await admin.patch('/api/settings', { 'session.idleMinutes': 1 });
    expect(range.statusCode).toBe(400);
    expect(range.json().error.details[0].field).toBe('session.idleMinutes');
    expect((await admin.get('/api/settings')).json()['session.idleMinutes']).toBe(30);
  });

  it('recomputes every light when the warning window changes', async () => {
    const sup = await w.api('supervisor');
    // Due Thursday 12-03: 4 working days after the test day.
    const item = await w.seedItem({ dueDate: '2026-12-03', milestones: [] }, 'assign');
    expect(item.light).toBe('yellow');
    const res = await (await w.api('secadmin')).patch('/api/settings', { 'light.warnWorkingDays': 3 });
    expect(res.statusCode).toBe(200);
    expect(res.json()['light.warnWorkingDays']).toBe(3);
    expect((await sup.get(`/api/items/${item.id}`)).json<ItemOut>().light).toBe('green');
    const greens = (await sup.get('/api/items?light=green')).json().items.map((i: ItemOut) => i.id);
    expect(greens).toContain(item.id);
    await admin.patch('/api/settings', { 'light.warnWorkingDays': 5 });
    expect((await sup.get(`/api/items/${item.id}`)).json<ItemOut>().light).toBe('yellow');
  });

  it('applies a new lockout threshold to the next failed logins', async () => {
    await admin.patch('/api/settings', { 'security.lockoutThreshold': 3 });
    const login = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'w_leader', password } });
    expect((await login('wrong-1')).statusCode).toBe(401);
    expect((await login('wrong-2')).statusCode).toBe(401);
    expect((await login('wrong-3')).statusCode).toBe(423);
    await admin.patch('/api/settings', { 'security.lockoutThreshold': 5 });
  });
});
