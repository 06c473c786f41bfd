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
  /** The unit's aliases as stored (a JSON list): search finds an item by any name of its units. */
  unit_aliases: string;
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
      done_note: m.done_note ?? null,
      sort_order: m.sort_order,
    })),
  };
}

/** The API names of the fields that differ between two states of an item, for "修改了标题、路线图". */
export function changedFields(before: ItemState, next: ItemState): string[] {
  const a = before.item;
  const b = next.item;
  const scalar: [string, unknown, unknown][] = [
    ['ledgerId', a.ledger_id, b.ledger_id],
    ['title', a.title, b.title],
    ['source', a.source, b.source],
    ['sourceRef', a.source_ref, b.source_ref],
    ['goal', a.goal, b.goal],
    ['priority', a.priority, b.priority],
    ['startDate', a.start_date, b.start_date],
    ['dueDate', a.due_date, b.due_date],
    ['cadence', a.cadence, b.cadence],
    ['parentId', a.parent_id, b.parent_id],
  ];
  // Child lists compare by content: a list saved again unchanged is no change.
  const lists = (s: ItemState) => {
    const snap = auditSnapshot(s);
    const content = (rows: { id: string }[]) => JSON.stringify(rows.map(({ id, ...rest }) => rest));
    return {
      targets: content(snap.targets),
      responsibilities: content(snap.responsibilities),
      milestones: content(snap.milestones),
    };
  };
  const la = lists(before);
  const lb = lists(next);
  return [
    ...scalar.filter(([, x, y]) => x !== y).map(([k]) => k),
    ...(['targets', 'responsibilities', 'milestones'] as const).filter((k) => la[k] !== lb[k]),
  ];
}
