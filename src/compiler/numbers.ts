/**
 * Number tokens as printed in seeds: ASCII or full-width digits, thousands
 * separators, a decimal point, and PDF-extraction accidents such as a stray
 * space after the decimal point ("226,638. 2").
 *
 * A thousands separator only counts between a first group of 1–3 digits and
 * groups of exactly three ("2,785", "１，２３４"). A full-width comma after ASCII
 * digits ends a clause ("人1031，100%签订") and is never a separator.
 */
import type { Qualifier } from '../model/schema';
import { qualifierCues, type QualifierCue } from './vocabulary';

const D = '[0-9]';
const FD = '[０-９]';
const ANY_D = '[0-9０-９]';
const FRACTION = String.raw`(?:[.．] ?${ANY_D}+)?`;
const INTEGER = `(?:${D}{1,3}(?:,${D}{3}(?!${ANY_D}))+|${FD}{1,3}(?:[,，]${FD}{3}(?!${ANY_D}))+|${ANY_D}+)`;

/** One number as printed. Used both to find figures and to re-parse them. */
export const NUMBER_SOURCE = `${INTEGER}${FRACTION}`;

/**
 * In prose a space may separate thousands ("人2 785"): rules read such a
 * figure whole. Tables never do, since there spaces separate cells.
 */
const SPACE_GROUPED = `${D}{1,3}(?:[ \\u00a0\\u2009\\u202f]${D}{3}(?![0-9０-９.．,，]))+`;
export const PROSE_NUMBER_SOURCE = `(?:${SPACE_GROUPED}|${NUMBER_SOURCE})`;

/** A number never starts inside another: keeps matching linear on long digit runs. */
export const NUMBER_START = '(?<![0-9０-９.．])';

export function toAsciiDigits(s: string): string {
  return s
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/，/g, ',');
}

const WHOLE_FIGURE = new RegExp(`^(?:${PROSE_NUMBER_SOURCE})$`);

/** Parse a printed figure; returns NaN when it is not one whole number token. */
export function parseFigure(printed: string): number {
  const trimmed = printed.trim();
  if (!WHOLE_FIGURE.test(trimmed)) return Number.NaN;
  return Number(
    toAsciiDigits(trimmed)
      .replace(/[,\u00a0\u2009\u202f]/g, '')
      .replace(/ (?=\d{3})/g, '')
      .replace(/\. /, '.'),
  );
}

/** Multiply by a unit scale without binary noise (1.16 × 1e8 = 116000000, not 115999999.99). */
export function scaleValue(value: number, scale: number): number {
  return Number((value * scale).toPrecision(12));
}

const isAscii = (s: string) => /^[\x20-\x7e]+$/.test(s);

function cuesAt(position: QualifierCue['position']): QualifierCue[] {
  return qualifierCues()
    .filter((c) => c.position === position)
    .sort((a, b) => b.text.length - a.text.length);
}

/** Text ends with the cue (an ASCII cue only as a whole word). */
function endsWithCue(text: string, cue: string): boolean {
  const t = text.replace(/\s+$/, '');
  if (isAscii(cue)) return new RegExp(`(?:^|[^A-Za-z])${escapeRegExp(cue)}$`, 'i').test(t);
  return t.endsWith(cue);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Read a qualifier from the text just before and after a figure, with the cues
 * in data/vocabulary/qualifiers.json; the longest cue wins ("不超过" is
 * at_most, not the "超" inside it). "达" (reached) is deliberately not a cue.
 */
export function detectQualifier(before: string, after: string): Qualifier | undefined {
  const b = before.slice(-16);
  for (const c of cuesAt('before')) if (endsWithCue(b, c.text)) return c.qualifier;
  // after the figure a 万/亿 may stand before the cue: "1000 余件", "20万+商户"
  const a = after.slice(0, 10);
  for (const c of cuesAt('after'))
    if (new RegExp(`^\\s*[万亿]?\\s*${escapeRegExp(c.text)}`, isAscii(c.text) ? 'i' : '').test(a)) return c.qualifier;
  // a unit may stand between figure and cue: "70%以上", "5000 人以下", "15%左右"
  for (const c of cuesAt('after_unit'))
    if (new RegExp(`^\\s*[万亿]?\\s*(?:%|％|[\\u4e00-\\u9fa5]{1,3}?)?\\s*${escapeRegExp(c.text)}`).test(a)) return c.qualifier;
  return undefined;
}

/**
 * The qualifiers the text carries a cue for. Cues inside a longer cue do not
 * count on their own: "不超过" gives at_most only.
 */
export function qualifierCuesIn(text: string): Set<Qualifier> {
  const all = [...qualifierCues()].sort((a, b) => b.text.length - a.text.length);
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const found = new Set<Qualifier>();
  for (const c of all) {
    const re = new RegExp(isAscii(c.text) ? `(?<![A-Za-z])${escapeRegExp(c.text)}(?![A-Za-z])` : escapeRegExp(c.text), 'gi');
    for (const m of text.matchAll(re)) {
      const span = taken.slice(m.index, m.index + c.text.length);
      if (span.some(Boolean)) continue;
      for (let i = m.index; i < m.index + c.text.length; i++) taken[i] = true;
      found.add(c.qualifier);
    }
  }
  return found;
}

/** Whether the text contains a cue for the qualifier (used when a rule states it). */
export function hasQualifierCue(text: string, q: Qualifier): boolean {
  return q === 'exact' || qualifierCuesIn(text).has(q);
}
