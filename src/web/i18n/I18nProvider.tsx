import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { Lang } from '../../core/labels.js';
import { getLang, storeLang } from './lang-store.js';
import type { MessageKey } from './messages.js';
import { type Translate, translate, type Vars } from './translate.js';

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(getLang);
  const queryClient = useQueryClient();

  const setLang = useCallback(
    (next: Lang) => {
      storeLang(next);
      dayjs.locale(next === 'zh' ? 'zh-cn' : 'en');
      setLangState(next);
      // Light reasons and other server words come in the request's language.
      void queryClient.invalidateQueries();
    },
    [queryClient],
  );

  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key: MessageKey, vars?: Vars) => translate(lang, key, vars) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

/** Shorthand for the translate function of the current language. */
export function useT(): Translate {
  return useI18n().t;
}
