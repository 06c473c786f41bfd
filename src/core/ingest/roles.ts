import {
  findGroupMention,
  findUnitMentions,
  type GroupMention,
  type UnitDictionary,
  type UnitMention,
} from './units.js';

/**
 * Who leads and who cooperates, read clause by clause:
 * - 由X牵头 / X牵头 / X负责 → X leads; 会同Y, Y配合, Y协助 → Y cooperates;
 * - X、Y、Z要… (units as the subject of a clause) → the first named leads, the
 *   others cooperate (official texts name the lead unit first);
 * - 各镇（街道）要… → every township and subdistrict, offered as one item per unit.
 * A unit merely mentioned (向区财政局申请) takes no role. Names in a role clause
 * that the directory does not know (国土、规划等部门: 规划) are reported.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface RoleReading {
  lead: UnitMention | null;
  cooperating: UnitMention[];
  unmatched: Span[];
  group: GroupMention | null;
}

const CLAUSE = /[^，。；,;！？!?\n]+/g;
const LEAD_WORDS = /牵头|负责|主抓|责任单位|承办|主办/;
const COOP_WORDS = /配合|协助|协同|参与|支持|会同/;
/** Words between a unit and 会同 that make it not the subject (区财政局配合，会同…). */
const COOP_WORDS_BEFORE = /配合|协助|协同|参与|支持/;
const SUBJECT_VERB =
  /^(要|务必|必须|抓紧|加快|加大|尽快|切实|全力|立即|进一步|持续|认真|做好|对|将|在|于|按照|确保|抓好|落实)/;
const U = '\u24ca'; // Ⓤ stands for a unit in a clause's shape
const NAME = '[\u4e00-\u9fa5]{2,10}?';
const NUMBERING = /^(\d{1,2}[.．、]|[（(][一二三四五六七八九十]+[）)])/;

export function readRoles(dict: UnitDictionary, text: string, offset: number): RoleReading {
  const out: RoleReading = { lead: null, cooperating: [], unmatched: [], group: null };
  const taken = new Set<string>();
  const setLead = (m: UnitMention) => {
    if (out.lead || taken.has(m.unitId)) return false;
    out.lead = m;
    taken.add(m.unitId);
    return true;
  };
  const addCoop = (m: UnitMention) => {
    if (taken.has(m.unitId)) return;
    out.cooperating.push(m);
    taken.add(m.unitId);
  };

  for (const c of text.matchAll(CLAUSE)) {
    const clause = c[0];
    const at = offset + (c.index ?? 0);
    const mentions = findUnitMentions(dict, clause, at);
    const group = findGroupMention(dict, clause, at);
    if (group && !out.group && /^(由)?各/.test(clause.trim())) out.group = group;
    const shape = shapeOf(clause, at, mentions).replace(NUMBERING, '');
    const hasLead = LEAD_WORDS.test(clause);
    const hasCoop = COOP_WORDS.test(clause);
    // Units (and names the directory does not know) listed as the subject: X、Y、区消防大队要…
    const subject = new RegExp(
      `^(由)?(${U}|${NAME})([、和及与](${U}|${NAME}))*(等(有关|相关)?(部门|单位))?(?=${SUBJECT_VERB.source.slice(1)})`,
    ).exec(shape);
    const asSubject = !!subject && subject[0].includes(U);

    const label = /(牵头|责任|主办)单位[：:为是]/.exec(clause);
    const coopLabel = /配合单位[：:为是]/.exec(clause);
    const huitong = clause.indexOf('会同');
    const leadAt = clause.search(LEAD_WORDS);
    const coopAt = clause.search(/配合|协助|协同|参与|支持/);
    let first = true;
    const subjectCount = subject ? (subject[0].match(new RegExp(U, 'g')) ?? []).length : 0;
    for (const [i, m] of mentions.entries()) {
      const pos = m.start - at;
      const asLead = () => {
        if (!(first && setLead(m))) addCoop(m);
        first = false;
      };
      if (coopLabel && pos > coopLabel.index) addCoop(m);
      else if (label && pos > label.index) asLead();
      else if (huitong >= 0 && pos > huitong) addCoop(m);
      // X会同Y…: the one who convenes the others leads.
      else if (huitong >= 0 && pos < huitong && !COOP_WORDS_BEFORE.test(clause.slice(pos, huitong))) asLead();
      else if (leadAt >= 0 && pos < leadAt) asLead();
      else if (coopAt >= 0 && pos < coopAt) addCoop(m);
      else if (asSubject && i < subjectCount) asLead();
    }
    if (hasLead || hasCoop || asSubject) out.unmatched.push(...unknownNames(clause, at, mentions));
  }
  return out;
}

/** The clause with each unit mention written as one Ⓤ. */
function shapeOf(clause: string, at: number, mentions: UnitMention[]): string {
  let s = '';
  let i = 0;
  for (const m of mentions) {
    s += clause.slice(i, m.start - at) + U;
    i = m.end - at;
  }
  return (s + clause.slice(i)).trim();
}

/** In 国土、规划等部门密切配合, the listed names that no unit answers to. */
function unknownNames(clause: string, at: number, mentions: UnitMention[]): Span[] {
  const list =
    /^(由)?((?:(?!等)[\u4e00-\u9fa5]){2,10}(?:[、和及与](?:(?!等)[\u4e00-\u9fa5]){2,10})+)(?=等(有关|相关)?(部门|单位)|牵头|配合|要|负责)/.exec(
      clause,
    );
  if (!list) return [];
  const out: Span[] = [];
  let pos = list[1]?.length ?? 0;
  for (const name of (list[2] as string).split(/[、和及与]/)) {
    const start = at + pos;
    const end = start + name.length;
    pos += name.length + 1;
    if (!name || mentions.some((m) => m.start < end && m.end > start)) continue;
    out.push({ start, end, text: name });
  }
  return out;
}
