import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * What seals the audit chain, kept outside the database so that someone who
 * can write the database alone cannot rewrite history (SECURITY.md AUDIT-2):
 * - the key of the rows' HMAC: `DUCHA_AUDIT_KEY`, or `audit.key` in the data
 *   folder, made (random, mode 0600) on first start;
 * - the head anchor: `audit.head` in the data folder, the last sequence
 *   number and MAC this installation saw committed, so that deleting the
 *   newest rows (or all of them) does not pass for a shorter, intact chain.
 *
 * One per process (a process serves one installation); `setAuditSeal` sets
 * it at start, and without that the first use reads the configuration.
 */
export interface AuditSeal {
  key: Buffer;
  /** Where the head anchor is kept; null keeps none (then truncation goes unseen). */
  anchorFile: string | null;
}

let current: AuditSeal | null = null;

export function setAuditSeal(seal: AuditSeal): void {
  current = seal;
}

export async function auditSeal(): Promise<AuditSeal> {
  if (!current) {
    const { loadConfig } = await import('../../config.js');
    const config = loadConfig();
    current = openAuditSeal(config.dataDir, config.auditKey);
  }
  return current;
}

export const KEY_FILE = 'audit.key';
export const ANCHOR_FILE = 'audit.head';

/** The installation's seal: the given key, or the key file in `dataDir` (created on first use, 0600). */
export function openAuditSeal(dataDir: string, key?: string): AuditSeal {
  fs.mkdirSync(dataDir, { recursive: true });
  return {
    key: key ? Buffer.from(key, 'utf8') : keyFromFile(path.join(dataDir, KEY_FILE)),
    anchorFile: path.join(dataDir, ANCHOR_FILE),
  };
}

function keyFromFile(file: string): Buffer {
  try {
    return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  // `wx`: of two processes starting at once, one writes the key and the other reads it.
  try {
    fs.writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
}

export interface AuditAnchor {
  seq: number;
  mac: string;
  at: string;
}

export function readAnchor(seal: AuditSeal): AuditAnchor | null {
  if (!seal.anchorFile) return null;
  try {
    return JSON.parse(fs.readFileSync(seal.anchorFile, 'utf8')) as AuditAnchor;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Writes the anchor whole or not at all (a new file renamed over the old one). */
export function writeAnchor(seal: AuditSeal, anchor: AuditAnchor): void {
  if (!seal.anchorFile) return;
  const tmp = `${seal.anchorFile}.${process.pid}.${randomBytes(4).toString('hex')}`;
  fs.writeFileSync(tmp, `${JSON.stringify(anchor)}\n`, { mode: 0o600 });
  fs.renameSync(tmp, seal.anchorFile);
}
