import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';

describe('cleanText', () => {
  it('removes the spaces that justify a line, keeps those between Latin words', () => {
    const doc = cleanText('11 月 15 日 ，区 委 书 记 在 区 委\n常 委 会 议 室 会 见 了 Tom Smith 一 行 。');
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      '11月15日，区委书记在区委常委会议室会见了Tom Smith一行。',
    ]);
  });

  it('joins lines broken at the column width and blocks broken at a column end, not at a sentence', () => {
    const doc = cleanText(
      [
        '该区实行以目标倒逼责任、以时间',
        '倒逼进度、以督察倒逼落实的工作机制，',
        '',
        '分门别类建立了督察台账。',
        '',
        '进一步细化明确牵头单位、承办单',
        '位、配合单位。',
      ].join('\n'),
    );
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      '该区实行以目标倒逼责任、以时间倒逼进度、以督察倒逼落实的工作机制，分门别类建立了督察台账。',
      '进一步细化明确牵头单位、承办单位、配合单位。',
    ]);
  });

  it('knows a displaced headline and a byline from the article', () => {
    const doc = cleanText(
      [
        '近日，区委常委主持召开推进会议。',
        '记者 景静 通讯员 某某',
        '',
        '二七区召开',
        '马寨重点工作推进会议',
        '',
      ].join('\n'),
    );
    expect(doc.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['body', '近日，区委常委主持召开推进会议。'],
      ['byline', '记者景静通讯员某某'],
      ['headline', '二七区召开马寨重点工作推进会议'],
    ]);
  });

  it('takes a headline over an article that opens with its date, and keeps a subtitle in quotes apart', () => {
    const doc = cleanText(
      [
        '区领导会见客商代表',
        '',
        '“实现企地互赢，与群众共享成果”',
        '11 月 15 日 ，区 委 书 记',
        '会 见 了 客 商 。',
      ].join('\n'),
    );
    expect(doc.paragraphs.map((p) => p.kind)).toEqual(['headline', 'headline', 'body']);
    expect(doc.paragraphs[2]?.text).toBe('11月15日，区委书记会见了客商。');
  });

  it('keeps one paragraph per line for text pasted from a word processor', () => {
    const long =
      '会议要求，各单位要以时不我待的紧迫感推进工作，确保年底前全面完成各项任务目标，以优异成绩迎接上级考核验收。';
    const doc = cleanText(`${long}\n${long}`);
    expect(doc.paragraphs).toHaveLength(2);
  });

  it('maps every paragraph back to its lines and into the cleaned text', () => {
    const doc = cleanText('第一段。\n\n第二段文字，\n接着写。');
    for (const p of doc.paragraphs) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    expect(doc.paragraphs.map((p) => [p.lineFrom, p.lineTo])).toEqual([
      [0, 0],
      [2, 3],
    ]);
  });
});
