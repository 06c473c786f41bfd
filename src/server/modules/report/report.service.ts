import type { z } from 'zod';
import type { Light, Trajectory } from '../../../core/enums.js';
import { lightAt } from '../../../core/light.js';
import { ReportInput, type ReportOut, type ReportQuery, ReportReview } from '../../../core/schemas/report.js';
import { trajectoryAt } from '../../../core/trajectory.js';
import { type Ctx, inTransaction, todayOf } from '../../context.js';
import { fieldError, notFound, staleVersion } from '../../errors.js';
import { newId } from '../../ids.js';
import { authorize, checkAccess, itemScope } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { claimFiles, filesOfOwners } from '../file/file.repo.js';
import { fileClaimError, toFileOut } from '../file/file.service.js';
import { applyLeadReports } from '../item/commands/apply-reports.js';
import { type CommandEnv, loadForWrite } from '../item/item.kernel.js';
import { reindexItemNotes } from '../item/item.search-index.js';
import type { ItemState } from '../item/item.state.js';
import { countOpenObstacles } from '../obstacle/obstacle.repo.js';
import { ruleSettingsOf } from '../settings/settings.service.js';
import { appendItemEvent } from '../timeline/timeline.repo.js';
import {
  findReport,
  insertReport,
  leadReportFacts,
  queryReports,
  type ReportRow,
  reviewReportIfVersion,
} from './report.repo.js';

/**
 * 进展反馈: each responsible unit reports on its item; a supervisor accepts or
 * returns each report with a comment. Nothing is overwritten — a returned
 * report stays in the history and the unit reports again. The lead unit's
 * reports are the item's: they restart its report cadence and, once accepted,
 * set its progress and the targets' current values (item command
 * `applyLeadReports`).
 */

async function withFiles(ctx: Ctx, rows: ReportRow[], state?: ItemState): Promise<ReportOut[]> {
  const files = await filesOfOwners(
    ctx,
    'report',
    rows.map((r) => r.id),
  );
  const targetNames = new Map<string, { name: string; unit: string }>();
  if (state) for (const t of state.targets) targetNames.set(t.id, { name: t.name, unit: t.unit });
  else {
    const ids = [...new Set(rows.map((r) => r.item_id))];
    if (ids.length)
      for (const t of await ctx.db
        .selectFrom('item_targets')
        .select(['id', 'name', 'unit'])
        .where('item_id', 'in', ids)
        .execute())
        targetNames.set(t.id, t);
  }
  return rows.map((r) => ({
    id: r.id,
    itemId: r.item_id,
    itemCode: r.item_code,
    itemTitle: r.item_title,
    unitId: r.unit_id,
    unitName: r.unit_name,
    unitRole: r.unit_role,
    content: r.content,
    percent: Number(r.percent),
    targetValues: (JSON.parse(r.target_values) as { targetId: string; value: number }[]).map((v) => ({
      ...v,
      name: targetNames.get(v.targetId)?.name ?? '',
      unit: targetNames.get(v.targetId)?.unit ?? '',
    })),
    problems: r.problems,
    nextSteps: r.next_steps,
    obstacleIds: JSON.parse(r.obstacle_ids),
    status: r.status,
    submittedBy: r.submitted_by,
    submittedByName: r.submitted_by_name,
    submittedOn: r.submitted_on,
    reviewedByName: r.reviewed_by_name,
    reviewedAt: r.reviewed_at,
    reviewComment: r.review_comment,
    files: files.filter((f) => f.owner_id === r.id).map(toFileOut),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: Number(r.version),
  }));
}

async function commandEnv(ctx: Ctx): Promise<Omit<CommandEnv, 'tx' | 'today'>> {
  return { scope: itemScope(ctx), rules: await ruleSettingsOf(ctx) };
}

/** Red, or behind its planned line: such an item must say what holds it back. */
function isTroubled(state: ItemState, today: string): { light: Light | null; trajectory: Trajectory | null } {
  const i = state.item;
  const light =
    i.lit && i.yellow_from && i.red_from
      ? lightAt({ yellowFrom: i.yellow_from, redFrom: i.red_from }, today)
      : null;
  const trajectory = i.lit
    ? trajectoryAt({ behindFrom: i.behind_from, farBehindFrom: i.far_behind_from }, today)
    : null;
  return { light, trajectory };
}

