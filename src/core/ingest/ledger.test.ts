import { describe, expect, it } from 'vitest';
import { TEST_LEDGERS } from './fixtures/directory.js';
import { suggestLedger } from './ledger.js';

describe('suggestLedger', () => {
  it.each([
    ['由区住建局牵头，年底前完成安置房主体建设1260套', '安置房建设', ['安置房', '建设']],
    ['严控施工扬尘，对全区在建工地开展拉网式排查', '大气污染防治', ['扬尘']],
    ['力争年底前新签约亿元以上项目3个', '招商引资', ['签约']],
    ['加快土地收储进度，完成马寨片区800亩土地收储', '土地出让', ['土地', '收储']],
    ['开展冬季安全生产大检查', '安全生产', ['安全生产']],
    ['集中整治背街小巷，巩固文明城市创建成果', '文明城市创建', ['文明城市创建']],
  ])('%s → %s', (text, ledger, words) => {
    const s = suggestLedger(text, TEST_LEDGERS);
    expect(s?.ledgerId).toBe(ledger);
    for (const w of words) expect(s?.words).toContain(w);
  });

  it('suggests nothing when no word points to a ledger', () => {
    expect(suggestLedger('做好会议记录工作', TEST_LEDGERS)).toBeNull();
  });
});
