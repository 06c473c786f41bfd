import { mayBeNamed, NOT_OWN_PERSON_WORDS } from '../../../core/responsible-people.js';
import type { Ctx } from '../../context.js';
import type { LocalizedDetail } from '../../errors.js';
import type { ItemScope } from '../access/policy.js';
import { findLedger } from '../ledger/ledger.repo.js';
import { findUnitsByIds } from '../unit/unit.repo.js';
import { findPeopleByIds } from '../user/user.repo.js';
import { findParentRef } from './item.repo.js';
import { type Resp, throwIfAny } from './item.validate.js';

/** What the references of an item input point to, for building the rows and the answer. */
export interface ResolvedRefs {
  ledger: { id: string; name: string; year: number; code: string } | null;
  units: Map<string, { name: string; short_name: string | null; aliases: string }>;
  people: Map<string, { display_name: string; title: string | null }>;
}

/**
 * Checks that every id the input refers to exists (the ledger and the parent
 * within the user's scope) and returns what they point to. All problems are
 * reported together, each naming its field.
 */
export async function resolveItemRefs(
  ctx: Ctx,
  scope: ItemScope,
  input: { ledgerId?: string; parentId?: string | null; responsibilities?: Resp[] },
  selfId?: string,
): Promise<ResolvedRefs> {
  const out: LocalizedDetail[] = [];
  const resps = input.responsibilities ?? [];
  const personIds = resps
    .flatMap((r) => [r.leaderId, r.deputyId, r.responsibleId])
    .filter((x): x is string => !!x);
  const [ledger, parent, units, people] = await Promise.all([
    input.ledgerId ? findLedger(ctx, input.ledgerId) : undefined,
    input.parentId ? findParentRef(ctx, scope, input.parentId) : undefined,
    findUnitsByIds(ctx, [...new Set(resps.map((r) => r.unitId))]),
    findPeopleByIds(ctx, [...new Set(personIds)]),
  ]);
  if (input.ledgerId) {
    if (!ledger || (scope.ledgerIds && !scope.ledgerIds.includes(ledger.id)))
      out.push({ field: 'ledgerId', zh: '台账不存在', en: 'no such ledger' });
    else if (ledger.archived) out.push({ field: 'ledgerId', zh: '台账已归档', en: 'the ledger is archived' });
  }
  if (input.parentId) {
    if (!parent) out.push({ field: 'parentId', zh: '上级事项不存在', en: 'no such parent item' });
    // Decomposition is one level deep: a parent item is split into sub-items per unit.
    else if (parent.parent_id || parent.id === selfId)
      out.push({ field: 'parentId', zh: '只能分解一级子事项', en: 'sub-items cannot have sub-items' });
  }
  const unitMap = new Map(units.map((u) => [u.id, u]));
  const personMap = new Map(people.map((p) => [p.id, p]));
  resps.forEach((r, i) => {
    if (!unitMap.has(r.unitId))
      out.push({ field: `responsibilities.${i}.unitId`, zh: '单位不存在', en: 'no such unit' });
    for (const f of ['leaderId', 'deputyId', 'responsibleId'] as const) {
      const v = r[f];
      const person = v ? personMap.get(v) : undefined;
      if (v && !person)
        out.push({ field: `responsibilities.${i}.${f}`, zh: '人员不存在', en: 'no such person' });
      // A unit names only its own people (the leader in charge may be a district leader).
      else if (
        person &&
        !mayBeNamed(f, { unitId: person.unit_id, roles: JSON.parse(person.roles) }, r.unitId)
      )
        out.push({ field: `responsibilities.${i}.${f}`, ...NOT_OWN_PERSON_WORDS[f] });
    }
  });
  throwIfAny('validation', out);
  return { ledger: ledger ?? null, units: unitMap, people: personMap };
}
