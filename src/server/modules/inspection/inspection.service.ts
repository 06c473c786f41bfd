import { INSPECTION_METHOD_LABELS } from '../../../core/inspection.js';
import {
  DiscloseInput,
  InspectionInput,
  type InspectionOut,
  type InspectionQuery,
  type InspectionStats,
  InspectionUpdate,
} from '../../../core/schemas/inspection.js';
import { type Ctx, inTransaction, todayOf } from '../../context.js';
import { fieldError, notFound, staleVersion } from '../../errors.js';
import { newId } from '../../ids.js';
import { authorize, checkAccess, type ItemScope } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { appendItemEvent } from '../timeline/timeline.repo.js';
import {
  findInspection,
  type InspectionRow,
  insertInspection,
  inspectionCounts,
  inspectionDetails,
  queryInspections,
  replaceFindings,
  updateInspectionIfVersion,
} from './inspection.repo.js';
import { inspectionScope } from './inspection.scope.js';

/**
 * 督察记录: the office's inspections — on site, unannounced, dedicated
 * follow-up, by phone —, each with its day, inspected unit, inspectors, the
 * items it covers, findings and a verdict. An unannounced inspection stays
 * hidden from the inspected unit (lists, counts, timelines) until a
 * supervisor discloses it.
 */

async function present(ctx: Ctx, scope: ItemScope, rows: InspectionRow[]): Promise<InspectionOut[]> {
  const d = await inspectionDetails(
    ctx,
    scope,
    rows.map((r) => r.id),
  );
  const seen = (id: string | null) => (id && d.visibleItems.has(id) ? id : null);
  return rows.map((r) => ({
    id: r.id,
    method: r.method,
    inspectedOn: r.inspected_on,
    unitId: r.unit_id,
    unitName: r.unit_name,
    place: r.place,
    summary: r.summary,
    verdict: r.verdict,
    items: d.items
      .filter((i) => i.inspection_id === r.id)
      .map((i) => ({ id: i.id, code: i.code, title: i.title })),
    inspectors: d.inspectors
      .filter((i) => i.inspection_id === r.id)
      .map((i) => ({ id: i.id, displayName: i.display_name })),
    findings: d.findings
      .filter((f) => f.inspection_id === r.id)
      .map((f) => ({
        id: f.id,
        text: f.text,
        itemId: seen(f.item_id),
        itemCode: seen(f.item_id) ? f.item_code : null,
        rectificationItemId: seen(f.rectification_item_id),
        rectificationItemCode: seen(f.rectification_item_id) ? f.rectification_code : null,
        // A notice goes to the inspected unit, the one unit besides the office that sees this inspection.
        noticeId: f.notice_id,
        noticeNumber: f.notice_id ? f.notice_number : null,
      })),
    hidden: r.hidden === 1,
    disclosedAt: r.disclosed_at,
    visitId: d.visits.find((v) => v.inspection_id === r.id)?.id ?? null,
    photoCount: Number(d.photos.find((p) => p.owner_id === r.id)?.n ?? 0),
    createdByName: r.created_by_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: Number(r.version),
  }));
}

export async function getInspection(ctx: Ctx, id: string): Promise<InspectionOut> {
  const scope = inspectionScope(ctx);
  const row = await findInspection(ctx, scope, id);
  if (!row) throw notFound();
  return (await present(ctx, scope, [row]))[0];
}

export async function listInspections(
  ctx: Ctx,
  q: InspectionQuery,
): Promise<{ items: InspectionOut[]; total: number }> {
  const scope = inspectionScope(ctx);
  // A unit asking for the office's undisclosed list gets its own: none.
  const { rows, total } = await queryInspections(ctx, scope, q);
  return { items: await present(ctx, scope, rows), total };
}

/** An item's inspections, as its page shows them (404 when the item is out of reach). */
export async function listItemInspections(ctx: Ctx, itemId: string) {
  await checkAccess(ctx, 'item.read', [itemId]);
  return listInspections(ctx, { itemId, page: 1, pageSize: 200 });
}

export async function inspectionStats(ctx: Ctx): Promise<InspectionStats> {
  const c = await inspectionCounts(ctx, inspectionScope(ctx));
  const byMethod = { onsite: 0, unannounced: 0, dedicated: 0, phone: 0 };
  for (const m of c.byMethod) byMethod[m.method] = Number(m.n);
  const byVerdict = { good: 0, fair: 0, poor: 0 };
  for (const v of c.byVerdict) byVerdict[v.verdict] = Number(v.n);
  return {
    total: Object.values(byMethod).reduce((a, b) => a + b, 0),
    byMethod,
    byVerdict,
    findings: c.findings,
    rectifications: c.rectifications,
  };
}

