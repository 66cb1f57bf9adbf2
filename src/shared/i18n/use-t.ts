/** `useT()`: the catalogue in the page's language, plus pickers for data that carries zh/en texts. */
import { useMemo } from 'react';
import { CATALOGUE, type Lang, type MessageKey, type Messages } from './catalogue';
import { useLangStore } from './lang-store';

type Args<K extends MessageKey> = Messages[K] extends (...a: infer A) => string ? A : [];

export interface Translator {
  lang: Lang;
  /** The other language of the pair (for a subtitle's lang attribute, the language switch). */
  otherLang: Lang;
  t: <K extends MessageKey>(key: K, ...args: Args<K>) => string;
  /** A data text that comes as a zh/en pair (names, definitions, caveats). */
  pick: (zh: string, en: string) => string;
  /** The text in the other language, e.g. a subtitle. */
  other: (zh: string, en: string) => string;
}

export function translator(lang: Lang): Translator {
  const messages = CATALOGUE[lang];
  return {
    lang,
    otherLang: messages['lang.other'] as Lang,
    t: (key, ...args) => {
      const m = messages[key] as string | ((...a: unknown[]) => string) | undefined;
      // A feature key whose messages module was never imported: fail loudly (the page's
      // error boundary shows this) rather than print "undefined".
      if (m === undefined)
        throw new Error(`Message "${key}" is not loaded: its page must import its shared/i18n/messages module`);
      return typeof m === 'function' ? m(...args) : m;
    },
    pick: (zh, en) => (lang === 'zh' ? zh : en),
    other: (zh, en) => (lang === 'zh' ? en : zh),
  };
}

export function useT(): Translator {
  const lang = useLangStore((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}
