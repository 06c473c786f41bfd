import type { Ctx } from '../../context.js';
import type { EvidenceOwnerKind } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { authorize } from '../access/policy.js';
import { findInspection } from './inspection.repo.js';
import { assessmentScope, inspectionScope, visibleAssessment } from './inspection.scope.js';

/**
 * Checks that the user reaches the inspection or assessment evidence is
 * attached to and, for `write`, may add to it: 403 without the permission,
 * 404 when the owner is missing or out of scope.
 */
export async function checkEvidenceOwner(
  ctx: Ctx,
  kind: EvidenceOwnerKind,
  id: string,
  mode: 'read' | 'write' = 'write',
): Promise<void> {
  if (kind === 'inspection') {
    if (mode === 'write') authorize(ctx, 'inspection.write');
    if (!(await findInspection(ctx, inspectionScope(ctx), id))) throw notFound();
    return;
  }
  if (mode === 'write') authorize(ctx, 'assessment.write');
  const found = await ctx.db
    .selectFrom('assessments as a')
    .select('a.id')
    .where('a.id', '=', id)
    .where(visibleAssessment(assessmentScope(ctx)))
    .executeTakeFirst();
  if (!found) throw notFound();
}
