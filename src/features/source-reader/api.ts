/**
 * The source reader's public surface: the link to a seed at a line with its
 * quote highlighted (`#/source/<file>?line=36&end=37&q=<quote>`), and the
 * reading position mirrored from the URL. Other features link here through
 * this file only.
 */
import { create } from 'zustand';
import type { Provenance } from '../../model/schema';
import type { UrlBinding } from '../../shared/url/binding';

/** Where to open a source: the seed, its line(s) and the quote to highlight. */
export type SourceLocation = Pick<Provenance, 'source' | 'line' | 'lineEnd' | 'quote'>;

export interface SourceTarget {
  line: number;
  lineEnd?: number;
  quote?: string;
}

export const useSourceTargetStore = create<{ target: SourceTarget | null }>(() => ({ target: null }));

export function sourcePath(file: string): string {
  return `/source/${file}`;
}

/** The path and query of a source link, for `useLink()`. */
export function sourceLink(at: SourceLocation): [string, Record<string, string | number | undefined>] {
  return [
    sourcePath(at.source),
    { line: at.line, end: at.lineEnd !== undefined && at.lineEnd !== at.line ? at.lineEnd : undefined, q: at.quote },
  ];
}

const positive = (v: string | null) => (v !== null && /^[1-9]\d*$/.test(v) ? Number(v) : undefined);

export const sourceUrl: UrlBinding = {
  read: (params) => {
    const line = positive(params.get('line'));
    const lineEnd = positive(params.get('end'));
    const quote = params.get('q') ?? undefined;
    useSourceTargetStore.setState({ target: line === undefined ? null : { line, lineEnd, quote } });
  },
  write: (params) => {
    const t = useSourceTargetStore.getState().target;
    if (!t) return;
    params.set('line', String(t.line));
    if (t.lineEnd !== undefined) params.set('end', String(t.lineEnd));
    if (t.quote) params.set('q', t.quote);
  },
  subscribe: (listener) => useSourceTargetStore.subscribe(listener),
};
