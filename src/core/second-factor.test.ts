import { describe, expect, it } from 'vitest';
import type { Role } from './enums.js';
import { normalizeCode, secondFactorRequired, secondFactorState, stepAcceptable } from './second-factor.js';

const on = { 'mfa.required': 1, 'mfa.allUsers': 0 };
const all = { 'mfa.required': 1, 'mfa.allUsers': 1 };
const off = { 'mfa.required': 0, 'mfa.allUsers': 1 };

describe('secondFactorRequired', () => {
  it.each<[Role[], typeof on, boolean]>([
    [['sysadmin'], on, true],
    [['secadmin'], on, true],
    [['auditor'], on, true],
    [['supervisor'], on, true],
    [['leader'], on, false],
    [['unit'], on, false],
    [['unit'], all, true],
    [['leader'], all, true],
    [['sysadmin'], off, false],
    [['supervisor'], off, false],
  ])('%j with %j → %s', (roles, s, expected) => {
    expect(secondFactorRequired(roles, s)).toBe(expected);
  });
});

describe('secondFactorState', () => {
  it.each<[Role[], boolean, typeof on, string]>([
    [['supervisor'], true, on, 'enrolled'],
    [['unit'], true, off, 'enrolled'],
    [['supervisor'], false, on, 'enrol'],
    [['unit'], false, on, 'optional'],
    [['supervisor'], false, off, 'optional'],
  ])('%j enrolled=%s %j → %s', (roles, enrolled, s, expected) => {
    expect(secondFactorState(roles, enrolled, s)).toBe(expected);
  });
});

describe('stepAcceptable', () => {
  it.each<[number, number | null, boolean]>([
    [100, null, true],
    [101, 100, true],
    [100, 100, false],
    [99, 100, false],
  ])('step %d after %s → %s', (step, last, expected) => {
    expect(stepAcceptable(step, last)).toBe(expected);
  });
});

describe('normalizeCode', () => {
  it.each<[string, string | null]>([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['12345', null],
    ['1234567', null],
    ['12a456', null],
    ['１２３４５６', null],
  ])('%j → %j', (typed, expected) => {
    expect(normalizeCode(typed)).toBe(expected);
  });
});
