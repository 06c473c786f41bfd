import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('stores a salted scrypt hash with its cost, and checks it', async () => {
    const a = await hashPassword('红旗渠精神-2026');
    const b = await hashPassword('红旗渠精神-2026');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w+/=]+\$[\w+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('红旗渠精神-2026', a)).toBe(true);
    expect(await verifyPassword('红旗渠精神-2025', a)).toBe(false);
  });

  it('refuses a missing or malformed stored hash', async () => {
    expect(await verifyPassword('x', null)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1024$8$1$$')).toBe(false);
  });

  it('generates 12-character passwords without look-alike characters', () => {
    for (let i = 0; i < 50; i++) expect(generatePassword()).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{12}$/);
  });
});
