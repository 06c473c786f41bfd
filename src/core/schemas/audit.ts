import { z } from 'zod';
import { Paging } from './common.js';

export const AUDIT_OUTCOMES = ['success', 'refused'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** One row of the audit log as the auditor reads it. */
export const AuditOut = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  /** The action in the reader's words (core/audit-words.ts); `action` keeps the raw code. */
  actionText: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  /** The record as people name it — an item by its code and title — when it still exists. */
  entityLabel: z.string().nullable(),
  outcome: z.enum(AUDIT_OUTCOMES),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditOut = z.infer<typeof AuditOut>;

export const AuditQuery = Paging.extend({
  entity: z.string().max(40).optional(),
  entityId: z.string().max(64).optional(),
  actorId: z.string().max(64).optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type AuditQuery = z.input<typeof AuditQuery>;

/** `GET /api/audit/verify`: whether the hash chain is unbroken, and where it breaks. */
export const AuditVerifyOut = z.object({
  rows: z.number(),
  intact: z.boolean(),
  brokenAt: z.number().nullable(),
  /** What is wrong at `brokenAt`: altered, gap, unkeyed, truncated, anchor_mismatch (audit.repo.ts). */
  problem: z.string().nullable(),
  lastSeq: z.number(),
  anchorSeq: z.number().nullable(),
});
export type AuditVerifyOut = z.infer<typeof AuditVerifyOut>;
