import type { Readable } from 'node:stream';
import type { ImportPreview, ImportResult } from '../../../core/schemas/import.js';
import type { Ctx } from '../../context.js';
import { AppError } from '../../errors.js';
import { authorize } from '../access/policy.js';
import { ledgerRefusal } from '../ledger/ledger.policy.js';
import { applyImport, fileHash, MAX_IMPORT_BYTES, previewImport } from './import.service.js';

/**
 * The web's two steps: the preview keeps the uploaded file (by its hash, per
 * user) so that confirming applies exactly the file that was previewed —
 * the client names the hash, never sends the file again.
 */
const keyOf = (ctx: Ctx, hash: string) => `imports/${ctx.user?.id ?? 'anonymous'}/${hash}.xlsx`;

function storage(ctx: Ctx) {
  if (!ctx.services) throw new Error('imports through HTTP need the file storage');
  return ctx.services.files;
}

export async function previewUpload(ctx: Ctx, ledgerId: string, buf: Buffer): Promise<ImportPreview> {
  const preview = await previewImport(ctx, ledgerId, buf);
  await storage(ctx).put(keyOf(ctx, preview.fileHash), buf);
  return preview;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > MAX_IMPORT_BYTES) throw new AppError('bad_file');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function confirmUpload(ctx: Ctx, ledgerId: string, hash: string): Promise<ImportResult> {
  // Who may import is asked before the stored file: a refusal must not depend on what was uploaded.
  authorize(ctx, 'item.manage');
  const refusal = ledgerRefusal(ctx.user, 'change', ledgerId);
  if (refusal) throw new AppError(refusal);
  const files = storage(ctx);
  const key = keyOf(ctx, hash);
  const stream = await files.get(key);
  const expired = () =>
    new AppError('not_found', [
      {
        field: 'fileHash',
        zh: '预览的文件已不存在，请重新上传',
        en: 'the previewed file is gone; upload it again',
      },
    ]);
  if (!stream) throw expired();
  const buf = await readAll(stream);
  // The stored bytes must still be the previewed ones.
  if (fileHash(buf) !== hash) throw expired();
  const result = await applyImport(ctx, ledgerId, buf);
  await files.delete(key);
  return result;
}
