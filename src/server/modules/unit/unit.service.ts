import type { UnitKind } from '../../../core/enums.js';
import { UnitInput, type UnitOut, UnitUpdate } from '../../../core/schemas/unit.js';
import { type Ctx, inTransaction } from '../../context.js';
import { int } from '../../db/schema.js';
import { expectVersion, updateIfVersion } from '../../db/versioned.js';
import { fieldError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { authorize } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { refreshUnitItemsSearch } from '../item/item.unit-names.js';
import { assertVisible, lookAlike } from './unit.names.js';
import { allUnitNames, findUnit, findUnitByName, insertUnit, listUnits, toUnitOut } from './unit.repo.js';

export async function getUnit(ctx: Ctx, id: string): Promise<UnitOut> {
  authorize(ctx, 'unit.read');
  const row = await findUnit(ctx, id);
  if (!row) throw notFound();
  return toUnitOut(row);
}

export async function searchUnits(
  ctx: Ctx,
  q: { q?: string; kind?: UnitKind; includeArchived?: boolean; page: number; pageSize: number },
) {
  authorize(ctx, 'unit.read');
  const { rows, total } = await listUnits(ctx, {
    ...q,
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  });
  return { items: rows.map(toUnitOut), total };
}

async function checkParent(ctx: Ctx, parentId: string | null, selfId?: string) {
  if (!parentId) return;
  // Walk up: the parent must exist and must not be the unit itself or one of its descendants.
  let cursor: string | null = parentId;
  for (let depth = 0; cursor && depth < 20; depth++) {
    if (cursor === selfId)
      throw fieldError(
        'rule_violation',
        'parentId',
        '上级单位不能是本单位或其下级',
        'a unit cannot be its own ancestor',
      );
    const parent = await findUnit(ctx, cursor);
    if (!parent) throw fieldError('validation', 'parentId', '上级单位不存在', 'no such parent unit');
    cursor = parent.parent_id;
  }
}

/**
 * The name must be free, and not a look-alike of another unit's (the same
 * but for traditional characters, full-width forms or spaces): assignments,
 * rankings and scoping go by unit, and two 区环保局 would split one unit's work.
 */
async function checkNameFree(ctx: Ctx, name: string, selfId?: string) {
  const other = await findUnitByName(ctx, name);
  if (other && other.id !== selfId)
    throw fieldError('conflict', 'name', '单位名称已存在', 'a unit with this name exists');
  const similar = lookAlike(name, await allUnitNames(ctx), selfId);
  if (similar)
    throw fieldError(
      'conflict',
      'name',
      `与已有单位「${similar.name}」实为同名（仅繁简、全半角或空格不同）`,
      `the same name as the unit "${similar.name}" but for traditional, full-width or spaced characters`,
    );
}

function checkVisible(input: { name?: string; shortName?: string | null; aliases?: string[] }) {
  assertVisible('name', input.name);
  assertVisible('shortName', input.shortName);
  for (const [i, alias] of (input.aliases ?? []).entries()) assertVisible(`aliases.${i}`, alias);
}

export async function createUnit(ctx: Ctx, raw: UnitInput): Promise<UnitOut> {
  authorize(ctx, 'unit.write');
  const input = UnitInput.parse(raw);
  checkVisible(input);
  return inTransaction(ctx, async (tx) => {
    await checkNameFree(tx, input.name);
    await checkParent(tx, input.parentId);
    const now = tx.now.toISOString();
    const row = {
      id: newId(),
      name: input.name,
      short_name: input.shortName,
      aliases: JSON.stringify(input.aliases),
      kind: input.kind,
      parent_id: input.parentId,
      sort_order: input.sortOrder,
      archived: 0,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await insertUnit(tx, row);
    const out = toUnitOut(row);
    await appendAudit(tx, {
      action: 'unit.create',
      entity: 'unit',
      entityId: row.id,
      outcome: 'success',
      after: out,
    });
    return out;
  });
}

export async function updateUnit(ctx: Ctx, id: string, raw: UnitUpdate): Promise<UnitOut> {
  authorize(ctx, 'unit.write');
  const input = UnitUpdate.parse(raw);
  checkVisible(input);
  return inTransaction(ctx, async (tx) => {
    const row = expectVersion(await findUnit(tx, id), input.version);
    if (input.name !== undefined) await checkNameFree(tx, input.name, id);
    if (input.parentId !== undefined) await checkParent(tx, input.parentId, id);
    const next = {
      ...row,
      ...(input.name !== undefined && { name: input.name }),
      ...(input.shortName !== undefined && { short_name: input.shortName }),
      ...(input.aliases !== undefined && { aliases: JSON.stringify(input.aliases) }),
      ...(input.kind !== undefined && { kind: input.kind }),
      ...(input.parentId !== undefined && { parent_id: input.parentId }),
      ...(input.sortOrder !== undefined && { sort_order: input.sortOrder }),
      ...(input.archived !== undefined && { archived: int(input.archived) }),
      updated_at: tx.now.toISOString(),
      version: row.version + 1,
    };
    await updateIfVersion(tx, 'units', id, input.version, next);
    // Items are found by their units' names (item search text).
    if (next.name !== row.name || next.short_name !== row.short_name || next.aliases !== row.aliases)
      await refreshUnitItemsSearch(tx, id);
    const out = toUnitOut(next);
    await appendAudit(tx, {
      action: 'unit.update',
      entity: 'unit',
      entityId: id,
      outcome: 'success',
      before: toUnitOut(row),
      after: out,
    });
    return out;
  });
}

/**
 * DELETE archives (归档): a unit is never deleted — business records and the history that names them stay
 * readable (issue 13). An archived unit leaves lists and pickers (`includeArchived=true` shows it) and is
 * restored by `PATCH { archived: false }`.
 */
export async function archiveUnit(ctx: Ctx, id: string): Promise<void> {
  authorize(ctx, 'unit.write');
  await inTransaction(ctx, async (tx) => {
    const row = await findUnit(tx, id);
    if (!row) throw notFound();
    if (row.archived) return;
    const next = { ...row, archived: 1, updated_at: tx.now.toISOString(), version: row.version + 1 };
    await updateIfVersion(tx, 'units', id, row.version, next);
    await appendAudit(tx, {
      action: 'unit.archive',
      entity: 'unit',
      entityId: id,
      outcome: 'success',
      before: toUnitOut(row),
      after: toUnitOut(next),
    });
  });
}
