import type { ForeignKeyEdge } from '../db/dialect.js';

/**
 * The tables in an order where every table comes after the tables it points
 * at, so rows can be inserted with foreign keys checked. Self-references do
 * not order tables (their rows are ordered by `parentsFirst`). Ties keep the
 * alphabetical order, so the same schema always gives the same order.
 */
export function insertOrder(tables: string[], edges: ForeignKeyEdge[]): string[] {
  const known = new Set(tables);
  const needs = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges)
    if (e.table !== e.references && known.has(e.table) && known.has(e.references))
      needs.get(e.table)?.add(e.references);
  const out: string[] = [];
  const done = new Set<string>();
  const pending = [...tables].sort();
  while (pending.length) {
    const i = pending.findIndex((t) => [...(needs.get(t) ?? [])].every((n) => done.has(n)));
    if (i < 0) throw new Error(`the foreign keys of ${pending.join(', ')} form a cycle`);
    const [t] = pending.splice(i, 1);
    out.push(t);
    done.add(t);
  }
  return out;
}

/**
 * Rows of a table that points at itself (a unit's parent unit, an item's
 * parent item), parents before children. A row whose parent is not among the
 * rows keeps its place: the foreign key check will name it.
 */
export function parentsFirst<R extends Record<string, unknown>>(
  rows: R[],
  idColumn: string,
  parentColumn: string,
): R[] {
  const byId = new Map(rows.map((r) => [r[idColumn], r]));
  const out: R[] = [];
  const placed = new Set<unknown>();
  // `visiting` holds the chain being placed, so a cycle ends instead of looping.
  const visiting = new Set<unknown>();
  const place = (r: R) => {
    const id = r[idColumn];
    if (placed.has(id) || visiting.has(id)) return;
    visiting.add(id);
    const parent = byId.get(r[parentColumn]);
    if (parent) place(parent);
    visiting.delete(id);
    placed.add(id);
    out.push(r);
  };
  for (const r of rows) place(r);
  return out;
}
