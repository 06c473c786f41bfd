import { describe, expect, it } from 'vitest';
import { characterClasses, passwordExpired, passwordProblems } from './password-policy.js';

const rules = { minLength: 8 };
const common = (p: string) => ['password1!', 'qwer1234'].includes(p.toLowerCase());

describe('passwordProblems (mlps3)', () => {
  it.each([
    ['Zhang-2026!', 'zhangwei', []],
    ['督察Room-9', 'zhangwei', []],
    ['Ab1!', 'zhangwei', ['too_short']],
    ['alllowercase', 'zhangwei', ['too_few_classes']],
    ['lower-and-symbols', 'zhangwei', ['too_few_classes']],
    ['ZhangWei-2026', 'zhangwei', ['contains_username']],
    ['Password1!', 'zhangwei', ['common']],
    [`Aa1!${'x'.repeat(130)}`, 'zhangwei', ['too_long']],
  ])('%s for %s → %j', (password, username, expected) => {
    expect(passwordProblems(password, username, rules, common)).toEqual(expected);
  });

  it('counts characters, not bytes, against the minimum length', () => {
    expect(passwordProblems('督察督察督A1!', 'x', { minLength: 8 })).toEqual([]);
    expect(passwordProblems('督察A1!', 'x', { minLength: 8 })).toEqual(['too_short']);
  });

  it('counts the kinds of character', () => {
    expect(characterClasses('abc')).toBe(1);
    expect(characterClasses('aB3')).toBe(3);
    expect(characterClasses('aB3 ')).toBe(4);
  });
});

describe('passwordExpired', () => {
  const now = new Date('2026-12-02T08:00:00Z');
  it('expires a password the given number of days after it was set, and never when the days are 0', () => {
    expect(passwordExpired('2026-09-03T08:00:00Z', now, 90)).toBe(true);
    expect(passwordExpired('2026-09-04T08:00:00Z', now, 90)).toBe(false);
    expect(passwordExpired('2020-01-01T00:00:00Z', now, 0)).toBe(false);
    expect(passwordExpired(null, now, 90)).toBe(true);
  });
});
