import { describe, expect, it } from 'vitest';
import { foldTitle, similarTitles, titleSimilarity } from './similar-titles.js';

describe('foldTitle', () => {
  it('drops spaces and punctuation and folds full-width letters and digits', () => {
    expect(foldTitle(' 马寨安置区３＃地块 主体封顶。')).toBe('马寨安置区3地块主体封顶');
    expect(foldTitle('ＡＢＣ　Road')).toBe('abcroad');
  });
});

describe('titleSimilarity', () => {
  it.each<[string, string, boolean]>([
    ['贾鲁河综合整治工程', '贾鲁河综合整治工程', true],
    ['贾鲁河综合整治工程', ' 贾鲁河综合整治工程。', true],
    ['贾鲁河综合整治工程', '贾鲁河综合整治 工程（一期）', true],
    ['马寨安置区3#地块主体封顶', '马寨安置区３号地块主体封顶', true],
    ['贾鲁河综合整治工程', '贾鲁河生态补水工程', false],
    ['马寨安置区3#地块主体封顶', '马寨安置区5#地块主体封顶', false],
    ['冬季清洁取暖', '老旧小区加装电梯', false],
    ['', '冬季清洁取暖', false],
  ])('%s ~ %s: %s', (a, b, similar) => {
    expect(titleSimilarity(a, b) >= 0.8).toBe(similar);
    expect(titleSimilarity(a, b)).toBe(titleSimilarity(b, a));
  });
});

describe('similarTitles', () => {
  it('lists the close ones, the closest first', () => {
    const items = [
      { id: 'a', title: '贾鲁河综合整治 工程（一期）' },
      { id: 'b', title: '贾鲁河综合整治工程' },
      { id: 'c', title: '冬季清洁取暖' },
    ];
    expect(similarTitles('贾鲁河综合整治工程', items).map((i) => i.id)).toEqual(['b', 'a']);
  });
});
