import type { UnitKind } from '../enums.js';

/**
 * The unit directory as a dictionary: every name, short name and alias of a
 * unit finds it in a text, longest match first (区环保局 before 环保).
 */

export interface DirectoryUnit {
  id: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: UnitKind;
  archived?: boolean;
}

export interface UnitMention {
  unitId: string;
  /** The words as written in the text. */
  text: string;
  start: number;
  end: number;
}

export interface UnitDictionary {
  units: Map<string, DirectoryUnit>;
  /** Terms by their first character, longest first. */
  byFirst: Map<string, { term: string; unitId: string }[]>;
}

export function buildDictionary(units: readonly DirectoryUnit[]): UnitDictionary {
  const byFirst = new Map<string, { term: string; unitId: string }[]>();
  const seen = new Set<string>();
  const add = (term: string | null | undefined, unitId: string) => {
    const t = term?.trim();
    if (!t || t.length < 2 || seen.has(t)) return;
    seen.add(t);
    const first = t[0] as string;
    const list = byFirst.get(first) ?? [];
    list.push({ term: t, unitId });
    byFirst.set(first, list);
  };
  const live = units.filter((u) => !u.archived);
  // Full names first: a term shared by two units belongs to the one it names in full.
  for (const u of live) add(u.name, u.id);
  for (const u of live) add(u.shortName, u.id);
  for (const u of live) for (const a of u.aliases) add(a, u.id);
  // 区财政局 is also written 财政局.
  for (const u of live) if (u.name.startsWith('区') && u.name.length > 3) add(u.name.slice(1), u.id);
  for (const list of byFirst.values()) list.sort((a, b) => b.term.length - a.term.length);
  return { units: new Map(live.map((u) => [u.id, u])), byFirst };
}

/** Every mention of a unit in `text`, left to right, longest match at each place. */
export function findUnitMentions(dict: UnitDictionary, text: string, offset = 0): UnitMention[] {
  const out: UnitMention[] = [];
  let i = 0;
  while (i < text.length) {
    const candidates = dict.byFirst.get(text[i] as string);
    const hit = candidates?.find((c) => text.startsWith(c.term, i));
    if (hit) {
      let end = i + hit.term.length;
      // 马寨镇政府, 区环保局等: keep words that complete the name in the mention.
      const tail = /^(人民政府|政府|办事处|街道办|管委会)/.exec(text.slice(end));
      if (tail && !dict.byFirst.get(text[end] as string)?.some((c) => text.startsWith(c.term, end)))
        end += tail[0].length;
      out.push({ unitId: hit.unitId, text: text.slice(i, end), start: offset + i, end: offset + end });
      i = end;
    } else i++;
  }
  return out;
}

/** Group words that stand for every township and subdistrict: 各镇（街道）, 各街道, 各乡镇办. */
const GROUP =
  /各(乡镇|镇|乡)?[（(]?(街道|办|街)?(办事处)?[）)]?(?=要|务必|必须|抓紧|加快|负责|结合|，|、|对|按照|切实|全力|尽快|在|做好|认真)/;

export interface GroupMention {
  text: string;
  start: number;
  end: number;
  unitIds: string[];
}

export function findGroupMention(dict: UnitDictionary, text: string, offset = 0): GroupMention | null {
  const m = GROUP.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const towns = !!m[1];
  const streets = !!m[2];
  const unitIds = [...dict.units.values()]
    .filter((u) => u.kind === 'township')
    .filter((u) => (towns && /[镇乡]/.test(u.name)) || (streets && /街道|办事处/.test(u.name)))
    .map((u) => u.id);
  if (!unitIds.length) return null;
  const start = offset + (m.index ?? 0);
  return { text: m[0], start, end: start + m[0].length, unitIds };
}
