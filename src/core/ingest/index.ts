export { type CleanDoc, cleanText, type Paragraph } from './clean.js';
export type { LedgerRef } from './ledger.js';
export { type Analysis, type AnalyzeOptions, analyzeReport, type Proposal, titleOf } from './propose.js';
export type { DirectoryUnit } from './units.js';
