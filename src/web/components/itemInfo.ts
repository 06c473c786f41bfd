import type { ResponsibilityOut } from '../backend/types.js';

/** A whole item's responsibilities or a list row's (which has fewer fields). */
type WithRoles<R extends Pick<ResponsibilityOut, 'role'>> = { responsibilities: R[] };

/** The lead units' responsibilities (牵头), usually one. */
export function leads<R extends Pick<ResponsibilityOut, 'role'>>(item: WithRoles<R>): R[] {
  return item.responsibilities.filter((r) => r.role === 'lead');
}

/** Undertaking and cooperating units (承办/配合). */
export function others<R extends Pick<ResponsibilityOut, 'role'>>(item: WithRoles<R>): R[] {
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
export function leadLine(item: WithRoles<Pick<ResponsibilityOut, 'role' | 'unitName'>>): string {
  const l = leads(item);
  return names(l.map((r) => r.unitName));
}
