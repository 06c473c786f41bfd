import type { Role } from './enums.js';

/**
 * A unit names only its own people as responsible (issue 13): in a responsibility row the 分管副职
 * (deputyId) and 具体责任人 (responsibleId) are people of that row's unit; the 主管领导 (leaderId) is a
 * person of that unit or one of the district's leaders — the accounts holding the `leader` role, as the
 * demo's 区委书记, 区长 and 副区长 do (DESIGN.md: the leader in charge is often a district leader, outside
 * the unit). Pure, shared by the server (which refuses) and the pickers (which offer only these).
 */

export type PersonField = 'leaderId' | 'deputyId' | 'responsibleId';

export interface PersonFacts {
  unitId: string | null;
  roles: readonly Role[];
}

/** Whether `person` may fill `field` of a responsibility of `unitId`. */
export function mayBeNamed(field: PersonField, person: PersonFacts, unitId: string): boolean {
  if (person.unitId === unitId) return true;
  return field === 'leaderId' && person.roles.includes('leader');
}

export const NOT_OWN_PERSON_WORDS: Record<PersonField, { zh: string; en: string }> = {
  leaderId: {
    zh: '主管领导须为本单位人员或区领导',
    en: 'the leader in charge must be a person of this unit or a district leader',
  },
  deputyId: { zh: '分管副职须为本单位人员', en: 'the deputy in charge must be a person of this unit' },
  responsibleId: {
    zh: '具体责任人须为本单位人员',
    en: 'the responsible person must be a person of this unit',
  },
};
