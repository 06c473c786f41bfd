import { parseNumeral } from './numerals.js';

/**
 * Measurable targets in a directive: 18万平方米, 1260套, 3.5亿元, 95%. The
 * name is what the clause says before the number, less the verb
 * (完成安置房建设18万平方米 → 安置房建设).
 */
export interface TargetProposal {
  name: string;
  value: number;
  unit: string;
  text: string;
  start: number;
  end: number;
}

const UNITS = [
  '万平方米',
  '平方米',
  '万亩',
  '亩',
  '万套',
  '套',
  '户',
  '万户',
  '个',
  '家',
  '公里',
  '千米',
  '米',
  '座',
  '栋',
  '亿元',
  '万元',
  '元',
  '项',
  '所',
  '辆',
  '万吨',
  '吨',
  '人',
  '万人',
  '棵',
  '株',
  '条',
  '处',
  '%',
  '％',
];
const NUMBER = '(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+)';
const TARGET = new RegExp(`${NUMBER}(${UNITS.map((u) => u.replace('%', '%')).join('|')})`, 'g');
const VERBS =
  /^(要|确保|力争|全面|累计|全年|新增|新建|完成|建成|实现|达到|达|超过|不少于|不低于|开工|启动|签约|引进|拆除|清理|整治|改造|治理|新开工|共|计|总计|以上|再|全部|年内)+/;
/** 年底前完成安置房建设18万平方米: the deadline is not part of the target's name. */
const DEADLINE_WORDS =
  /^.*?(年底|年末|年内|月底|月末|\d{1,2}月(\d{1,2}[日号])?|春节|元旦|季度末?|半年)(前|之前|以前|内|底)?(?=[\u4e00-\u9fa5])/;
const SKIP_AFTER = /^(月|日|年|号|是|要|点|季度|个工作日|个月)/;

export function findTargets(text: string, offset = 0): TargetProposal[] {
  const out: TargetProposal[] = [];
  for (const m of text.matchAll(TARGET)) {
    const at = m.index ?? 0;
    const numText = m[1] as string;
    const after = text.slice(at + numText.length);
    if (SKIP_AFTER.test(after)) continue;
    // 两个, 一个: quantities of speech, not targets.
    if (!/\d/.test(numText) && numText.length === 1 && m[2] === '个') continue;
    // A digit run glued to a previous digit or a date is part of something else.
    if (/[\d.月年]$/.test(text.slice(0, at))) continue;
    const value = parseNumeral(numText);
    if (value === null || value === 0) continue;
    let unit = m[2] as string;
    if (unit === '％') unit = '%';
    // Unit after 个 (个项目): "10个项目" keeps 个.
    const clauseStart = Math.max(
      text.lastIndexOf('，', at),
      text.lastIndexOf('。', at),
      text.lastIndexOf('；', at),
      text.lastIndexOf('、', at),
    );
    let name = text
      .slice(clauseStart + 1, at)
      .replace(DEADLINE_WORDS, '')
      .replace(VERBS, '');
    name = name.replace(/(要|确保|力争|完成|达到|达|实现|新增|建成|共|计)+$/, '').trim();
    if (!name) {
      // 完成1260套安置房: the thing counted follows the number.
      const tail = /^[\u4e00-\u9fa5]{2,8}/.exec(after.slice(unit.length));
      name = tail ? tail[0] : unit;
    }
    if (name.length > 20) name = name.slice(-20);
    out.push({ name, value, unit, text: m[0], start: offset + at, end: offset + at + m[0].length });
  }
  return out;
}
