import type { LocalizedDetail } from '../../errors.js';
import type { Milestone, Resp } from './item.validate.js';

type StoredMilestone = Omit<Milestone, 'id'> & { id: string };
type StoredResp = Omit<Resp, 'id'> & { id: string };

const UNIT_EDITABLE = new Set(['version', 'milestones', 'responsibilities']);

/**
 * What a unit user may change on an item: the lead unit records when
 * milestones were done; each unit names its own leader in charge, deputy and
 * responsible person. Everything else is the supervisor's. Returns one detail
 * per field the user may not change.
 */
export function unitEditViolations(
  input: { milestones?: Milestone[]; responsibilities?: Resp[] } & Record<string, unknown>,
  stored: { milestones: StoredMilestone[]; responsibilities: StoredResp[] },
  unitId: string | null,
  isLead: boolean,
): LocalizedDetail[] {
  const out: LocalizedDetail[] = [];
  const deny = (field: string) =>
    out.push({ field, zh: '单位用户无权修改此项', en: 'a unit user may not change this' });

  for (const key of Object.keys(input)) if (!UNIT_EDITABLE.has(key) && input[key] !== undefined) deny(key);

  if (input.milestones) {
    const byId = new Map(stored.milestones.map((m) => [m.id, m]));
    const sameSet =
      input.milestones.length === stored.milestones.length &&
      input.milestones.every((m) => m.id && byId.has(m.id));
    if (!sameSet) deny('milestones');
    else
      input.milestones.forEach((m, i) => {
        const s = byId.get(m.id as string) as StoredMilestone;
        if (m.title !== s.title || m.plannedDate !== s.plannedDate) deny(`milestones.${i}`);
        else if (m.doneDate !== s.doneDate && !isLead) deny(`milestones.${i}.doneDate`);
      });
  }

  if (input.responsibilities) {
    const byId = new Map(stored.responsibilities.map((r) => [r.id, r]));
    const sameSet =
      input.responsibilities.length === stored.responsibilities.length &&
      input.responsibilities.every((r) => r.id && byId.has(r.id));
    if (!sameSet) deny('responsibilities');
    else
      input.responsibilities.forEach((r, i) => {
        const s = byId.get(r.id as string) as StoredResp;
        if (r.unitId !== s.unitId || r.role !== s.role) {
          deny(`responsibilities.${i}`);
          return;
        }
        const peopleChanged =
          r.leaderId !== s.leaderId || r.deputyId !== s.deputyId || r.responsibleId !== s.responsibleId;
        if (peopleChanged && s.unitId !== unitId) deny(`responsibilities.${i}`);
      });
  }
  return out;
}
