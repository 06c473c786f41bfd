import { describe, expect, it } from 'vitest';
import { buildSearchText, likeEscape, queryTerms } from './item.search.js';

describe('queryTerms', () => {
  it.each<[string, string[]]>([
    // Words stay as written: split into 区, 环保 and 局 they would match nearly everything.
    ['区环保局', ['区环保局']],
    ['马寨镇', ['马寨镇']],
    ['马寨 封顶', ['马寨', '封顶']],
    ['马寨，封顶', ['马寨', '封顶']],
    // A pictograph is searched for as it is (and so finds only what holds it).
    ['🚧', ['🚧']],
    ['马寨镇 安置房', ['马寨镇', '安置房']],
    // Han text and letters or digits are separate words.
    ['dq会议纪要2026', ['dq', '会议纪要', '2026']],
    ['大气污染防治攻坚', ['大气污染防治攻坚']],
    // Codes and Latin words: lower-cased, split at punctuation, punctuation dropped.
    ['2026-DQ-017', ['2026', 'dq', '017']],
    ['Hello, World!', ['hello', 'world']],
    // Nothing to search for.
    ['', []],
    ['   ', []],
    ['，。！', []],
    // The same word twice counts once.
    ['环保 环保', ['环保']],
    // LIKE wildcards are symbols: dropped, never turned into a pattern.
    ['安置房%_', ['安置房']],
    ['100%', ['100']],
  ])('%j → %j', (q, terms) => {
    expect(queryTerms(q)).toEqual(terms);
  });

  it('keeps at most 8 terms', () => {
    expect(queryTerms('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10')).toEqual([
      'a1',
      'b2',
      'c3',
      'd4',
      'e5',
      'f6',
      'g7',
      'h8',
    ]);
  });
});

describe('buildSearchText', () => {
  it.each<[(string | null | undefined)[], string]>([
    [['2026-DQ-017', '大气 治理', null, undefined, '区环保局'], '2026-dq-017 大气 治理 区环保局'],
    // Runs of white space become one space (the text is matched with LIKE, not shown).
    [['A\n\tB', '  C  '], 'a b c '],
    [[], ''],
    [[null, ''], ''],
  ])('%j → %j', (parts, text) => {
    expect(buildSearchText(parts)).toBe(text);
  });

  it('caps the text at 4000 characters', () => {
    expect(buildSearchText(['x'.repeat(5000)])).toHaveLength(4000);
  });
});

describe('likeEscape', () => {
  it.each([
    ['100%', '100\\%'],
    ['a_b', 'a\\_b'],
    ['C:\\dir', 'C:\\\\dir'],
    ['安置房', '安置房'],
    ['%_\\', '\\%\\_\\\\'],
  ])('%j → %j', (input, escaped) => {
    expect(likeEscape(input)).toBe(escaped);
  });
});
