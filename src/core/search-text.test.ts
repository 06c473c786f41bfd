import { describe, expect, it } from 'vitest';
import { highlightSpans, indexTokens, termPlan } from './search-text.js';

describe('indexTokens', () => {
  it.each<[string, string[]]>([
    ['拆迁安置', ['拆迁', '迁安', '安置', '拆迁安', '迁安置']],
    // One Han character alone has no bigram; codes are words, split at punctuation.
    ['局 DC-2026-001', ['dc', '2026', '001']],
    ['马寨，封顶', ['马寨', '封顶']],
    ['dq会议纪要', ['dq', '会议', '议纪', '纪要', '会议纪', '议纪要']],
    ['', []],
  ])('%j → %j', (text, tokens) => {
    expect(indexTokens(text)).toEqual(tokens);
  });
});

describe('termPlan', () => {
  it.each<[string, ReturnType<typeof termPlan>]>([
    ['拆迁', { tokens: ['拆迁'], prefix: false, confirm: false }],
    ['安置房', { tokens: ['安置房'], prefix: false, confirm: false }],
    [
      '区环保局',
      { tokens: ['区环保', '环保局'], prefix: false, confirm: true, phrase: ['区环保', '环保局'] },
    ],
    [
      '大气污染防治攻坚',
      {
        tokens: ['大气污', '染防治', '治攻坚'],
        prefix: false,
        confirm: true,
        phrase: ['大气污', '气污染', '污染防', '染防治', '防治攻', '治攻坚'],
      },
    ],
    ['dc', { tokens: ['dc'], prefix: true, confirm: false }],
    ['2026', { tokens: ['2026'], prefix: true, confirm: false }],
    ['局', { tokens: [], prefix: false, confirm: true }],
    ['🚧', { tokens: [], prefix: false, confirm: true }],
  ])('%j', (term, plan) => {
    expect(termPlan(term)).toEqual(plan);
  });

  it('finds every word of a text through its own tokens', () => {
    const text = '马寨镇安置房主体封顶 DC-2026-001';
    const tokens = new Set(indexTokens(text));
    for (const word of ['马寨', '马寨镇', '安置房主体', '主体封顶', 'dc', '20']) {
      const plan = termPlan(word);
      for (const t of plan.tokens)
        expect(plan.prefix ? [...tokens].some((x) => x.startsWith(t)) : tokens.has(t)).toBe(true);
    }
  });
});

describe('highlightSpans', () => {
  it.each<[string, string[], [string, boolean][]]>([
    [
      '马寨安置房封顶',
      ['封顶', '马寨'],
      [
        ['马寨', true],
        ['安置房', false],
        ['封顶', true],
      ],
    ],
    // Case-insensitive, overlapping words merge into one mark.
    [
      'Code DC-2026',
      ['dc', 'dc-20'],
      [
        ['Code ', false],
        ['DC-20', true],
        ['26', false],
      ],
    ],
    ['安置安置', ['安置'], [['安置安置', true]]],
    ['无匹配', ['拆迁'], [['无匹配', false]]],
    ['文本', [], [['文本', false]]],
    ['', ['x'], []],
  ])('%j with %j', (text, terms, spans) => {
    expect(highlightSpans(text, terms).map((s) => [s.text, s.mark])).toEqual(spans);
  });
});