/** Users who may inspect: active supervisors. */
export async function listInspectors(ctx: Ctx) {
  authorize(ctx, 'inspection.read');
  const rows = await ctx.db
    .selectFrom('users')
    .select(['id', 'display_name', 'title'])
    .where('active', '=', 1)
    .where('roles', 'like', '%"supervisor"%')
    .orderBy('display_name')
    .execute();
  return {
    items: rows.map((r) => ({ id: r.id, displayName: r.display_name, title: r.title })),
    total: rows.length,
  };
}

async function checkInspectors(ctx: Ctx, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const found = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', ids)
    .where('active', '=', 1)
    .where('roles', 'like', '%"supervisor"%')
    .execute();
  if (found.length !== ids.length)
    throw fieldError(
      'rule_violation',
      'inspectorIds',
      '督察人员须为在岗督察员',
      'inspectors must be active supervisors',
    );
}

function findingsOutside(findings: { itemId: string | null }[], itemIds: string[]): number {
  return findings.findIndex((f) => f.itemId !== null && !itemIds.includes(f.itemId));
}

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** Records an inspection (and, with `visitId`, the result of a planned visit) in one transaction. */
export async function recordInspection(ctx: Ctx, raw: InspectionInput): Promise<InspectionOut> {
  const input = InspectionInput.parse(raw);
  const user = await checkAccess(ctx, 'inspection.write', input.itemIds);
  const today = todayOf(ctx);
  if (input.inspectedOn > today)
    throw fieldError(
      'rule_violation',
      'inspectedOn',
      '督察日期不能晚于今天',
      'the inspection day cannot be in the future',
    );
  const stray = findingsOutside(input.findings, input.itemIds);
  if (stray >= 0)
    throw fieldError(
      'rule_violation',
      `findings.${stray}.itemId`,
      '发现问题所涉事项须为本次督察的事项',
      'a finding can only concern an item this inspection covers',
    );
  const inspectorIds = input.inspectorIds.length ? input.inspectorIds : [user.id];
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const unit = await tx.db
      .selectFrom('units')
      .select('id')
      .where('id', '=', input.unitId)
      .executeTakeFirst();
    if (!unit) throw fieldError('rule_violation', 'unitId', '被督察单位不存在', 'no such unit');
    await checkInspectors(tx, inspectorIds);
    if (input.visitId) {
      const visit = await tx.db
        .selectFrom('plan_visits')
        .selectAll()
        .where('id', '=', input.visitId)
        .executeTakeFirst();
      if (!visit || visit.inspection_id || !input.itemIds.includes(visit.item_id))
        throw fieldError(
          'rule_violation',
          'visitId',
          '计划走访须尚未记录结果，且其事项在本次督察范围内',
          'the planned visit must be open and its item covered by this inspection',
        );
    }
    const now = tx.now.toISOString();
    const hidden = input.method === 'unannounced';
    await insertInspection(
      tx,
      {
        id,
        method: input.method,
        inspected_on: input.inspectedOn,
        unit_id: input.unitId,
        place: input.place,
        summary: input.summary,
        verdict: input.verdict,
        hidden: hidden ? 1 : 0,
        disclosed_at: null,
        disclosed_by: null,
        created_by: user.id,
        created_at: now,
        updated_at: now,
        version: 1,
      },
      input.itemIds,
      inspectorIds,
      input.findings.map((f, i) => ({
        id: newId(),
        inspection_id: id,
        text: f.text,
        item_id: f.itemId,
        rectification_item_id: null,
        notice_id: null,
        sort_order: i,
      })),
    );
    if (input.visitId) {
      // After the inspection row exists (the visit names it); a visit recorded meanwhile is refused.
      const res = await tx.db
        .updateTable('plan_visits')
        .set({ inspection_id: id })
        .where('id', '=', input.visitId)
        .where('inspection_id', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1)
        throw fieldError(
          'conflict',
          'visitId',
          '该计划走访已记录结果',
          'this planned visit has already been recorded',
        );
    }
    for (const itemId of input.itemIds)
      await appendItemEvent(tx, {
        itemId,
        kind: 'inspected',
        unitId: input.unitId,
        restricted: hidden,
        payload: {
          inspectionId: id,
          method: input.method,
          verdict: input.verdict,
          summary: `${INSPECTION_METHOD_LABELS[input.method].zh}：${short(input.summary)}`,
        },
      });
    await appendAudit(tx, {
      action: 'inspection.record',
      entity: 'inspection',
      entityId: id,
      outcome: 'success',
      after: {
        method: input.method,
        inspectedOn: input.inspectedOn,
        unitId: input.unitId,
        itemIds: input.itemIds,
        inspectorIds,
        verdict: input.verdict,
        findings: input.findings.length,
        visitId: input.visitId,
      },
    });
  });
  return getInspection(ctx, id);
}

