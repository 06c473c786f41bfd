import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../errors.js';
import { systemCtx } from '../../system.js';
import { buildUnit } from '../../testing/factories.js';
import { createTestDb, type TestDb } from '../../testing/test-db.js';
import { addUserFromCli } from './user.cli.js';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await buildUnit(systemCtx(db.handle), { name: '区城市管理局', shortName: '城管局' });
  await buildUnit(systemCtx(db.handle), { name: '区征收办', shortName: '征收办', aliases: ['区征迁办'] });
});
afterAll(() => db?.drop());

describe('ducha user add', () => {
  it('adds a unit user, finding the unit by its short name', async () => {
    const u = await addUserFromCli(db.handle, {
      username: 'zhangwei',
      name: '张伟',
      role: ['unit'],
      unit: '城管局',
      password: 'A-long-password-1',
    });
    expect(u).toMatchObject({ username: 'zhangwei', roles: ['unit'] });
    expect(u.unitId).not.toBeNull();
  });

  it('finds the unit by an alias, as the unit picker does', async () => {
    const u = await addUserFromCli(db.handle, {
      username: 'lisi',
      name: '李四',
      role: ['unit'],
      unit: '区征迁办',
      password: 'A-long-password-1',
    });
    expect(u.unitId).not.toBeNull();
  });

  it('suggests the closest units when a name matches none', async () => {
    await expect(
      addUserFromCli(db.handle, {
        username: 'a3',
        name: '丙',
        role: ['unit'],
        unit: '城市管理局',
        password: 'A-long-password-1',
      }),
    ).rejects.toThrow(/did you mean 区城市管理局/);
  });

  it('refuses an unknown unit and a unit user without a unit, in words', async () => {
    await expect(
      addUserFromCli(db.handle, {
        username: 'a1',
        name: '甲',
        role: ['unit'],
        unit: '不存在',
        password: 'A-long-password-1',
      }),
    ).rejects.toThrow('no unit named 不存在');
    const err = await addUserFromCli(db.handle, {
      username: 'a2',
      name: '乙',
      role: ['unit'],
      password: 'A-long-password-1',
    }).catch((e: unknown) => e);
    expect(describeError(err)).toContain('单位联络员必须属于一个单位');
  });
});
