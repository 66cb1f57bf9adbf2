/**
 * Cuts a few lines of seed text around a provenance item and splits them so the
 * quote (or the figure inside it) can be highlighted — as text segments, never HTML.
 */
import type { Provenance } from '../../model/schema';

export interface ContextLine {
  n: number;
  segments: { text: string; mark: boolean }[];
}

export function seedContext(seedText: string, p: Provenance, around = 3): ContextLine[] {
  const lines = seedText
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const end = p.lineEnd ?? p.line;
  const from = Math.max(1, p.line - around);
  const to = Math.min(lines.length, end + around);
  const highlight = p.figure ?? p.quote;
  // locate the quote within its lines, then the highlight within the quote
  const block = lines.slice(p.line - 1, end).join('\n');
  const quoteAt = block.indexOf(p.quote);
  const markStart = quoteAt < 0 ? -1 : quoteAt + Math.max(0, p.quote.indexOf(highlight));
  const markEnd = markStart < 0 ? -1 : markStart + (p.quote.includes(highlight) ? highlight.length : p.quote.length);
  const out: ContextLine[] = [];
  let offset = 0; // offset within block for lines p.line..end
  for (let n = from; n <= to; n++) {
    const text = lines[n - 1] ?? '';
    if (n < p.line || n > end || markStart < 0) {
      out.push({ n, segments: [{ text, mark: false }] });
      continue;
    }
    const s = Math.max(0, markStart - offset);
    const e = Math.min(text.length, markEnd - offset);
    const segments =
      s < e
        ? [
            { text: text.slice(0, s), mark: false },
            { text: text.slice(s, e), mark: true },
            { text: text.slice(e), mark: false },
          ]
        : [{ text, mark: false }];
    out.push({ n, segments: segments.filter((seg) => seg.text.length > 0) });
    offset += text.length + 1;
  }
  return out;
}
