/**
 * Label-anchored extraction: each rule finds its label (exactly once), then the
 * figure in a window of lines below it (exactly once), and reads the figure's
 * qualifier from the text around it. See data/README.md for the rule format.
 */
import type { Rule } from './input-schema';
import type { ExtractedFigure } from './extracted';
import { CompileError, type Warning } from './errors';
import { NUMBER_START, PROSE_NUMBER_SOURCE, detectQualifier, escapeRegExp, hasQualifierCue } from './numbers';
import { findUnique, linesText, type SeedText } from './seed-text';
import { lookupPrintedUnit, normaliseUnitText, printedUnitsLongestFirst, unitKey } from '../model/units';
import type { Provenance } from '../model/schema';

export function patternRegExp(pattern: string): RegExp {
  const parts = pattern.split('{num}').map(escapeRegExp);
  if (parts.length !== 2) throw new Error(`pattern ${JSON.stringify(pattern)} must hold {num} exactly once`);
  const [before, after] = parts as [string, string];
  // keep whitespace in patterns lenient: PDF text spaces unevenly
  const loose = (s: string) => s.replace(/(\\ |\s)+/g, '\\s*');
  // NUMBER_START: a figure starts where a digit run starts, so "{num}…" never re-scans a long run from every digit
  return new RegExp(`${loose(before)}${NUMBER_START}(${PROSE_NUMBER_SOURCE})(?![0-9０-９])${loose(after)}`, 'g');
}

/**
 * Where the rule's unit is printed in the text as a unit of its own, not as
 * part of a longer unit that means something else ("人" inside "万人" or "人次").
 * Returns the longer units that swallowed every occurrence, when there is no standalone one.
 */
/**
 * Known printed units standing right against the figure: the longest unit the
 * text before ends with ("万人0.2785"), and the longest the text after starts
 * with ("3000人次"). Single-character units are taken only when they stand
 * alone, since they are often the tail or head of a word ("人数", "家庭").
 */
export function adjacentUnit(before: string, after: string): string[] {
  const b = unitKey(before.slice(-24));
  const a = unitKey(after.slice(0, 24));
  const units = printedUnitsLongestFirst();
  const found: string[] = [];
  const pre = units.find((u) => u.length > 1 && b.endsWith(u));
  if (pre) found.push(pre);
  const standsAlone = (u: string) => u.length > 1 || !/^[A-Za-z\u4e00-\u9fa5]/.test(a.slice(u.length));
  const post = units.find((u) => a.startsWith(u) && standsAlone(u) && !/^[A-Za-z]/.test(a.slice(u.length)));
  if (post) found.push(post);
  return found;
}

export function unitOccurrence(text: string, unit: string): { standalone: boolean; swallowedBy: string[] } {
  const hay = unitKey(text);
  const needle = unitKey(unit);
  const meaning = lookupPrintedUnit(needle);
  const swallowedBy = new Set<string>();
  if (!needle) return { standalone: false, swallowedBy: [] };
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) {
    let inside: string | undefined;
    for (const longer of printedUnitsLongestFirst()) {
      if (longer.length <= needle.length) break;
      const other = lookupPrintedUnit(longer)!;
      if (meaning && other.unit === meaning.unit && other.scale === meaning.scale) continue;
      for (let j = longer.indexOf(needle); j !== -1 && !inside; j = longer.indexOf(needle, j + 1)) {
        if (i - j >= 0 && hay.startsWith(longer, i - j)) inside = longer;
      }
      if (inside) break;
    }
    if (!inside) return { standalone: true, swallowedBy: [] };
    swallowedBy.add(inside);
  }
  return { standalone: false, swallowedBy: [...swallowedBy] };
}

const MARGIN = 2;

/**
 * A window that lies apart from its anchor (the figure printed lines away from
 * its label) must not have the pattern match just outside it: a line or two
 * inserted into the layout would then shift the window onto that neighbouring
 * figure without any error. Such layouts use `value.nth` instead.
 */
