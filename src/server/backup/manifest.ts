import { createHash, createHmac } from 'node:crypto';
import type { Dialect } from '../db/dialect.js';

/**
 * What a backup folder holds, written last as `manifest.json`: the tables in
 * the order a restore inserts them, every attachment, and a SHA-256 of each
 * file, so that `restore --verify` can tell a complete, unaltered backup from
 * a damaged one without a database.
 */
export interface BackupManifest {
  format: 'ducha-backup';
  version: 1;
  createdAt: string;
  dialect: Dialect;
  /** The newest migration of the backed-up database; a restore needs the same schema. */
  migration: string;
  tables: { name: string; rows: number; file: string; sha256: string }[];
  files: { key: string; size: number; sha256: string }[];
  audit: { lastSeq: number; headMac: string | null; keyCheck: string };
  /** Attachments the database names but the file store lacks (reported, not fatal). */
  missingFiles: string[];
  ms: number;
}

export const MANIFEST_FILE = 'manifest.json';

export const sha256 = () => createHash('sha256');

/**
 * A value that identifies the audit key without revealing it, so that a
 * restore can say "this backup's audit log was sealed with another key".
 */
export function auditKeyCheck(key: Buffer): string {
  return createHmac('sha256', key).update('ducha-backup-key-check').digest('hex').slice(0, 16);
}

/** A row as one line of JSON: bytes and dates made explicit so they come back as they were. */
export function encodeRow(row: Record<string, unknown>): string {
  return JSON.stringify(row, (_key, value) => {
    if (value && typeof value === 'object' && value.type === 'Buffer' && Array.isArray(value.data))
      return { $bytes: Buffer.from(value.data).toString('base64') };
    if (typeof value === 'bigint') return Number(value);
    return value;
  });
}

/** The row a line of a table file holds, with values as the database takes them. */
export function decodeRow(line: string): Record<string, unknown> {
  const row = JSON.parse(line) as Record<string, unknown>;
  for (const [k, v] of Object.entries(row)) {
    if (v && typeof v === 'object') {
      const o = v as { $bytes?: string };
      row[k] = typeof o.$bytes === 'string' ? Buffer.from(o.$bytes, 'base64') : JSON.stringify(v);
    }
  }
  return row;
}