/** Edits the record's text, day and findings under the version check; findings made items stay. */
export async function updateInspection(ctx: Ctx, id: string, raw: InspectionUpdate): Promise<InspectionOut> {
  authorize(ctx, 'inspection.write');
  const input = InspectionUpdate.parse(raw);
  const scope = inspectionScope(ctx);
  await inTransaction(ctx, async (tx) => {
    const before = await findInspection(tx, scope, id);
    if (!before) throw notFound();
    if (Number(before.version) !== input.version) throw staleVersion();
    if (input.inspectedOn && input.inspectedOn > todayOf(tx))
      throw fieldError(
        'rule_violation',
        'inspectedOn',
        '督察日期不能晚于今天',
        'the inspection day cannot be in the future',
      );
    const itemIds = (
      await tx.db.selectFrom('inspection_items').select('item_id').where('inspection_id', '=', id).execute()
    ).map((r) => r.item_id);
    if (input.findings) {
      const stray = findingsOutside(input.findings, itemIds);
      if (stray >= 0)
        throw fieldError(
          'rule_violation',
          `findings.${stray}.itemId`,
          '发现问题所涉事项须为本次督察的事项',
          'a finding can only concern an item this inspection covers',
        );
    }
    const values = {
      ...(input.inspectedOn ? { inspected_on: input.inspectedOn } : {}),
      ...(input.place !== undefined ? { place: input.place } : {}),
      ...(input.summary ? { summary: input.summary } : {}),
      ...(input.verdict ? { verdict: input.verdict } : {}),
      updated_at: tx.now.toISOString(),
    };
    if (!(await updateInspectionIfVersion(tx, id, input.version, values))) throw staleVersion();
    if (input.inspectedOn)
      await tx.db
        .updateTable('inspection_items')
        .set({ inspected_on: input.inspectedOn })
        .where('inspection_id', '=', id)
        .execute();
    if (input.findings)
      await replaceFindings(
        tx,
        id,
        input.findings.map((f) => ({ id: f.id ?? newId(), text: f.text, item_id: f.itemId })),
      );
    await appendAudit(tx, {
      action: 'inspection.update',
      entity: 'inspection',
      entityId: id,
      outcome: 'success',
      before: {
        inspectedOn: before.inspected_on,
        place: before.place,
        summary: before.summary,
        verdict: before.verdict,
      },
      after: { ...values, findings: input.findings?.length },
    });
  });
  return getInspection(ctx, id);
}

/**
 * Discloses an unannounced inspection to the inspected unit: from now on it
 * shows in the unit's lists and counts, and its timeline entries open.
 */
export async function discloseInspection(
  ctx: Ctx,
  id: string,
  raw: { version: number },
): Promise<InspectionOut> {
  const user = authorize(ctx, 'inspection.write');
  const input = DiscloseInput.parse(raw);
  const scope = inspectionScope(ctx);
  await inTransaction(ctx, async (tx) => {
    const before = await findInspection(tx, scope, id);
    if (!before) throw notFound();
    if (before.hidden !== 1)
      throw fieldError(
        'invalid_transition',
        'status',
        '只有尚未告知的暗访可以告知被督察单位',
        'only an undisclosed unannounced inspection can be disclosed',
      );
    const now = tx.now.toISOString();
    if (
      !(await updateInspectionIfVersion(tx, id, input.version, {
        hidden: 0,
        disclosed_at: now,
        disclosed_by: user.id,
        updated_at: now,
      }))
    )
      throw staleVersion();
    const itemIds = (
      await tx.db.selectFrom('inspection_items').select('item_id').where('inspection_id', '=', id).execute()
    ).map((r) => r.item_id);
    if (itemIds.length) {
      // The entries this inspection wrote restricted (ids are UUIDs: no LIKE wildcards in them).
      await tx.db
        .updateTable('item_events')
        .set({ restricted: 0 })
        .where('item_id', 'in', itemIds)
        .where('kind', 'in', ['inspected', 'rectification_ordered'])
        .where('payload', 'like', `%"inspectionId":"${id}"%`)
        .execute();
      for (const itemId of itemIds)
        await appendItemEvent(tx, {
          itemId,
          kind: 'inspection_disclosed',
          unitId: before.unit_id,
          payload: {
            inspectionId: id,
            summary: `${before.inspected_on} ${INSPECTION_METHOD_LABELS.unannounced.zh}`,
          },
        });
    }
    await appendAudit(tx, {
      action: 'inspection.disclose',
      entity: 'inspection',
      entityId: id,
      outcome: 'success',
      before: { hidden: true },
      after: { hidden: false, disclosedAt: now },
    });
  });
  return getInspection(ctx, id);
}
