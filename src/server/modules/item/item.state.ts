import type {
  ItemsTable,
  ItemTargetsTable,
  MilestonesTable,
  ResponsibilitiesTable,
} from '../../db/schema.js';

/** A responsibility as commands and answers see it: the stored row's own columns and the names it points to. */
export type ResponsibilityView = Pick<
  ResponsibilitiesTable,
  | 'id'
  | 'item_id'
  | 'unit_id'
  | 'role'
  | 'leader_id'
  | 'deputy_id'
  | 'responsible_id'
  | 'acknowledged_at'
  | 'sort_order'
> & {
  unit_name: string;
  unit_short_name: string | null;
  leader_name: string | null;
  leader_title: string | null;
  deputy_name: string | null;
  deputy_title: string | null;
  responsible_name: string | null;
  responsible_title: string | null;
};

/**
 * One item with its child lists, as loaded for a command or built by one.
 * Commands turn a state into the next state; the kernel writes the
 * difference, so what is answered is exactly what was written.
 */
export interface ItemState {
  item: ItemsTable;
  ledgerName: string;
  childCount: number;
  targets: ItemTargetsTable[];
  responsibilities: ResponsibilityView[];
  milestones: MilestonesTable[];
}

/** The lead unit of an item, if named. */
export function leadUnitOf(state: Pick<ItemState, 'responsibilities'>): string | null {
  return state.responsibilities.find((r) => r.role === 'lead')?.unit_id ?? null;
}

/** The item as the audit log records it: its stored facts (no derived columns) and its child rows. */
export function auditSnapshot(state: ItemState) {
  const { search_text, yellow_from, red_from, lit, ...facts } = state.item;
  return {
    ...facts,
    targets: state.targets.map((t) => ({
      id: t.id,
      name: t.name,
      unit: t.unit,
      target_value: t.target_value,
      baseline_value: t.baseline_value,
      current_value: t.current_value,
      sort_order: t.sort_order,
    })),
    responsibilities: state.responsibilities.map((r) => ({
      id: r.id,
      unit_id: r.unit_id,
      role: r.role,
      leader_id: r.leader_id,
      deputy_id: r.deputy_id,
      responsible_id: r.responsible_id,
    })),
    milestones: state.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      planned_date: m.planned_date,
      done_date: m.done_date,
      sort_order: m.sort_order,
    })),
  };
}
