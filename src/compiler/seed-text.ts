/**
 * A seed file as lines, with exact-text lookups that report 1-based lines.
 * Seeds are read as UTF-8; a BOM is dropped and CRLF/CR line ends are treated
 * as LF so that line numbers match what an editor shows.
 */
import { CompileError } from './errors';

export interface SeedText {
  name: string;
  text: string;
  lines: string[];
  /** Offset of the start of each line in `text`. */
  lineStarts: number[];
}

export interface TextHit {
  /** 1-based line of the first character. */
  line: number;
  lineEnd: number;
  /** Column (0-based, in UTF-16 units) of the first character on its line. */
  column: number;
  offset: number;
}

export function decodeSeed(name: string, bytes: Uint8Array): SeedText {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8Line(bytes);
    throw new CompileError({ file: `seeds/${name}`, line: bad }, 'not valid UTF-8 text');
  }
  return seedFromText(name, text);
}

export function seedFromText(name: string, raw: string): SeedText {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  let at = 0;
  for (const l of lines) {
    lineStarts.push(at);
    at += l.length + 1;
  }
  return { name, text, lines, lineStarts };
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}

export function lineOfOffset(seed: SeedText, offset: number): number {
  let lo = 0;
  let hi = seed.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (seed.lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function hitAt(seed: SeedText, offset: number, length: number): TextHit {
  const line = lineOfOffset(seed, offset);
  return {
    line,
    lineEnd: lineOfOffset(seed, offset + Math.max(length - 1, 0)),
    column: offset - seed.lineStarts[line - 1]!,
    offset,
  };
}

export function findAll(seed: SeedText, needle: string): TextHit[] {
  const hits: TextHit[] = [];
  if (!needle) return hits;
  for (let i = seed.text.indexOf(needle); i !== -1; i = seed.text.indexOf(needle, i + 1)) {
    hits.push(hitAt(seed, i, needle.length));
  }
  return hits;
}

/** Locate literal text that must occur exactly once; otherwise fail naming the rule. */
export function findUnique(seed: SeedText, needle: string, rule: string, what: string): TextHit {
  const hits = findAll(seed, needle);
  if (hits.length !== 1) {
    throw new CompileError(
      { file: `seeds/${seed.name}`, line: hits[0]?.line, rule },
      hits.length === 0
        ? `${what} ${JSON.stringify(needle)} not found`
        : `${what} ${JSON.stringify(needle)} is not unique: found on lines ${hits.map((h) => h.line).join(', ')}`,
    );
  }
  return hits[0]!;
}

/** Text of lines [from, to] (1-based, inclusive) joined by "\n". */
export function linesText(seed: SeedText, from: number, to: number): string {
  return seed.lines.slice(from - 1, to).join('\n');
}
