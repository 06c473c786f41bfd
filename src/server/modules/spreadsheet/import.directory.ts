import type { Ctx } from '../../context.js';

/**
 * The unit directory and the people, as an import looks names up: a unit by its
 * name, short name or any alias (区环保局 = 环保局 = 环保); "did you mean" by the
 * characters names share.
 */
export interface Directory {
  unit(name: string): { id: string; name: string } | null;
  suggestUnits(name: string): string[];
  /** A person by display name, preferring one of `unitId` when several share the name. */
  person(name: string, unitId: string | null): { id: string } | 'ambiguous' | null;
}

const norm = (s: string) => s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');

function bigrams(s: string): string[] {
  if (s.length < 2) return [s];
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Dice similarity of two names over character pairs, raised when one contains the other. */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const pool = [...y];
  let common = 0;
  for (const g of x) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      common++;
      pool.splice(i, 1);
    }
  }
  const dice = (2 * common) / (x.length + y.length);
  return a.includes(b) || b.includes(a) ? Math.max(dice, 0.6) : dice;
}

export async function loadDirectory(ctx: Ctx): Promise<Directory> {
  const [units, users] = await Promise.all([
    ctx.db
      .selectFrom('units')
      .select(['id', 'name', 'short_name', 'aliases'])
      .where('archived', '=', 0)
      .execute(),
    ctx.db.selectFrom('users').select(['id', 'display_name', 'unit_id']).where('active', '=', 1).execute(),
  ]);
  const byName = new Map<string, { id: string; name: string }>();
  const words: { word: string; name: string }[] = [];
  for (const u of units) {
    const names = [u.name, u.short_name, ...(JSON.parse(u.aliases) as string[])].filter(
      (n): n is string => !!n,
    );
    for (const n of names) {
      // A full name wins over someone else's alias of the same words.
      if (!byName.has(norm(n)) || n === u.name) byName.set(norm(n), { id: u.id, name: u.name });
      words.push({ word: norm(n), name: u.name });
    }
  }
  const people = new Map<string, { id: string; unitId: string | null }[]>();
  for (const p of users) {
    const key = norm(p.display_name);
    people.set(key, [...(people.get(key) ?? []), { id: p.id, unitId: p.unit_id }]);
  }
  return {
    unit: (name) => byName.get(norm(name)) ?? null,
    suggestUnits(name) {
      const n = norm(name);
      const best = new Map<string, number>();
      for (const w of words) {
        const score = nameSimilarity(n, w.word);
        if (score >= 0.4 && score > (best.get(w.name) ?? 0)) best.set(w.name, score);
      }
      return [...best]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([unitName]) => unitName);
    },
    person(name, unitId) {
      const found = people.get(norm(name)) ?? [];
      if (found.length === 1) return { id: found[0].id };
      if (found.length === 0) return null;
      const mine = found.filter((p) => p.unitId === unitId);
      return mine.length === 1 ? { id: mine[0].id } : 'ambiguous';
    },
  };
}
