import type { z } from 'zod';
import { dateInChina, daysBetween } from '../../../core/dates.js';
import {
  ObstacleInput,
  type ObstacleOut,
  type ObstacleQuery,
  ObstacleResolve,
  type ObstacleSummary,
} from '../../../core/schemas/report.js';
import { type Ctx, inTransaction } from '../../context.js';
import { fieldError, forbidden, notFound, staleVersion } from '../../errors.js';
import { newId } from '../../ids.js';
import { authorize, checkAccess, itemScope, writesAsUnit } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { claimFiles, filesOfOwners } from '../file/file.repo.js';
import { fileClaimError, toFileOut } from '../file/file.service.js';
import { appendItemEvent } from '../timeline/timeline.repo.js';
import {
  findObstacle,
  insertObstacle,
  type ObstacleRow,
  obstacleSummary,
  queryObstacles,
  resolveObstacleIfVersion,
} from './obstacle.repo.js';

/**
 * 问题/病因: what holds an item back, with a coded cause and the unit that
 * must remove it. Named by a responsible unit or a supervisor; resolved with a
 * written resolution. Open obstacles, summed up, are the district's bottlenecks.
 */

async function withFiles(ctx: Ctx, rows: ObstacleRow[]): Promise<ObstacleOut[]> {
  const files = await filesOfOwners(
    ctx,
    'obstacle',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    itemId: r.item_id,
    itemCode: r.item_code,
    itemTitle: r.item_title,
    cause: r.cause,
    description: r.description,
    solverUnitId: r.solver_unit_id,
    solverUnitName: r.solver_unit_name,
    raisedByUnitId: r.raised_by_unit_id,
    raisedByUnitName: r.raised_by_unit_name,
    status: r.status,
    resolution: r.resolution,
    resolvedAt: r.resolved_at,
    resolvedByName: r.resolved_by_name,
    createdByName: r.created_by_name,
    files: files.filter((f) => f.owner_id === r.id).map(toFileOut),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: Number(r.version),
  }));
}

/** Obstacles are named on items that are running: assigned, in progress or paused. */
const OPEN_FOR_OBSTACLES = ['assigned', 'in_progress', 'suspended'];

