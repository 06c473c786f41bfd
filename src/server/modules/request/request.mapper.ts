import type { Selectable } from 'kysely';
import type { ApprovalStep } from '../../../core/requests.js';
import type { FileOut } from '../../../core/schemas/file.js';
import type { RequestOut } from '../../../core/schemas/request.js';
import type { RequestDecisionsTable } from '../../db/schema.js';
import type { RequestRow } from './request.repo.js';

/** The API shape of a request with its decisions; `canDecide` is worked out by the caller. */
export function toRequestOut(
  row: RequestRow,
  decisions: Selectable<RequestDecisionsTable>[],
  canDecide: boolean,
  files: FileOut[] = [],
): RequestOut {
  return {
    id: row.id,
    itemId: row.item_id,
    itemCode: row.item_code,
    itemTitle: row.item_title,
    kind: row.kind,
    status: row.status,
    requestedBy: row.requested_by,
    requestedByName: row.requested_by_name,
    unitId: row.unit_id,
    requestedAt: row.requested_at,
    reason: row.reason,
    payload: JSON.parse(row.payload),
    requestedAfterDeadline: row.requested_after_deadline === 1,
    chain: JSON.parse(row.chain) as ApprovalStep[],
    step: row.step,
    decisions: decisions
      .filter((d) => d.request_id === row.id)
      .map((d) => ({
        step: d.step,
        stepKind: d.step_kind as ApprovalStep,
        decision: d.decision,
        comment: d.comment,
        rating: d.rating,
        decidedBy: d.decided_by,
        decidedByName: d.decided_by_name,
        at: d.at,
      })),
    decidedAt: row.decided_at,
    canDecide,
    files: files.filter((f) => f.ownerId === row.id),
    version: row.version,
  };
}
