/** Table types of trust in an installation: the demo district's marks, archiving instead of deleting. */

/** A user, unit or ledger the demo district made: `entity` is `user`, `unit` or `ledger`. */
export interface DemoMarksTable {
  entity: 'user' | 'unit' | 'ledger';
  entity_id: string;
}

/** When and by whom a record was archived (归档) instead of deleted; null while it is in use. */
export interface Archivable {
  archived_at: string | null;
  archived_by: string | null;
}
