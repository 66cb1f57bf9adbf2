/** An in-app link that keeps the page language: `#/methodology?v=2&lang=en`. */
import { useCallback } from 'react';
import { useLangStore } from '../i18n/lang-store';
import { encodeHash } from './codec';

export function useHref(path: string): string {
  const lang = useLangStore((s) => s.lang);
  const params = new URLSearchParams();
  if (lang === 'en') params.set('lang', 'en');
  return encodeHash({ path, params });
}

/** Builds in-app links that keep the page language, with extra query parameters. */
export function useLink(): (path: string, extra?: Record<string, string | number | undefined>) => string {
  const lang = useLangStore((s) => s.lang);
  return useCallback(
    (path, extra = {}) => {
      const params = new URLSearchParams();
      if (lang === 'en') params.set('lang', 'en');
      for (const [k, v] of Object.entries(extra)) if (v !== undefined) params.set(k, String(v));
      return encodeHash({ path, params });
    },
    [lang],
  );
}
