import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { cleanFileName, IMAGE_MIMES, nameForContent, sniffMime } from '../../../core/files.js';
import { photoDating } from '../../../core/inspection.js';
import { type EvidenceOut, EvidenceUpdate } from '../../../core/schemas/inspection.js';
import { type Ctx, inTransaction } from '../../context.js';
import type { EvidenceOwnerKind, EvidenceTable } from '../../db/schema.js';
import { AppError, notFound, staleVersion } from '../../errors.js';
import { newId } from '../../ids.js';
import { authorize } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { maxUploadBytes, storageOf, thumbnailOf } from '../file/file.service.js';
import { readPhotoFacts } from './exif.js';
import {
  assessmentScope,
  inspectionScope,
  visibleAssessment,
  visibleInspectionIds,
} from './inspection.scope.js';

/**
 * Evidence of field work: photos and files of an inspection or assessment.
 * The original is stored byte for byte under a server-made key with its
 * SHA-256 and is never replaced — an edit changes only what the inspector
 * says about it (address, caption); the kind is judged by the content (a file
 * whose content lies about its type is refused); EXIF capture time and GPS
 * are read once at upload; images get a thumbnail when the library can draw
 * them (HEIC usually not: it is kept, shown as a placeholder).
 */

type EvidenceRow = EvidenceTable & { created_by_name: string | null; day: string };

/** Evidence rows the user reaches, each with the day it is dated against (inspection or assessment day). */
function scoped(ctx: Ctx) {
  const ins = inspectionScope(ctx);
  const asg = assessmentScope(ctx);
  return ctx.db
    .selectFrom('evidence as e')
    .leftJoin('users as u', 'u.id', 'e.created_by')
    .leftJoin('inspections as oi', (j) =>
      j.onRef('oi.id', '=', 'e.owner_id').on('e.owner_kind', '=', 'inspection'),
    )
    .leftJoin('assessments as oa', (j) =>
      j.onRef('oa.id', '=', 'e.owner_id').on('e.owner_kind', '=', 'assessment'),
    )
    .selectAll('e')
    .select((eb) => [
      'u.display_name as created_by_name',
      eb.fn.coalesce('oi.inspected_on', 'oa.assessed_on').as('day'),
    ])
    .where((eb) =>
      eb.or([
        eb.and([
          eb('e.owner_kind', '=', 'inspection'),
          eb('e.owner_id', 'in', visibleInspectionIds(ctx, ins)),
        ]),
        eb.and([
          eb('e.owner_kind', '=', 'assessment'),
          eb(
            'e.owner_id',
            'in',
            eb.selectFrom('assessments as a').select('a.id').where(visibleAssessment(asg)),
          ),
        ]),
      ]),
    );
}

function toOut(r: EvidenceRow): EvidenceOut {
  const dating = photoDating(r.taken_at, String(r.day));
  return {
    id: r.id,
    ownerKind: r.owner_kind,
    ownerId: r.owner_id,
    name: r.name,
    mime: r.mime,
    size: Number(r.size),
    sha256: r.sha256,
    hasThumbnail: !!r.thumbnail_key,
    isImage: (IMAGE_MIMES as readonly string[]).includes(r.mime),
    takenAt: r.taken_at,
    latitude: r.latitude === null ? null : Number(r.latitude),
    longitude: r.longitude === null ? null : Number(r.longitude),
    dating: dating.flag,
    daysBefore: dating.daysBefore,
    address: r.address,
    caption: r.caption,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
    version: Number(r.version),
  };
}

export async function listEvidence(ctx: Ctx, kind: EvidenceOwnerKind, ownerId: string) {
  const rows = (await scoped(ctx)
    .where('e.owner_kind', '=', kind)
    .where('e.owner_id', '=', ownerId)
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute()) as EvidenceRow[];
  return { items: rows.map(toOut), total: rows.length };
}

async function findEvidence(ctx: Ctx, id: string): Promise<EvidenceRow | undefined> {
  return (await scoped(ctx).where('e.id', '=', id).executeTakeFirst()) as EvidenceRow | undefined;
}

/**
 * Stores one uploaded photo or file as evidence of an owner the caller has
 * checked (in scope, writable). The body is read only after that check and
 * never past the size limit. The stored content is removed again if the
 * transaction fails.
 */