export async function raiseObstacle(
  ctx: Ctx,
  itemId: string,
  raw: z.input<typeof ObstacleInput>,
): Promise<ObstacleOut> {
  const user = await checkAccess(ctx, 'obstacle.write', [itemId]);
  const input = ObstacleInput.parse(raw);
  const scope = itemScope(ctx);
  const row = await inTransaction(ctx, async (tx) => {
    const item = await tx.db.selectFrom('items').select('status').where('id', '=', itemId).executeTakeFirst();
    if (!item) throw notFound();
    if (!OPEN_FOR_OBSTACLES.includes(item.status))
      throw fieldError(
        'invalid_transition',
        'status',
        '事项交办后、办结前方可提出问题',
        'obstacles are named while the item is running',
      );
    const solver = await tx.db
      .selectFrom('units')
      .select('id')
      .where('id', '=', input.solverUnitId)
      .where('archived', '=', 0)
      .executeTakeFirst();
    if (!solver) throw fieldError('rule_violation', 'solverUnitId', '没有这个单位', 'no such unit');
    const now = tx.now.toISOString();
    const obstacle = {
      id: newId(),
      item_id: itemId,
      cause: input.cause,
      description: input.description,
      solver_unit_id: input.solverUnitId,
      raised_by_unit_id: writesAsUnit(user) ? user.unitId : null,
      status: 'open' as const,
      resolution: null,
      resolved_at: null,
      resolved_by: null,
      created_by: user.id,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await insertObstacle(tx, obstacle);
    if (
      (await claimFiles(tx, itemId, input.fileIds, { kind: 'obstacle', id: obstacle.id })) !==
      input.fileIds.length
    )
      throw fileClaimError();
    await appendItemEvent(tx, {
      itemId,
      kind: 'obstacle_raised',
      unitId: obstacle.raised_by_unit_id,
      payload: { obstacleId: obstacle.id, cause: input.cause, summary: input.description.slice(0, 200) },
    });
    await appendAudit(tx, {
      action: 'obstacle.raise',
      entity: 'obstacle',
      entityId: obstacle.id,
      outcome: 'success',
      after: { itemId, cause: input.cause, solverUnitId: input.solverUnitId, description: input.description },
    });
    return (await findObstacle(tx, scope, obstacle.id)) as ObstacleRow;
  });
  return (await withFiles(ctx, [row]))[0];
}

export async function resolveObstacle(
  ctx: Ctx,
  id: string,
  raw: z.input<typeof ObstacleResolve>,
): Promise<ObstacleOut> {
  const user = authorize(ctx, 'obstacle.write');
  const input = ObstacleResolve.parse(raw);
  const scope = itemScope(ctx);
  const row = await inTransaction(ctx, async (tx) => {
    const before = await findObstacle(tx, scope, id);
    if (!before) throw notFound();
    // A unit user resolves what their unit named or must solve; the lead unit answers for its item.
    if (writesAsUnit(user)) {
      const lead = await tx.db
        .selectFrom('responsibilities')
        .select('unit_id')
        .where('item_id', '=', before.item_id)
        .where('role', '=', 'lead')
        .executeTakeFirst();
      const own = [before.raised_by_unit_id, before.solver_unit_id, lead?.unit_id];
      if (!own.includes(user.unitId)) throw forbidden();
    }
    if (before.status !== 'open')
      throw fieldError('invalid_transition', 'status', '该问题已解决', 'this obstacle is already resolved');
    if (Number(before.version) !== input.version) throw staleVersion();
    const now = tx.now.toISOString();
    if (
      !(await resolveObstacleIfVersion(tx, id, input.version, {
        resolution: input.resolution,
        resolved_at: now,
        resolved_by: user.id,
        updated_at: now,
      }))
    )
      throw staleVersion();
    await appendItemEvent(tx, {
      itemId: before.item_id,
      kind: 'obstacle_resolved',
      unitId: writesAsUnit(user) ? user.unitId : null,
      payload: { obstacleId: id, cause: before.cause, summary: input.resolution.slice(0, 200) },
    });
    await appendAudit(tx, {
      action: 'obstacle.resolve',
      entity: 'obstacle',
      entityId: id,
      outcome: 'success',
      before: { status: 'open' },
      after: { status: 'resolved', resolution: input.resolution },
    });
    return (await findObstacle(tx, scope, id)) as ObstacleRow;
  });
  return (await withFiles(ctx, [row]))[0];
}

export async function listItemObstacles(
  ctx: Ctx,
  itemId: string,
): Promise<{ items: ObstacleOut[]; total: number }> {
  await checkAccess(ctx, 'item.read', [itemId]);
  const { rows, total } = await queryObstacles(ctx, itemScope(ctx), { itemId, page: 1, pageSize: 200 });
  return { items: await withFiles(ctx, rows), total };
}

export async function listObstacles(
  ctx: Ctx,
  query: ObstacleQuery,
): Promise<{ items: ObstacleOut[]; total: number }> {
  const { rows, total } = await queryObstacles(ctx, itemScope(ctx), query);
  return { items: await withFiles(ctx, rows), total };
}

/** The bottleneck view over the items the user sees. */
export async function summarizeObstacles(
  ctx: Ctx,
  query: { ledgerId?: string } = {},
): Promise<ObstacleSummary> {
  const s = await obstacleSummary(ctx, itemScope(ctx), query);
  const today = dateInChina(ctx.now);
  const byCause = s.byCause
    .map((r) => ({ cause: r.cause, count: Number(r.count) }))
    .sort((a, b) => b.count - a.count);
  return {
    total: byCause.reduce((n, r) => n + r.count, 0),
    byCause,
    byLedger: s.byLedger.map((r) => ({
      ledgerId: r.ledger_id,
      ledgerName: r.ledger_name,
      cause: r.cause,
      count: Number(r.count),
    })),
    bySolver: s.bySolver
      .map((r) => ({ unitId: r.unit_id, unitName: r.unit_name, cause: r.cause, count: Number(r.count) }))
      .sort((a, b) => b.count - a.count),
    blocks: s.blocks
      .map((r) => ({
        blockedUnitId: r.blocked_id,
        blockedUnitName: r.blocked_name,
        solverUnitId: r.solver_id,
        solverUnitName: r.solver_name,
        count: Number(r.count),
        oldestSince: dateInChina(new Date(String(r.oldest))),
        oldestDays: Math.max(0, daysBetween(dateInChina(new Date(String(r.oldest))), today)),
      }))
      .sort((a, b) => b.count - a.count || b.oldestDays - a.oldestDays),
    cells: s.cells.map((r) => ({
      cause: r.cause,
      ledgerId: r.ledger_id,
      ledgerName: r.ledger_name,
      unitId: r.unit_id,
      unitName: r.unit_name,
      count: Number(r.count),
    })),
  };
}
