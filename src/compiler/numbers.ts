/**
 * Number tokens as printed in seeds: ASCII or full-width digits, thousands
 * separators, a decimal point, and PDF-extraction accidents such as a stray
 * space after the decimal point ("226,638. 2").
 */
import type { Qualifier } from '../model/schema';

/** One number as printed. Used both to find figures and to re-parse them. */
export const NUMBER_SOURCE = String.raw`[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．] ?[0-9０-９]+)?`;

export function toAsciiDigits(s: string): string {
  return s
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/，/g, ',');
}

/** Parse a printed figure; returns NaN when it is not one whole number token. */
export function parseFigure(printed: string): number {
  const ascii = toAsciiDigits(printed.trim());
  if (!new RegExp(`^${NUMBER_SOURCE}$`).test(ascii)) return Number.NaN;
  return Number(ascii.replace(/,/g, '').replace(/\. /, '.'));
}

/** Multiply by a unit scale without binary noise (1.16 × 1e8 = 116000000, not 115999999.99). */
export function scaleValue(value: number, scale: number): number {
  return Number((value * scale).toPrecision(12));
}

const BEFORE_CUES: [RegExp, Qualifier][] = [
  [/(超过|超|逾|突破|破|多于)\s*$/, 'at_least'],
  [/(将近|近|接近)\s*$/, 'about'],
  [/(约|大约|约为|左右)\s*$/, 'about'],
  [/(不足|不到|低于|少于)\s*$/, 'at_most'],
];
const AFTER_CUES: [RegExp, Qualifier][] = [
  [/^\s*[万亿]?\s*(余|多|\+|＋|以上)/, 'at_least'],
  [/^\s*[万亿]?\s*(左右)/, 'about'],
  // a unit may stand between figure and cue: "70%以上", "5000 人以上", "15%左右"
  [/^\s*[万亿]?\s*(?:%|％|[\u4e00-\u9fa5]{1,3}?)\s*以上/, 'at_least'],
  [/^\s*[万亿]?\s*(?:%|％|[\u4e00-\u9fa5]{1,3}?)\s*左右/, 'about'],
];

/**
 * Read a qualifier from the text just before and after a figure. "达" (reached)
 * is deliberately not a cue: it states an exact figure.
 */
export function detectQualifier(before: string, after: string): Qualifier | undefined {
  const b = before.slice(-4);
  for (const [re, q] of BEFORE_CUES) if (re.test(b)) return q;
  // after the figure a 万/亿 may stand before the cue: "1000 余件", "20万+商户"
  const a = after.slice(0, 8);
  for (const [re, q] of AFTER_CUES) if (re.test(a)) return q;
  return undefined;
}

/** Whether the text contains a cue for the qualifier (used when a rule states it). */
export function hasQualifierCue(text: string, q: Qualifier): boolean {
  if (q === 'exact') return true;
  const cues: Record<Exclude<Qualifier, 'exact'>, RegExp> = {
    at_least: /超过|超|逾|突破|余|多|\+|＋|以上/,
    about: /将近|近|接近|约|左右/,
    at_most: /不足|不到|低于|少于|以下/,
  };
  return cues[q].test(text);
}
