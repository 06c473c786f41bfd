import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What a stored file is, without reading it. */
export interface FileStat {
  size: number;
  modifiedAt: Date;
}

/**
 * Where attachments (report files, inspection photos, exported documents) are
 * kept, by key. Keys are chosen by the server (e.g. `items/<id>/<fileId>`),
 * never taken verbatim from a client: a storage refuses any key that could
 * step outside its root.
 */
export interface FileStorage {
  /** Stores the content under the key, replacing what was there; resolves when it is durable. */
  put(key: string, content: Readable | Uint8Array | string): Promise<FileStat>;
  /** The content as a stream, or null when there is no such file. */
  get(key: string): Promise<Readable | null>;
  stat(key: string): Promise<FileStat | null>;
  /** Removes the file; false when there was none. */
  delete(key: string): Promise<boolean>;
}

/** Key segments: letters, digits, `_`, `-`, `.`; never `.` or `..` alone; at most 16 segments, 512 characters. */
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$/;

export class InvalidFileKeyError extends Error {
  constructor(key: string) {
    super(`invalid file key: ${JSON.stringify(key)}`);
    this.name = 'InvalidFileKeyError';
  }
}

/** The key's segments, or an error: the only gate between a key and a path on disk. */
export function fileKeySegments(key: string): string[] {
  const segments = key.split('/');
  if (key.length > 512 || segments.length > 16 || !segments.every((s) => SEGMENT.test(s) && !/^\.+$/.test(s)))
    throw new InvalidFileKeyError(key);
  return segments;
}

/**
 * Files in a local folder (`DUCHA_DATA_DIR/files`), one file per key. A put
 * writes a temporary file, syncs it and renames it over the target, so a
 * reader never sees half a file and a crash leaves the old content.
 */
export class LocalFileStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    const full = path.join(this.root, ...fileKeySegments(key));
    // The segment rule already forbids escaping; this guards the rule itself.
    if (!full.startsWith(this.root + path.sep)) throw new InvalidFileKeyError(key);
    return full;
  }

  async put(key: string, content: Readable | Uint8Array | string): Promise<FileStat> {
    const target = this.pathOf(key);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomUUID()}.part`;
    try {
      const source = content instanceof Readable ? content : Readable.from([Buffer.from(content)]);
      await pipeline(source, fs.createWriteStream(temp, { flags: 'wx' }));
      const handle = await fsp.open(temp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fsp.rename(temp, target);
    } catch (e) {
      await fsp.rm(temp, { force: true });
      throw e;
    }
    return (await this.stat(key)) as FileStat;
  }

  async get(key: string): Promise<Readable | null> {
    const file = this.pathOf(key);
    try {
      // Opening first turns a missing file into null instead of an error event on the stream.
      const handle = await fsp.open(file, 'r');
      return handle.createReadStream();
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  async stat(key: string): Promise<FileStat | null> {
    try {
      const s = await fsp.stat(this.pathOf(key));
      if (!s.isFile()) return null;
      return { size: s.size, modifiedAt: s.mtime };
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      await fsp.unlink(this.pathOf(key));
      return true;
    } catch (e) {
      if (isMissing(e)) return false;
      throw e;
    }
  }
}

function isMissing(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
