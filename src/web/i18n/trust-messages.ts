/** Words of archiving instead of deleting (归档, issue 13), spread into `messages.ts`. */
export const TRUST_ZH = {
  'trust.archiveDraft': '归档草稿',
  'trust.archiveConfirm': '归档后该草稿不再出现在列表和统计中，可随时在“已归档”中查看并恢复。确认归档？',
  'trust.archive': '归档',
  'trust.archivedDone': '已归档，可恢复',
};

export const TRUST_EN: Record<keyof typeof TRUST_ZH, string> = {
  'trust.archiveDraft': 'Archive draft',
  'trust.archiveConfirm':
    'An archived draft leaves lists and counts; it stays readable under “archived” and can be restored. Archive it?',
  'trust.archive': 'Archive',
  'trust.archivedDone': 'Archived; it can be restored',
};
