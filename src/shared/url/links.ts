/** An in-app link that keeps the page language: `#/methodology?v=2&lang=en`. */
import { useLangStore } from '../i18n/lang-store';
import { encodeHash } from './codec';

export function useHref(path: string): string {
  const lang = useLangStore((s) => s.lang);
  const params = new URLSearchParams();
  if (lang === 'en') params.set('lang', 'en');
  return encodeHash({ path, params });
}
