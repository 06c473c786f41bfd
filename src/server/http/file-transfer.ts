import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { tooLarge } from '../modules/file/file.service.js';

/**
 * Reads the one file of a multipart upload, never past `maxBytes`: the reader
 * every upload route (item files, inspection evidence) hands its service.
 */
export function readUpload(req: FastifyRequest) {
  return async (maxBytes: number) => {
    if (!req.isMultipart())
      throw new AppError('validation', [
        {
          field: 'file',
          zh: '请以 multipart/form-data 上传文件',
          en: 'upload the file as multipart/form-data',
        },
      ]);
    const part = await req.file({ limits: { fileSize: maxBytes } });
    if (!part) throw new AppError('validation', [{ field: 'file', zh: '缺少文件', en: 'no file' }]);
    try {
      return { name: part.filename ?? '', content: await part.toBuffer() };
    } catch (e) {
      if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
      throw e;
    }
  };
}

/** Headers of every stored file sent back: never sniffed, never run as a page, never cached by a shared cache. */
export function fileHeaders(reply: FastifyReply, mime: string) {
  reply
    .type(mime === 'text/plain' ? 'text/plain; charset=utf-8' : mime)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Security-Policy', "sandbox; default-src 'none'")
    .header('Cache-Control', 'private, no-store');
}
