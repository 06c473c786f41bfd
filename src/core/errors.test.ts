import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { VALIDATION_KEYS, validationKey } from './errors.js';
import { IsoDateSchema } from './schemas/common.js';
import { LedgerInput } from './schemas/ledger.js';
import { Username } from './schemas/user.js';

/** The key of the first issue `schema` reports for `input`, parsed the way server and web parse. */
function keyOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error(`${JSON.stringify(input)} passed`);
  return validationKey(result.error.issues[0]!);
}

describe('validationKey', () => {
  it.each<[string, z.ZodType, unknown, ReturnType<typeof validationKey>]>([
    ['a missing string', z.string(), undefined, { key: 'required' }],
    ['a null number', z.number(), null, { key: 'required' }],
    ['text where a number belongs', z.number(), 'abc', { key: 'number' }],
    ['a number where text belongs', z.string(), 5, { key: 'invalid' }],
    ['an empty required text', z.string().min(1), '', { key: 'required' }],
    ['a too short text', z.string().min(8), 'abc', { key: 'too_short', params: { n: 8 } }],
    ['a too long text', z.string().max(60), 'x'.repeat(61), { key: 'too_long', params: { n: 60 } }],
    ['an empty required list', z.array(z.string()).min(1), [], { key: 'required' }],
    ['a too short list', z.array(z.string()).min(2), ['a'], { key: 'too_few', params: { n: 2 } }],
    ['a too long list', z.array(z.string()).max(1), ['a', 'b'], { key: 'too_many', params: { n: 1 } }],
    ['a too small number', z.number().min(5), 4, { key: 'too_small', params: { n: 5 } }],
    ['a too big number', z.number().max(100), 101, { key: 'too_big', params: { n: 100 } }],
    ['a fraction where an integer belongs', z.number().int(), 1.5, { key: 'number' }],
    ['a bad email', z.email(), 'not-mail', { key: 'email' }],
    ['a bad format', z.string().regex(/^\d+$/), 'x', { key: 'invalid' }],
    ['an unknown choice', z.enum(['a', 'b']), 'c', { key: 'choose' }],
    ['no choice', z.enum(['a', 'b']), '', { key: 'required' }],
    ['a step miss', z.number().multipleOf(5), 3, { key: 'integer' }],
    ['an impossible date', IsoDateSchema, '2026-02-30', { key: 'invalid_date' }],
    ['a lower-case ledger code', LedgerInput.shape.code, 'dq', { key: 'ledger_code' }],
    ['a username with spaces', Username, 'zhang wei', { key: 'username_chars' }],
  ])('%s', (_what, schema, input, expected) => {
    expect(keyOf(schema, input)).toEqual(expected);
  });

  it('only ever answers a known key', () => {
    const odd = { code: 'invalid_union', errors: [], path: [], message: 'x', input: 1 } as never;
    expect(VALIDATION_KEYS).toContain(validationKey(odd).key);
  });
});
