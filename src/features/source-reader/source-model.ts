/**
 * Pure model of the source reader: the seed split into lines exactly as the
 * compiler numbers them, every figure located on its line, search matches, and
 * each visible line cut into text pieces carrying their marks — never HTML.
 */
import type { Provenance, SeedCoverage, Status } from '../../model/schema';

/** An observation whose provenance points into this seed, with its labels in the page's language. */
export interface SourceObservation {
  id: string;
  metricName: string;
  periodLabel: string;
  /** The formatted value, or the status label for a value-less observation. */
  valueLabel: string;
  status: Status;
  /** Why the observation is as it is (for garbled figures: what was printed and the plausible reading). */
  note?: string;
  provenance: Provenance[];
  corroborations?: Provenance[];
}

/** A number the compiler's coverage report deliberately ignored: 1-based line, 0-based UTF-16 column, the token, the reason. */
export type IgnoredFigure = SeedCoverage['ignoredTokens'][number];

export type FigureKind = 'value' | 'corroboration' | 'index_claim';

/** One highlighted place in the seed, linked to an observation. */
export interface LocatedFigure {
  key: string;
  observation: SourceObservation;
  kind: FigureKind;
  /** 1-based line where the highlighted text starts. */
  line: number;
  /** Per-line spans (a quote can cross lines). */
  spans: Span[];
  text: string;
}

export interface Span {
  /** 0-based line index. */
  index: number;
  start: number;
  end: number;
}

export interface Match {
  index: number;
  start: number;
  end: number;
}

export function seedLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
}

/**
 * Where `needle` sits in the provenance item's lines (inside its quote), as
 * per-line spans; empty when the quote is not on those lines (a stale seed).
 */
export function locate(lines: string[], p: Pick<Provenance, 'line' | 'lineEnd' | 'quote'>, needle?: string): Span[] {
  const first = p.line - 1;
  const last = (p.lineEnd ?? p.line) - 1;
  if (first < 0 || last >= lines.length || last < first) return [];
  const block = lines.slice(first, last + 1).join('\n');
  const quoteAt = block.indexOf(p.quote);
  if (quoteAt < 0) return [];
  const inQuote = needle === undefined ? -1 : p.quote.indexOf(needle);
  const from = inQuote < 0 ? quoteAt : quoteAt + inQuote;
  const to = from + (inQuote < 0 ? p.quote.length : needle!.length);
  const spans: Span[] = [];
  let offset = 0;
  for (let i = first; i <= last; i++) {
    const len = lines[i]!.length;
    const s = Math.max(from - offset, 0);
    const e = Math.min(to - offset, len);
    if (s < e) spans.push({ index: i, start: s, end: e });
    offset += len + 1;
  }
  return spans;
}

/** Every figure, index claim and corroboration of these observations that lies in this seed. */
export function locateFigures(lines: string[], sourceId: string, observations: SourceObservation[]): LocatedFigure[] {
  const out: LocatedFigure[] = [];
  const add = (o: SourceObservation, p: Provenance, kind: FigureKind, n: number) => {
    if (p.source !== sourceId) return;
    const spans = locate(lines, p, p.figure);
    if (spans.length === 0) return;
    const text = spans.map((s) => lines[s.index]!.slice(s.start, s.end)).join('\n');
    out.push({ key: `${o.id}#${kind}#${n}`, observation: o, kind, line: spans[0]!.index + 1, spans, text });
  };
  for (const o of observations) {
    o.provenance.forEach((p, n) => {
      if (p.role === 'value' && p.figure !== undefined) add(o, p, 'value', n);
      else if (p.role === 'index_claim') add(o, p, 'index_claim', n);
    });
    o.corroborations?.forEach((p, n) => add(o, p, 'corroboration', n));
  }
  return out.sort((a, b) => a.line - b.line || a.spans[0]!.start - b.spans[0]!.start);
}

/** Case-insensitive, literal matches of `query` within each line. */
export function findMatches(lines: string[], query: string): Match[] {
  if (query.length === 0) return [];
  const needle = query.toLocaleLowerCase();
  const out: Match[] = [];
  lines.forEach((line, index) => {
    const hay = line.toLocaleLowerCase();
    // lower-casing can change lengths (e.g. İ); fall back to an exact search then
    const same = hay.length === line.length;
    const text = same ? hay : line;
    const find = same ? needle : query;
    for (let at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + Math.max(find.length, 1))) {
      out.push({ index, start: at, end: at + find.length });
    }
  });
  return out;
}

export interface Piece {
  text: string;
  /** Index into the figures list when this piece is part of a figure. */
  figure?: number;
  quote: boolean;
  /** Index into the matches list when this piece is inside a search match. */
  match?: number;
  ignored?: string;
}

export interface LineMarks {
  figures: { figure: number; span: Span }[];
  quote: Span[];
  matches: { match: number; span: Match }[];
  ignored: { reason: string; start: number; end: number }[];
}

/** Cut one line at every mark boundary; each piece knows which marks cover it. */
export function linePieces(line: string, marks: LineMarks): Piece[] {
  const cuts = new Set<number>([0, line.length]);
  const clamp = (n: number) => Math.min(Math.max(n, 0), line.length);
  const ranges: [number, number][] = [
    ...marks.figures.map((f) => [f.span.start, f.span.end] as [number, number]),
    ...marks.quote.map((q) => [q.start, q.end] as [number, number]),
    ...marks.matches.map((m) => [m.span.start, m.span.end] as [number, number]),
    ...marks.ignored.map((i) => [i.start, i.end] as [number, number]),
  ];
  for (const [s, e] of ranges) {
    cuts.add(clamp(s));
    cuts.add(clamp(e));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    if (s === e) continue;
    const covers = (r: { start: number; end: number }) => r.start <= s && e <= r.end;
    pieces.push({
      text: line.slice(s, e),
      figure: marks.figures.find((f) => covers(f.span))?.figure,
      quote: marks.quote.some(covers),
      match: marks.matches.find((m) => covers(m.span))?.match,
      ignored: marks.ignored.find(covers)?.reason,
    });
  }
  if (pieces.length === 0) pieces.push({ text: '', quote: false });
  return pieces;
}

/** Group marks by 0-based line index, so a visible line finds its own quickly. */
export function indexByLine<T>(items: T[], lineOf: (item: T) => number[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    for (const index of new Set(lineOf(item))) {
      const list = map.get(index);
      if (list) list.push(item);
      else map.set(index, [item]);
    }
  }
  return map;
}