function checkMargins(
  seed: SeedText,
  re: RegExp,
  rule: Rule,
  anchor: { line: number; lineEnd: number },
  from: number,
  to: number,
): void {
  if (from <= anchor.lineEnd && to >= anchor.line) return; // the window holds the label's own lines
  for (let line = Math.max(1, from - MARGIN); line <= Math.min(seed.lines.length, to + MARGIN); line++) {
    if (line >= from && line <= to) continue;
    if (line >= anchor.line && line <= anchor.lineEnd) continue;
    re.lastIndex = 0;
    if (re.test(seed.lines[line - 1]!)) {
      throw new CompileError(
        { file: `seeds/${seed.name}`, line, rule: rule.id },
        `value pattern ${JSON.stringify(rule.value.pattern)} also matches on line ${line}, just outside the window ${from}-${to} (label on line ${anchor.line}): two inserted or deleted lines would silently shift the window onto that neighbouring figure; use "nth" (the figure's place in its column) or a pattern that only the figure fits`,
      );
    }
  }
  re.lastIndex = 0;
}

export function applyRule(rule: Rule, seed: SeedText, company: string, warnings: Warning[] = []): ExtractedFigure {
  const spaceGrouped = warnings;
  const file = `seeds/${seed.name}`;
  const anchor = findUnique(seed, rule.anchor, rule.id, 'anchor');
  const [fromRel, toRel] = rule.value.lines;
  const from = Math.max(1, anchor.line + fromRel);
  const to = Math.min(seed.lines.length, anchor.line + toRel);
  if (from > to) throw new CompileError({ file, line: anchor.line, rule: rule.id }, 'value window is empty');

  const re = patternRegExp(rule.value.pattern);
  const matches: { line: number; match: RegExpExecArray }[] = [];
  for (let line = from; line <= to; line++) {
    re.lastIndex = 0;
    for (let m = re.exec(seed.lines[line - 1]!); m; m = re.exec(seed.lines[line - 1]!)) {
      matches.push({ line, match: m });
    }
  }
  const nth = rule.value.nth;
  if (nth) {
    if (matches.length !== nth.of)
      throw new CompileError(
        { file, line: matches[0]?.line ?? anchor.line, rule: rule.id },
        `value pattern ${JSON.stringify(rule.value.pattern)} matches ${matches.length} times in lines ${from}-${to}${matches.length ? ` (lines ${matches.map((m) => m.line).join(', ')})` : ''}, the rule expects a column of ${nth.of}: the layout changed`,
      );
    matches.splice(0, matches.length, matches[nth.index - 1]!);
  } else {
    checkMargins(seed, re, rule, anchor, from, to);
  }
  if (matches.length !== 1) {
    throw new CompileError(
      { file, line: matches[0]?.line ?? anchor.line, rule: rule.id },
      matches.length === 0
        ? `value pattern ${JSON.stringify(rule.value.pattern)} not found in lines ${from}-${to}`
        : `value pattern ${JSON.stringify(rule.value.pattern)} matches ${matches.length} times in lines ${from}-${to} (lines ${matches.map((m) => m.line).join(', ')})`,
    );
  }
  const { line, match } = matches[0]!;
  const figure = match[1]!;
  const lineText = seed.lines[line - 1]!;
  const figureAt = match.index + match[0].indexOf(figure);

  const windowText = linesText(seed, Math.min(anchor.line, line), Math.max(anchor.lineEnd, line));
  const unitAt = unitOccurrence(windowText, rule.unit);
  if (!unitAt.standalone) {
    throw new CompileError(
      { file, line, rule: rule.id },
      unitAt.swallowedBy.length
        ? `unit ${JSON.stringify(rule.unit)} is printed only as part of ${unitAt.swallowedBy.map((u) => JSON.stringify(u)).join(', ')} between the anchor and the figure, a different unit or scale; the rule's unit must be the one printed`
        : `unit ${JSON.stringify(rule.unit)} is not printed between the anchor and the figure`,
    );
  }
  const adjacent = adjacentUnit(lineText.slice(0, figureAt), lineText.slice(figureAt + figure.length));
  const ruleUnit = lookupPrintedUnit(rule.unit);
  for (const u of adjacent) {
    const meaning = lookupPrintedUnit(u)!;
    if (!ruleUnit || meaning.unit !== ruleUnit.unit || meaning.scale !== ruleUnit.scale)
      throw new CompileError(
        { file, line, rule: rule.id },
        `the figure "${figure}" is printed next to the unit ${JSON.stringify(u)} (${meaning.unit} ×${meaning.scale}), but the rule reads it in ${JSON.stringify(rule.unit)}${ruleUnit ? ` (${ruleUnit.unit} ×${ruleUnit.scale})` : ''}`,
      );
  }
  if (/\s/.test(figure.replace(/\. /, '.'))) {
    spaceGrouped.push({
      file,
      line,
      rule: rule.id,
      message: `figure "${figure}" uses spaces as thousands separators; read as ${figure.replace(/\s/g, '')}`,
    });
  }

  const anchorText = linesText(seed, anchor.line, anchor.lineEnd);
  // a cue may sit at the end of a label printed above the figure ("累计纳税超" / "亿元60")
  const detected =
    detectQualifier(lineText.slice(0, figureAt), lineText.slice(figureAt + figure.length)) ??
    (line > anchor.lineEnd ? detectQualifier(anchorText.trimEnd(), '') : undefined);
  let qualifier = detected ?? 'exact';
  if (rule.qualifier) {
    if (detected && detected !== rule.qualifier) {
      throw new CompileError(
        { file, line, rule: rule.id },
        `rule says qualifier ${rule.qualifier} but the text reads ${detected}`,
      );
    }
    if (!detected && !hasQualifierCue(`${anchorText}\n${match[0]}`, rule.qualifier)) {
      throw new CompileError(
        { file, line, rule: rule.id },
        `rule says qualifier ${rule.qualifier} but no cue for it is printed near the figure`,
      );
    }
    qualifier = rule.qualifier;
  }

  if (rule.sign === 'negative' && !/降低|下降|减少|下跌/.test(anchorText)) {
    throw new CompileError(
      { file, line: anchor.line, rule: rule.id },
      'rule says the figure is a fall but the label has no 降低/下降/减少',
    );
  }

  // Quote: the matched text widened to take in qualifier cues printed just around it.
  const quoteStart = Math.max(0, match.index - 4);
  const quoteEnd = Math.min(lineText.length, match.index + match[0].length + 4);
  const provenance: Provenance[] = [
    {
      source: seed.name,
      line,
      quote: lineText.slice(quoteStart, quoteEnd).trim(),
      figure,
      unit: rule.unit,
      ...(rule.sign === 'negative' ? { sign: -1 as const } : {}),
      role: 'value',
    },
  ];
  if (anchor.line !== line || anchor.lineEnd !== line) {
    provenance.unshift({
      source: seed.name,
      line: anchor.line,
      ...(anchor.lineEnd !== anchor.line ? { lineEnd: anchor.lineEnd } : {}),
      quote: rule.anchor,
      role: 'label',
    });
  }
  return {
    ruleId: rule.id,
    source: seed.name,
    company,
    metric: rule.metric,
    period: rule.period,
    printed: figure,
    sign: rule.sign === 'negative' ? -1 : 1,
    printedUnit: normaliseUnitText(rule.unit),
    qualifier,
    provenance,
    column: figureAt,
    anchorLine: anchor.line,
    ...(rule.corroborates ? { corroborates: true } : {}),
    ...(rule.garbled !== undefined ? { garbled: rule.garbled } : {}),
    caveats: rule.caveats,
    notes: { en: rule.note, zh: rule.noteZh },
    basis: rule.basis,
    line,
  };
}
