import type { ItemTargetsTable, MilestonesTable } from '../../../db/schema.js';
import { newId } from '../../../ids.js';
import type { ResolvedRefs } from '../item.refs.js';
import type { ResponsibilityView } from '../item.state.js';
import type { Milestone, Resp, Target } from '../item.validate.js';

/**
 * Child rows of an item from an input list. An element whose `id` names a
 * stored row keeps that row (and what the input does not carry, such as a
 * target's current value or a unit's acknowledgement); any other element is a
 * new row.
 */

const keepId = <T extends { id: string }>(stored: Map<string, T>, id: string | undefined) =>
  id && stored.has(id) ? (stored.get(id) as T) : undefined;

export function targetRows(
  itemId: string,
  input: Target[],
  stored: ItemTargetsTable[] = [],
): ItemTargetsTable[] {
  const byId = new Map(stored.map((t) => [t.id, t]));
  return input.map((t, i) => {
    const was = keepId(byId, t.id);
    return {
      id: was?.id ?? newId(),
      item_id: itemId,
      name: t.name,
      unit: t.unit,
      target_value: t.targetValue,
      baseline_value: t.baselineValue,
      current_value: was?.current_value ?? null,
      sort_order: i,
    };
  });
}

export function milestoneRows(
  itemId: string,
  input: Milestone[],
  stored: MilestonesTable[] = [],
): MilestonesTable[] {
  const byId = new Map(stored.map((m) => [m.id, m]));
  return input.map((m, i) => {
    const was = keepId(byId, m.id);
    return {
      id: was?.id ?? newId(),
      item_id: itemId,
      title: m.title,
      planned_date: m.plannedDate,
      done_date: m.doneDate,
      // The note written when the step was marked done stays while it stays done.
      done_note: m.doneDate ? (was?.done_note ?? null) : null,
      sort_order: i,
    };
  });
}

/** Responsibilities with the unit and people names the refs resolved (every id in the input was resolved). */
export function responsibilityRows(
  itemId: string,
  input: Resp[],
  refs: Pick<ResolvedRefs, 'units' | 'people'>,
  stored: ResponsibilityView[] = [],
): ResponsibilityView[] {
  const byId = new Map(stored.map((r) => [r.id, r]));
  const person = (id: string | null) => (id ? refs.people.get(id) : undefined);
  return input.map((r, i) => {
    const was = keepId(byId, r.id);
    const unit = refs.units.get(r.unitId);
    return {
      id: was?.id ?? newId(),
      item_id: itemId,
      unit_id: r.unitId,
      role: r.role,
      leader_id: r.leaderId,
      deputy_id: r.deputyId,
      responsible_id: r.responsibleId,
      // A unit that stays on the item keeps its acknowledgement.
      acknowledged_at: was && was.unit_id === r.unitId ? was.acknowledged_at : null,
      sort_order: i,
      unit_name: unit?.name ?? '',
      unit_short_name: unit?.short_name ?? null,
      unit_aliases: unit?.aliases ?? '[]',
      leader_name: person(r.leaderId)?.display_name ?? null,
      leader_title: person(r.leaderId)?.title ?? null,
      deputy_name: person(r.deputyId)?.display_name ?? null,
      deputy_title: person(r.deputyId)?.title ?? null,
      responsible_name: person(r.responsibleId)?.display_name ?? null,
      responsible_title: person(r.responsibleId)?.title ?? null,
    };
  });
}
