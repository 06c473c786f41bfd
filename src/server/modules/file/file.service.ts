import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import sharp from 'sharp';
import { cleanFileName, type FileMime, IMAGE_MIMES, nameForContent, sniffMime } from '../../../core/files.js';
import type { FileOut } from '../../../core/schemas/file.js';
import { type Ctx, inTransaction } from '../../context.js';
import { AppError, fieldError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import type { FileStorage } from '../../platform/file-storage.js';
import { checkAccess, itemScope } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { readSettings } from '../settings/settings.service.js';
import { appendItemEvent } from '../timeline/timeline.repo.js';
import { type FileRow, findFile, insertFile, listFiles } from './file.repo.js';

/**
 * Attachments (FILE-1 of SECURITY.md): kept under a server-made key beside the
 * database, never under the client's name; the kind judged by the content; a
 * new upload is always a new file (originals are never replaced); images get a
 * thumbnail. Every file belongs to an item and is seen by whoever sees it.
 */

/** Thumbnails fit in this square. */
const THUMBNAIL_SIZE = 320;
/** Images above this many pixels get no thumbnail (a decompression bomb costs memory, not a refusal). */
const MAX_THUMBNAIL_INPUT_PIXELS = 50_000_000;

export function toFileOut(r: FileRow): FileOut {
  return {
    id: r.id,
    itemId: r.item_id,
    ownerKind: r.owner_kind,
    ownerId: r.owner_id,
    name: r.name,
    mime: r.mime,
    size: Number(r.size),
    sha256: r.sha256,
    hasThumbnail: !!r.thumbnail_key,
    createdBy: r.created_by,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
  };
}

/** The request's file storage (evidence of inspections shares it). */
export function storageOf(ctx: Ctx): FileStorage {
  if (!ctx.services) throw new Error('file storage is not available outside requests');
  return ctx.services.files;
}

/** The upload limit in bytes (setting `files.maxMegabytes`). */
export async function maxUploadBytes(ctx: Ctx): Promise<number> {
  return (await readSettings(ctx))['files.maxMegabytes'] * 1024 * 1024;
}

export const tooLarge = (maxBytes: number) =>
  new AppError('too_large', [
    {
      field: 'file',
      zh: `文件不能超过 ${Math.round(maxBytes / 1024 / 1024)} MB`,
      en: `files may be at most ${Math.round(maxBytes / 1024 / 1024)} MB`,
    },
  ]);

/** A small WebP of an image, or null when it is no image or the library cannot draw it. */
export async function thumbnailOf(content: Buffer, mime: FileMime): Promise<Buffer | null> {
  if (!IMAGE_MIMES.includes(mime)) return null;
  try {
    return await sharp(content, { limitInputPixels: MAX_THUMBNAIL_INPUT_PIXELS })
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
  } catch {
    // An image the library cannot draw (HEIC without its codec, a damaged file) is kept without one.
    return null;
  }
}

/**
 * Stores an uploaded file on an item: checks the user may add files and reaches
 * the item, judges the content, cleans the name, stores content and thumbnail,
 * then records the row, its timeline event and the audit row in one
 * transaction. When the transaction fails the stored content is removed again.
 */
export async function uploadFile(
  ctx: Ctx,
  itemId: string,
  read: (maxBytes: number) => Promise<{ name: string; content: Buffer }>,
): Promise<FileOut> {
  // The body is read only once the user may upload to the item, and never past the limit.
  await checkAccess(ctx, 'file.upload', [itemId]);
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
  const key = `items/${itemId}/${id}`;
  const thumb = await thumbnailOf(upload.content, mime);
  const thumbKey = thumb ? `${key}.thumb.webp` : null;
  await storage.put(key, upload.content);
  try {
    if (thumb && thumbKey) await storage.put(thumbKey, thumb);
    const row = {
      id,
      item_id: itemId,
      owner_kind: 'item' as const,
      owner_id: itemId,
      name,
      mime,
      size: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      storage_key: key,
      thumbnail_key: thumbKey,
      created_by: ctx.user?.id ?? null,
      created_at: ctx.now.toISOString(),
    };
    await inTransaction(ctx, async (tx) => {
      await insertFile(tx, row);
      await appendItemEvent(tx, {
        itemId,
        kind: 'file_uploaded',
        unitId: tx.user?.unitId ?? null,
        payload: { fileId: id, name },
      });
      await appendAudit(tx, {
        action: 'file.upload',
        entity: 'file',
        entityId: id,
        outcome: 'success',
        after: { itemId, name, mime, size: row.size, sha256: row.sha256 },
      });
    });
    return toFileOut({ ...row, created_by_name: ctx.user?.displayName ?? null });
  } catch (e) {
    await storage.delete(key).catch(() => false);
    if (thumbKey) await storage.delete(thumbKey).catch(() => false);
    throw e;
  }
}

export async function listItemFiles(ctx: Ctx, itemId: string): Promise<{ items: FileOut[]; total: number }> {
  await checkAccess(ctx, 'item.read', [itemId]);
  const rows = await listFiles(ctx, itemScope(ctx), itemId);
  return { items: rows.map(toFileOut), total: rows.length };
}

/** A file's content to send, with what the headers need; 404 alike for missing and out of scope. */
export async function openFile(
  ctx: Ctx,
  id: string,
  which: 'original' | 'thumbnail',
): Promise<{ file: FileOut; stream: Readable; mime: string; size: number | null }> {
  const row = await findFile(ctx, itemScope(ctx), id);
  if (!row) throw notFound();
  const key = which === 'original' ? row.storage_key : row.thumbnail_key;
  if (!key) throw notFound();
  const stream = await storageOf(ctx).get(key);
  if (!stream) throw notFound();
  return {
    file: toFileOut(row),
    stream,
    mime: which === 'original' ? row.mime : 'image/webp',
    size: which === 'original' ? Number(row.size) : null,
  };
}

/** Files a report or obstacle names must be loose files of the same item; else the field is wrong. */
export function fileClaimError(): AppError {
  return fieldError(
    'rule_violation',
    'fileIds',
    '附件须为本事项上传且未被其他记录使用的文件',
    'attachments must be files uploaded to this item and not used elsewhere',
  );
}
