/** Kinds of meeting whose decisions become items, with their Chinese and English names. */
export const MEETING_KINDS = ['standing', 'topical', 'progress', 'onsite', 'inspection'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_KIND_LABELS: Record<MeetingKind, { zh: string; en: string }> = {
  standing: { zh: '常务会', en: 'Standing meeting' },
  topical: { zh: '专题会', en: 'Topical meeting' },
  progress: { zh: '推进会', en: 'Progress meeting' },
  onsite: { zh: '现场会', en: 'On-site meeting' },
  inspection: { zh: '督导会', en: 'Supervision meeting' },
};

/** The longest report text read at once: a meeting report is a few thousand characters. */
export const MAX_REPORT_CHARS = 100_000;
/** The largest uploaded file (.txt, .docx, .pdf). */
export const MAX_REPORT_FILE_BYTES = 10 * 1024 * 1024;
