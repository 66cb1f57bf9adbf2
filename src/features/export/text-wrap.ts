/**
 * Line breaking for text drawn into an SVG (which has no automatic wrapping).
 * Chinese breaks between any two characters; Latin text breaks at spaces, and a
 * word longer than the line is cut.
 */
export type MeasureText = (text: string, fontSize: number, bold?: boolean) => number;

/**
 * A width estimate that errs wide (so estimated lines never overflow): CJK and
 * full-width forms 1 em, capitals and digits 0.62 em, other Latin 0.56 em.
 */
export const estimateTextWidth: MeasureText = (text, fontSize, bold = false) => {
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x2e80 || (cp >= 0x1100 && cp <= 0x11ff)) em += 1;
    else if (/[A-Z0-9@%&#WM]/.test(ch)) em += 0.62;
    else if (ch === ' ') em += 0.3;
    else em += 0.56;
  }
  return em * fontSize * (bold ? 1.06 : 1);
};

/** Measures with a canvas in the browser (same font stack as the image); the estimate elsewhere. */
export function canvasTextMeasurer(fontFamily: string, doc: Document | undefined = globalThis.document): MeasureText {
  const ctx =
    typeof OffscreenCanvas !== 'undefined'
      ? new OffscreenCanvas(1, 1).getContext('2d')
      : doc?.createElement('canvas').getContext('2d');
  if (!ctx) return estimateTextWidth;
  return (text, fontSize, bold = false) => {
    ctx.font = `${bold ? '700 ' : ''}${fontSize}px ${fontFamily}`;
    return ctx.measureText(text).width;
  };
}

/** Tokens: a CJK character alone, or a run of non-space non-CJK characters, or spaces. */
function tokens(text: string): string[] {
  return text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/gu) ?? [];
}

/** Chinese line-breaking rules (kinsoku): these never start a line, those never end one. */
const NO_LINE_START = /^[，。、；：！？）》」』】〉”’,.;:!?)\]}%]/;
const NO_LINE_END = /[（《「『【〈“‘([{]$/;

export function wrapText(text: string, maxWidth: number, fontSize: number, measure: MeasureText, bold = false): string[] {
  const fits = (t: string) => measure(t, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const tok of tokens(paragraph)) {
      const space = /^\s+$/.test(tok);
      if (line === '' && space) continue;
      // closing punctuation hangs past the margin rather than starting a line
      if (fits(line + tok) || (line !== '' && NO_LINE_START.test(tok) && tok.length === 1)) {
        line += tok;
        continue;
      }
      // an opening bracket moves down with the text it opens
      let carry = '';
      while (NO_LINE_END.test(line) && line.length > 1) {
        carry = line.slice(-1) + carry;
        line = line.slice(0, -1);
      }
      if (line !== '') lines.push(line.trimEnd());
      line = carry;
      if (carry) {
        if (!space) line += tok;
        continue;
      }
      if (space) continue;
      if (fits(tok)) {
        line = tok;
        continue;
      }
      // a token wider than the line (a long URL or file name): cut it
      for (const ch of tok) {
        if (line !== '' && !fits(line + ch)) {
          lines.push(line);
          line = '';
        }
        line += ch;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
