import { z } from 'zod';
import { Id } from './common.js';

/** One problem of an imported row, at its cell (`G7`), worded in the request's language. */
export const ImportProblem = z.object({
  cell: z.string().nullable(),
  column: z.string().nullable(),
  message: z.string(),
  /** "Did you mean": names from the unit directory and its aliases. */
  suggestions: z.array(z.string()).optional(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export const IMPORT_ACTIONS = ['create', 'update', 'unchanged', 'error', 'skipped'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

export const ImportRowOut = z.object({
  /** The row of the sheet; 一事一表: the sheet's place in the workbook. */
  row: z.number().int(),
  /** 一事一表: the sheet the item was read from. */
  sheet: z.string().optional(),
  action: z.enum(IMPORT_ACTIONS),
  code: z.string().nullable(),
  title: z.string().nullable(),
  errors: z.array(ImportProblem),
  warnings: z.array(ImportProblem),
});
export type ImportRowOut = z.infer<typeof ImportRowOut>;

export const ImportPreview = z.object({
  /** SHA-256 of the file: confirmation names it, so what is applied is exactly what was previewed. */
  fileHash: z.string(),
  ledgerId: Id,
  /** One row per item, or one sheet per item (一事一表), recognised from the file. */
  layout: z.enum(['rows', 'perItem']),
  sheetName: z.string(),
  /** The columns recognised, with the words that headed them. */
  columns: z.array(z.object({ column: z.string(), header: z.string(), kind: z.string() })),
  otherSheets: z.array(z.string()),
  rows: z.array(ImportRowOut),
  counts: z.object({
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    error: z.number().int(),
    skipped: z.number().int(),
  }),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportQuery = z.object({ ledgerId: Id });

export const ImportConfirm = z.object({
  ledgerId: Id,
  fileHash: z.string().regex(/^[0-9a-f]{64}$/),
});

export const ImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Ids of the items created (as drafts) and updated. */
  itemIds: z.array(z.string()),
});
export type ImportResult = z.infer<typeof ImportResult>;
