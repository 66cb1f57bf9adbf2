/**
 * The page language (zustand); mirrored in the URL as `lang=en` (zh is the default).
 * English strings are their own chunk, so switching to English (a click, a link, Back)
 * first loads them, then switches: the page never renders a key that is not there. If
 * the chunk cannot load, the page stays in its language and `failed` says so.
 */
import { create } from 'zustand';
import { isLanguageLoaded, loadLanguage, type Lang } from './catalogue';
import type { UrlBinding } from '../url/binding';

interface LangState {
  /** The language the page renders in: always one whose strings are loaded. */
  lang: Lang;
  /** The language asked for last could not be loaded (its chunk failed). */
  failed: Lang | null;
  setLang: (lang: Lang) => void;
}

/** The language asked for last: the URL keeps it while its strings load, and a late load never overrides a newer choice. */
let wanted: Lang = 'zh';

export const useLangStore = create<LangState>((set, get) => ({
  lang: 'zh',
  failed: null,
  setLang: (lang) => {
    wanted = lang;
    if (isLanguageLoaded(lang)) return set({ lang, failed: null });
    set({ failed: null });
    loadLanguage(lang).then(
      () => wanted === lang && set({ lang, failed: null }),
      () => {
        if (wanted !== lang) return;
        wanted = get().lang; // the URL follows the page back to the language it shows
        set({ failed: lang });
      },
    );
  },
}));

/** The language a URL asks for. */
export const langOf = (params: URLSearchParams): Lang => (params.get('lang') === 'en' ? 'en' : 'zh');

export const langUrl: UrlBinding = {
  read: (params) => useLangStore.getState().setLang(langOf(params)),
  write: (params) => {
    if (wanted === 'en') params.set('lang', 'en');
  },
  subscribe: (listener) => useLangStore.subscribe(listener),
};
