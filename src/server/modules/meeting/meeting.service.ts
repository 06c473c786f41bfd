import { analyzeReport } from '../../../core/ingest/propose.js';
import type { ItemInput } from '../../../core/schemas/item.js';
import {
  type AnalysisOut,
  AnalyzeInput,
  ConfirmInput,
  type ConfirmOut,
  type DraftInput,
  type MeetingDetailOut,
  MeetingInput,
  type MeetingOut,
  type MeetingQuery,
  MeetingUpdate,
} from '../../../core/schemas/meeting.js';
import { type Ctx, inTransaction, todayOf } from '../../context.js';
import { expectVersion, updateIfVersion } from '../../db/versioned.js';
import { AppError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { SYSTEM_ACTOR } from '../../system.js';
import { authorize, checkAccess, itemScope } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { createItem } from '../item/item.service.js';
import { ruleSettingsOf } from '../settings/settings.service.js';
import { readDirectory } from './meeting.directory.js';
import {
  countMeetingItems,
  findMeeting,
  findMeetingOfItem,
  insertMeeting,
  insertMeetingItems,
  listMeetingItems,
  listMeetings,
  openDecisions,
  setMeetingArchived,
  toMeetingOut,
} from './meeting.repo.js';

/** The meeting register (会议) and reading its report into draft items. */

async function withCounts(ctx: Ctx, rows: Parameters<typeof toMeetingOut>[0][]): Promise<MeetingOut[]> {
  const counts = await countMeetingItems(
    ctx,
    itemScope(ctx),
    rows.map((r) => r.id),
  );
  return rows.map((r) => toMeetingOut(r, counts.get(r.id) ?? { total: 0, open: 0 }));
}

export async function searchMeetings(ctx: Ctx, q: MeetingQuery) {
  authorize(ctx, 'meeting.read');
  const { rows, total } = await listMeetings(ctx, itemScope(ctx), {
    q: q.q,
    kind: q.kind,
    open: q.open === 'true',
    archived: q.archived === 'true',
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  });
  return { items: await withCounts(ctx, rows), total };
}

export async function getMeeting(ctx: Ctx, id: string): Promise<MeetingDetailOut> {
  authorize(ctx, 'meeting.read');
  const row = await findMeeting(ctx, id);
  if (!row) throw notFound();
  const [out] = await withCounts(ctx, [row]);
  return { ...(out as MeetingOut), items: await listMeetingItems(ctx, itemScope(ctx), id) };
}

export async function createMeeting(ctx: Ctx, raw: MeetingInput): Promise<MeetingOut> {
  const user = authorize(ctx, 'meeting.write');
  const input = MeetingInput.parse(raw);
  return inTransaction(ctx, async (tx) => {
    const now = tx.now.toISOString();
    const row = {
      id: newId(),
      ...input,
      created_by: user.id === SYSTEM_ACTOR.id ? null : user.id,
      created_at: now,
      updated_at: now,
      version: 1,
      archived_at: null,
      archived_by: null,
    };
    await insertMeeting(tx, row);
    const out = toMeetingOut(row, { total: 0, open: 0 });
    await appendAudit(tx, {
      action: 'meeting.create',
      entity: 'meeting',
      entityId: row.id,
      outcome: 'success',
      after: out,
    });
    return out;
  });
}

export async function updateMeeting(ctx: Ctx, id: string, raw: MeetingUpdate): Promise<MeetingOut> {
  authorize(ctx, 'meeting.write');
  const input = MeetingUpdate.parse(raw);
  return inTransaction(ctx, async (tx) => {
    const row = expectVersion(await findMeeting(tx, id), input.version);
    const { version, ...changes } = input;
    const next = {
      ...row,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
      updated_at: tx.now.toISOString(),
      version: row.version + 1,
    };
    await updateIfVersion(tx, 'meetings', id, version, next);
    const [out] = await withCounts(tx, [next]);
    await appendAudit(tx, {
      action: 'meeting.update',
      entity: 'meeting',
      entityId: id,
      outcome: 'success',
      before: toMeetingOut(row, { total: 0, open: 0 }),
      after: out,
    });
    return out as MeetingOut;
  });
}

/**
 * Archives a meeting (归档) instead of deleting it: business records are never deleted (issue 13). It
 * leaves the register and the cockpit (`GET /api/meetings?archived=true` lists them); its items keep their
 * link; `restoreMeeting` puts it back.
 */
export async function archiveMeeting(ctx: Ctx, id: string): Promise<void> {
  const user = authorize(ctx, 'meeting.write');
  await inTransaction(ctx, async (tx) => {
    const row = await findMeeting(tx, id);
    if (!row) throw notFound();
    if (row.archived_at) return;
    await setMeetingArchived(tx, id, {
      at: tx.now.toISOString(),
      by: user.id === SYSTEM_ACTOR.id ? null : user.id,
    });
    await appendAudit(tx, {
      action: 'meeting.archive',
      entity: 'meeting',
      entityId: id,
      outcome: 'success',
      before: toMeetingOut(row, { total: 0, open: 0 }),
    });
  });
}

export async function restoreMeeting(ctx: Ctx, id: string): Promise<void> {
  authorize(ctx, 'meeting.write');
  await inTransaction(ctx, async (tx) => {
    const row = await findMeeting(tx, id);
    if (!row) throw notFound();
    if (!row.archived_at)
      throw new AppError('rule_violation', [{ zh: '该会议未归档', en: 'The meeting is not archived' }]);
    await setMeetingArchived(tx, id, null);
    await appendAudit(tx, {
      action: 'meeting.restore',
      entity: 'meeting',
      entityId: id,
      outcome: 'success',
      after: { title: row.title, date: row.date },
    });
  });
}

/**
 * Reads a report: cleans it, finds the directives, and proposes draft items
 * with the unit directory as dictionary and the ledgers to choose from.
 * Nothing is written.
 */
export async function analyze(ctx: Ctx, raw: AnalyzeInput): Promise<AnalysisOut> {
  authorize(ctx, 'meeting.write');
  const input = AnalyzeInput.parse(raw);
  const [{ units, ledgers }, rules] = await Promise.all([readDirectory(ctx), ruleSettingsOf(ctx)]);
  const t0 = performance.now();
  const result = analyzeReport(input.text, {
    meetingDate: input.meetingDate,
    units,
    ledgers,
    calendar: rules.calendar,
  });
  const ms = performance.now() - t0;
  if (!result.proposals.length)
    throw new AppError('rule_violation', [
      {
        field: 'text',
        zh: '未在文中找到编号的工作要求（如“一是…二是…”“（一）（二）”“1. 2.”），没有可生成的事项',
        en: 'No numbered directives found (一是…二是…, （一）（二）, 1. 2.); there is nothing to propose',
      },
    ]);
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const named = <T extends { unitId: string }>(m: T) => ({ ...m, unitName: nameOf.get(m.unitId) ?? '' });
  return {
    text: result.doc.text,
    paragraphs: result.doc.paragraphs,
    ms,
    proposals: result.proposals.map((p) => ({
      ...p,
      lead: p.lead ? named(p.lead) : null,
      cooperating: p.cooperating.map(named),
    })),
  };
}

/** One draft as the item inputs it stands for: one item, one per unit, or a parent with a sub-item per unit. */
function itemInputs(d: ReturnType<typeof ConfirmInput.parse>['drafts'][number], sourceRef: string) {
  const base: Omit<ItemInput, 'responsibilities'> = {
    ledgerId: d.ledgerId,
    title: d.title,
    source: 'meeting',
    sourceRef,
    goal: d.goal,
    priority: d.priority,
    cadence: d.cadence,
    startDate: d.startDate,
    dueDate: d.dueDate,
    targets: d.targets,
    milestones: d.milestones,
  };
  const resps = (lead: string | null, coop: string[]): ItemInput['responsibilities'] => [
    ...(lead ? [{ unitId: lead, role: 'lead' as const }] : []),
    ...coop.filter((u) => u !== lead).map((unitId) => ({ unitId, role: 'cooperating' as const })),
  ];
  const own = resps(d.leadUnitId, d.cooperatingUnitIds);
  if (d.split === 'none' || !d.splitUnitIds.length)
    return { parent: null, items: [{ ...base, responsibilities: own }] };
  const perUnit = d.splitUnitIds.map((unitId) => ({ ...base, responsibilities: resps(unitId, []) }));
  if (d.split === 'per_unit') return { parent: null, items: perUnit };
  return { parent: { ...base, responsibilities: own }, items: perUnit };
}

/** Field paths of an item's errors, placed under the draft they came from. */
function underDraft(e: unknown, i: number): unknown {
  if (!(e instanceof AppError)) return e;
  return new AppError(
    e.code,
    e.details.map((d) => ({ ...d, field: d.field ? `drafts.${i}.${d.field}` : `drafts.${i}` })),
  );
}

/**
 * Creates the confirmed drafts as draft items linked to the meeting, in one
 * transaction: every item through the item module's own command (codes,
 * derived columns, audit), or none at all.
 */
export async function confirmDrafts(ctx: Ctx, meetingId: string, raw: ConfirmInput): Promise<ConfirmOut> {
  authorize(ctx, 'meeting.write');
  const input = ConfirmInput.parse(raw);
  return inTransaction(ctx, async (tx) => {
    const meeting = await findMeeting(tx, meetingId);
    if (!meeting) throw notFound();
    const sourceRef = `${meeting.date} ${meeting.title}`.slice(0, 200);
    const created: ConfirmOut['created'] = [];
    const links: { item_id: string; directive_no: number | null; directive_text: string | null }[] = [];
    for (const [i, d] of input.drafts.entries()) {
      const { parent, items } = itemInputs(d, sourceRef);
      const link = (id: string) =>
        links.push({
          item_id: id,
          directive_no: d.directiveNo ?? null,
          directive_text: d.directiveText ?? null,
        });
      try {
        let parentId: string | null = null;
        if (parent) {
          const p = await createItem(tx, parent, { splitParent: true });
          parentId = p.id;
          created.push({ id: p.id, code: p.code, title: p.title, parentId: null });
          link(p.id);
        }
        for (const item of items) {
          const c = await createItem(tx, { ...item, parentId });
          created.push({ id: c.id, code: c.code, title: c.title, parentId });
          link(c.id);
        }
      } catch (e) {
        throw underDraft(e, i);
      }
    }
    const now = tx.now.toISOString();
    await insertMeetingItems(
      tx,
      links.map((l) => ({ ...l, meeting_id: meetingId, created_at: now })),
    );
    if (input.text && !meeting.minutes)
      await updateIfVersion(tx, 'meetings', meetingId, meeting.version, {
        minutes: input.text,
        updated_at: now,
        version: meeting.version + 1,
      });
    await appendAudit(tx, {
      action: 'meeting.confirm',
      entity: 'meeting',
      entityId: meetingId,
      outcome: 'success',
      after: { items: created.map((c) => c.code) },
    });
    return { created };
  });
}

/** The meeting an item came from: whoever may read the item sees where it came from (an unreachable item is not found). */
export async function meetingOfItem(ctx: Ctx, itemId: string) {
  await checkAccess(ctx, 'item.read', [itemId]);
  const row = await findMeetingOfItem(ctx, itemScope(ctx), itemId);
  return row
    ? { meetingId: row.id, title: row.title, date: row.date, kind: row.kind, directiveNo: row.directive_no }
    : null;
}

export async function openMeetingDecisions(ctx: Ctx, limit = 10) {
  authorize(ctx, 'meeting.read');
  return openDecisions(ctx, itemScope(ctx), todayOf(ctx), limit);
}

export type { DraftInput };