export async function submitReport(
  ctx: Ctx,
  itemId: string,
  raw: z.input<typeof ReportInput>,
): Promise<ReportOut> {
  const user = authorize(ctx, 'report.write');
  const input = ReportInput.parse(raw);
  const base = await commandEnv(ctx);
  const row = await inTransaction(ctx, async (tx) => {
    const env: CommandEnv = { ...base, tx, today: todayOf(tx) };
    const before = await loadForWrite(env, itemId);
    if (!['assigned', 'in_progress'].includes(before.item.status))
      throw fieldError(
        'invalid_transition',
        'status',
        '事项交办后、办结前方可报送进展',
        'progress is reported while the item is assigned or in progress',
      );
    const mine = before.responsibilities.find((r) => r.unit_id === user.unitId);
    if (!mine) throw notFound();
    const targetIds = new Set(before.targets.map((t) => t.id));
    const strayTarget = input.targetValues.findIndex((v) => !targetIds.has(v.targetId));
    if (strayTarget >= 0)
      throw fieldError(
        'rule_violation',
        `targetValues.${strayTarget}.targetId`,
        '不是本事项任务书中的指标',
        'not a target of this item’s task book',
      );
    if (
      input.obstacleIds.length &&
      (await countOpenObstacles(tx, itemId, input.obstacleIds)) !== input.obstacleIds.length
    )
      throw fieldError(
        'rule_violation',
        'obstacleIds',
        '所列问题须为本事项尚未解决的问题',
        'the obstacles named must be open obstacles of this item',
      );
    // DESIGN: a red or lagging item must name its obstacle (病因).
    const { light, trajectory } = isTroubled(before, env.today);
    if (
      (light === 'red' || trajectory === 'behind' || trajectory === 'far_behind') &&
      !input.obstacleIds.length
    )
      throw fieldError(
        'rule_violation',
        'obstacleIds',
        light === 'red'
          ? '事项已亮红灯，报送进展须列明尚未解决的问题（病因）'
          : '事项进度滞后于计划，报送进展须列明尚未解决的问题（病因）',
        light === 'red'
          ? 'the item is red: name an open obstacle in the report'
          : 'the item is behind its plan: name an open obstacle in the report',
      );
    const now = tx.now.toISOString();
    const report = {
      id: newId(),
      item_id: itemId,
      unit_id: mine.unit_id,
      unit_role: mine.role,
      content: input.content,
      percent: input.percent,
      problems: input.problems,
      next_steps: input.nextSteps,
      target_values: JSON.stringify(input.targetValues),
      obstacle_ids: JSON.stringify(input.obstacleIds),
      status: 'submitted' as const,
      submitted_by: user.id,
      submitted_on: env.today,
      reviewed_by: null,
      reviewed_at: null,
      review_comment: null,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await insertReport(tx, report);
    // The item is found by what its reports say: its index entry takes this one in.
    await reindexItemNotes(tx, [itemId]);
    if (
      (await claimFiles(tx, itemId, input.fileIds, { kind: 'report', id: report.id })) !==
      input.fileIds.length
    )
      throw fileClaimError();
    const event = {
      kind: 'report_submitted',
      unitId: mine.unit_id,
      payload: { reportId: report.id, percent: input.percent },
    };
    const audit = {
      action: 'report.submit',
      entity: 'report',
      entityId: report.id,
      outcome: 'success' as const,
      after: { itemId, unitId: mine.unit_id, percent: input.percent, fileIds: input.fileIds },
    };
    if (mine.role === 'lead') {
      // The lead unit's report restarts the item's cadence: an item command.
      await applyLeadReports(env, before, await leadReportFacts(tx, itemId), {
        action: 'item.report',
        event,
        audit: { before: { lastReportOn: before.item.last_report_on }, after: { lastReportOn: env.today } },
      });
    } else {
      await appendItemEvent(tx, { itemId, ...event });
    }
    await appendAudit(tx, audit);
    return (await findReport(tx, base.scope, report.id)) as ReportRow;
  });
  return (await withFiles(ctx, [row]))[0];
}

export async function reviewReport(
  ctx: Ctx,
  id: string,
  raw: z.input<typeof ReportReview>,
): Promise<ReportOut> {
  const user = authorize(ctx, 'report.review');
  const input = ReportReview.parse(raw);
  if (input.decision === 'return' && !input.comment)
    throw fieldError('rule_violation', 'comment', '退回须写明原因', 'say why the report is returned');
  const base = await commandEnv(ctx);
  const row = await inTransaction(ctx, async (tx) => {
    const env: CommandEnv = { ...base, tx, today: todayOf(tx) };
    const report = await findReport(tx, base.scope, id);
    if (!report) throw notFound();
    if (report.status !== 'submitted')
      throw fieldError(
        'invalid_transition',
        'status',
        '该进展反馈已审核',
        'this report has already been reviewed',
      );
    if (Number(report.version) !== input.version) throw staleVersion();
    const now = tx.now.toISOString();
    const status = input.decision === 'accept' ? ('accepted' as const) : ('returned' as const);
    const ok = await reviewReportIfVersion(tx, id, input.version, {
      status,
      reviewed_by: user.id,
      reviewed_at: now,
      review_comment: input.comment,
      updated_at: now,
    });
    if (!ok) throw staleVersion();
    // A returned report leaves the item's index entry (see `itemNotes`); an accepted one stays.
    await reindexItemNotes(tx, [report.item_id]);
    const event = {
      kind: status === 'accepted' ? 'report_accepted' : 'report_returned',
      unitId: report.unit_id,
      payload: { reportId: id, ...(input.comment ? { comment: input.comment } : {}) },
    };
    if (report.unit_role === 'lead') {
      const before = await loadForWrite(env, report.item_id);
      const facts = await leadReportFacts(tx, report.item_id);
      await applyLeadReports(env, before, facts, {
        action: `item.report_${status}`,
        event,
        audit: {
          before: { progress: before.item.progress, lastReportOn: before.item.last_report_on },
          after: { reportedProgress: facts.accepted?.percent ?? null, lastReportOn: facts.lastReportOn },
        },
      });
    } else {
      await appendItemEvent(tx, { itemId: report.item_id, ...event });
    }
    await appendAudit(tx, {
      action: `report.${input.decision}`,
      entity: 'report',
      entityId: id,
      outcome: 'success',
      before: { status: 'submitted' },
      after: { status, comment: input.comment },
    });
    return (await findReport(tx, base.scope, id)) as ReportRow;
  });
  return (await withFiles(ctx, [row]))[0];
}

export async function listItemReports(
  ctx: Ctx,
  itemId: string,
): Promise<{ items: ReportOut[]; total: number }> {
  await checkAccess(ctx, 'item.read', [itemId]);
  return listReports(ctx, { itemId, page: 1, pageSize: 200 });
}

export async function listReports(
  ctx: Ctx,
  query: ReportQuery,
): Promise<{ items: ReportOut[]; total: number }> {
  const { rows, total } = await queryReports(ctx, itemScope(ctx), query);
  return { items: await withFiles(ctx, rows), total };
}
