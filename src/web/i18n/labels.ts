import { useCallback } from 'react';
import { label } from '../../core/labels.js';
import { useI18n } from './I18nProvider.js';

type Table<K extends string> = Record<K, { zh: string; en: string }>;

/** `L(STATUS_LABELS, 'draft')` → `草稿` or `Draft` in the current language. */
export function useLabel(): <K extends string>(table: Table<K>, code: K) => string {
  const { lang } = useI18n();
  return useCallback(<K extends string>(table: Table<K>, code: K) => label(table, code, lang), [lang]);
}
