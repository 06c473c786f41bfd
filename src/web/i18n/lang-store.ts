import type { Lang } from '../../core/labels.js';

/**
 * The UI language outside React: the API client reads it to send
 * `Accept-Language`, so that error messages and light reasons come back in the
 * language on screen. Chinese unless the user chose English (kept in localStorage).
 */
const STORAGE_KEY = 'ducha.lang';

function readStored(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

let current: Lang = readStored();

export function getLang(): Lang {
  return current;
}

export function storeLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

/** The value of the Accept-Language header for the current language. */
export function acceptLanguage(): string {
  return current === 'zh' ? 'zh-CN' : 'en';
}
