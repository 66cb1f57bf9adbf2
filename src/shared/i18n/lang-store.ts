/** The page language (zustand); mirrored in the URL as `lang=en` (zh is the default). */
import { create } from 'zustand';
import type { Lang } from './catalogue';
import type { UrlBinding } from '../url/binding';

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const useLangStore = create<LangState>((set) => ({
  lang: 'zh',
  setLang: (lang) => set({ lang }),
}));

export const langUrl: UrlBinding = {
  read: (params) => useLangStore.setState({ lang: params.get('lang') === 'en' ? 'en' : 'zh' }),
  write: (params) => {
    if (useLangStore.getState().lang === 'en') params.set('lang', 'en');
  },
  subscribe: (listener) => useLangStore.subscribe(listener),
};
