import type { ItemOut, ResponsibilityOut } from '../backend/types.js';

/** The lead units' responsibilities (牵头), usually one. */
export function leads(item: Pick<ItemOut, 'responsibilities'>): ResponsibilityOut[] {
  return item.responsibilities.filter((r) => r.role === 'lead');
}

/** Undertaking and cooperating units (承办/配合). */
export function others(item: Pick<ItemOut, 'responsibilities'>): ResponsibilityOut[] {
  return item.responsibilities.filter((r) => r.role !== 'lead');
}

/** Distinct names, in order, joined the Chinese way. */
export function names(values: (string | null | undefined)[], sep = '、'): string {
  return [...new Set(values.filter((v): v is string => !!v))].join(sep) || '—';
}

export function person(p: { displayName: string; title: string | null } | null): string | null {
  return p ? p.displayName : null;
}

/** A short line about who is responsible: `区住建局 · 王某某（分管副局长）`. */
export function leadLine(item: Pick<ItemOut, 'responsibilities'>): string {
  const l = leads(item);
  return names(l.map((r) => r.unitName));
}
