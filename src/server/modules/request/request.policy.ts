import type { ApprovalStep, Asker } from '../../../core/requests.js';
import type { Actor } from '../../context.js';
import type { ResponsibilityView } from '../item/item.state.js';

type Lead = Pick<ResponsibilityView, 'unit_id' | 'leader_id' | 'deputy_id'> | undefined;

/** In which capacities a user may ask for something on an item: as its lead unit, as a supervisor. */
export function askersOf(user: Actor, lead: Lead): Asker[] {
  const out: Asker[] = [];
  if (user.roles.includes('unit') && lead && user.unitId === lead.unit_id) out.push('lead');
  if (user.roles.includes('supervisor')) out.push('supervisor');
  return out;
}

/**
 * Whether `user` decides a step of type `step` on an item whose lead
 * responsibility is `lead` (core/requests.ts words the rule; the SQL twin for
 * the inbox is `awaitingUser` in request.repo.ts). The item itself was read
 * within the user's scope, so a supervisor or leader limited to other ledgers
 * never gets here.
 */
export function decidesStep(user: Actor, step: ApprovalStep, lead: Lead, requestedBy: string): boolean {
  switch (step) {
    case 'supervisor':
      return user.roles.includes('supervisor');
    case 'leader':
      return user.roles.includes('leader') && (!lead?.leader_id || lead.leader_id === user.id);
    case 'unit_head':
      if (!lead || !user.roles.includes('unit') || user.unitId !== lead.unit_id) return false;
      // Nobody approves their own request when the unit names no deputy in charge.
      return lead.deputy_id ? lead.deputy_id === user.id : user.id !== requestedBy;
  }
}