export async function storeEvidence(
  ctx: Ctx,
  owner: { kind: EvidenceOwnerKind; id: string },
  read: (maxBytes: number) => Promise<{ name: string; content: Buffer }>,
): Promise<EvidenceOut> {
  const upload = await read(await maxUploadBytes(ctx));
  const mime = sniffMime(upload.content);
  const unsupported = (zh: string, en: string) =>
    new AppError('unsupported_type', [{ field: 'file', zh, en }]);
  if (!mime)
    throw unsupported(
      '只接受图片（JPEG/PNG/GIF/WebP/HEIC）、PDF、Word/Excel 文档和纯文本',
      'only images (JPEG/PNG/GIF/WebP/HEIC), PDF, Word/Excel documents and plain text are accepted',
    );
  const name = nameForContent(cleanFileName(upload.name), mime);
  if (!name) throw unsupported('文件内容与扩展名不符', "the file's content does not match its extension");
  const storage = storageOf(ctx);
  const id = newId();
  const key = `${owner.kind}s/${owner.id}/${id}`;
  const [thumb, facts] = await Promise.all([
    thumbnailOf(upload.content, mime),
    readPhotoFacts(upload.content, mime),
  ]);
  const thumbKey = thumb ? `${key}.thumb.webp` : null;
  await storage.put(key, upload.content);
  try {
    if (thumb && thumbKey) await storage.put(thumbKey, thumb);
    const row: EvidenceTable = {
      id,
      owner_kind: owner.kind,
      owner_id: owner.id,
      name,
      mime,
      size: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      storage_key: key,
      thumbnail_key: thumbKey,
      taken_at: facts.takenAt,
      latitude: facts.latitude,
      longitude: facts.longitude,
      address: null,
      caption: null,
      created_by: ctx.user?.id ?? null,
      created_at: ctx.now.toISOString(),
      version: 1,
    };
    await inTransaction(ctx, async (tx) => {
      await tx.db.insertInto('evidence').values(row).execute();
      await appendAudit(tx, {
        action: 'evidence.upload',
        entity: 'evidence',
        entityId: id,
        outcome: 'success',
        after: {
          owner: `${owner.kind}:${owner.id}`,
          name,
          mime,
          size: row.size,
          sha256: row.sha256,
          takenAt: row.taken_at,
          latitude: row.latitude,
          longitude: row.longitude,
        },
      });
    });
    const stored = await findEvidence(ctx, id);
    if (!stored) throw notFound();
    return toOut(stored);
  } catch (e) {
    await storage.delete(key).catch(() => false);
    if (thumbKey) await storage.delete(thumbKey).catch(() => false);
    throw e;
  }
}

/** The original (byte for byte) or the thumbnail; 404 alike for missing and out of scope. */
export async function openEvidence(
  ctx: Ctx,
  id: string,
  which: 'original' | 'thumbnail',
): Promise<{ name: string; stream: Readable; mime: string; size: number | null }> {
  const row = await findEvidence(ctx, id);
  if (!row) throw notFound();
  const key = which === 'original' ? row.storage_key : row.thumbnail_key;
  if (!key) throw notFound();
  const stream = await storageOf(ctx).get(key);
  if (!stream) throw notFound();
  return {
    name: row.name,
    stream,
    mime: which === 'original' ? row.mime : 'image/webp',
    size: which === 'original' ? Number(row.size) : null,
  };
}

/** The inspector's words on a photo (address typed on site, caption); the content stays as uploaded. */
export async function annotateEvidence(
  ctx: Ctx,
  id: string,
  raw: { version: number; address?: string | null; caption?: string | null },
): Promise<EvidenceOut> {
  const input = EvidenceUpdate.parse(raw);
  const row = await findEvidence(ctx, id);
  if (!row) throw notFound();
  authorize(ctx, row.owner_kind === 'inspection' ? 'inspection.write' : 'assessment.write');
  const values = {
    ...(input.address !== undefined ? { address: input.address } : {}),
    ...(input.caption !== undefined ? { caption: input.caption } : {}),
  };
  await inTransaction(ctx, async (tx) => {
    const res = await tx.db
      .updateTable('evidence')
      .set({ ...values, version: input.version + 1 })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw staleVersion();
    await appendAudit(tx, {
      action: 'evidence.annotate',
      entity: 'evidence',
      entityId: id,
      outcome: 'success',
      before: { address: row.address, caption: row.caption },
      after: values,
    });
  });
  return toOut((await findEvidence(ctx, id)) as EvidenceRow);
}
