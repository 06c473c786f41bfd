import { randomBytes, scryptSync } from 'node:crypto';
import type { Role } from '../../core/enums.js';
import type { ItemInput } from '../../core/schemas/item.js';
import type { UnitInput } from '../../core/schemas/unit.js';
import type { Ctx } from '../context.js';
import { createItem } from '../modules/item/item.service.js';
import { createLedger } from '../modules/ledger/ledger.service.js';
import { createUnit } from '../modules/unit/unit.service.js';
import { createUser } from '../modules/user/user.service.js';

/**
 * Builders of valid records with sensible defaults, for tests (and anything
 * else that needs a quick, realistic record). Each takes overrides.
 */
let seq = 0;
const next = () => ++seq;

export const TEST_PASSWORD = 'correct-horse-1';
let testHash: Promise<string> | null = null;
/**
 * One scrypt hash shared by test users. Hashing is deliberately slow, and so
 * is checking a hash at the production cost; the stored hash carries its own
 * cost parameters, so test users get a real scrypt hash at a low cost
 * (N = 2^10) and every test login still runs the real verification. Users
 * created through the API get the production cost.
 */
const passwordHash = () => {
  testHash ??= Promise.resolve(cheapScryptHash(TEST_PASSWORD));
  return testHash;
};

function cheapScryptHash(password: string): string {
  const [N, r, p] = [1024, 8, 1];
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N, r, p });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export function buildUnit(ctx: Ctx, o: Partial<UnitInput> = {}) {
  const n = next();
  return createUnit(ctx, { name: `测试单位${n}`, kind: 'department', ...o });
}

export async function buildUser(
  ctx: Ctx,
  o: {
    roles: Role[];
    unitId?: string | null;
    username?: string;
    displayName?: string;
    ledgerIds?: string[];
    phone?: string;
    email?: string;
  },
) {
  const n = next();
  return createUser(
    ctx,
    {
      username: o.username ?? `user${n}`,
      password: TEST_PASSWORD,
      displayName: o.displayName ?? `测试人员${n}`,
      roles: o.roles,
      unitId: o.unitId ?? null,
      ...(o.phone && { phone: o.phone }),
      ledgerIds: o.ledgerIds ?? [],
      ...(o.email ? { email: o.email } : {}),
    },
    { passwordHash: await passwordHash() },
  );
}

export function buildLedger(ctx: Ctx, o: { name?: string; code?: string; year?: number } = {}) {
  const n = next();
  const letters = String.fromCharCode(65 + (n % 26)) + String.fromCharCode(65 + (Math.floor(n / 26) % 26));
  return createLedger(ctx, {
    name: o.name ?? `测试台账${n}`,
    code: o.code ?? `T${letters}`,
    year: o.year ?? 2026,
  });
}

export function buildItem(ctx: Ctx, o: Partial<ItemInput> & { ledgerId: string }) {
  const n = next();
  return createItem(ctx, {
    title: `测试事项${n}`,
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕1号',
    goal: '按期完成建设任务',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    ...o,
  });
}
