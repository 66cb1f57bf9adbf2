/**
 * Label-anchored extraction: each rule finds its label (exactly once), then the
 * figure in a window of lines below it (exactly once), and reads the figure's
 * qualifier from the text around it. See data/README.md for the rule format.
 */
import type { Rule } from './input-schema';
import type { ExtractedFigure } from './extracted';
import { CompileError } from './errors';
import { NUMBER_SOURCE, detectQualifier, hasQualifierCue } from './numbers';
import { findUnique, linesText, type SeedText } from './seed-text';
import { normaliseUnitText } from '../model/units';
import type { Provenance } from '../model/schema';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function patternRegExp(pattern: string): RegExp {
  const [before, after] = pattern.split('{num}').map(escapeRegExp) as [string, string];
  // keep whitespace in patterns lenient: PDF text spaces unevenly
  const loose = (s: string) => s.replace(/(\\ |\s)+/g, '\\s*');
  return new RegExp(`${loose(before)}(${NUMBER_SOURCE})${loose(after)}`, 'g');
}

export function applyRule(rule: Rule, seed: SeedText, company: string): ExtractedFigure {
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

  const windowText = normaliseUnitText(linesText(seed, Math.min(anchor.line, line), Math.max(anchor.lineEnd, line)));
  if (!windowText.includes(normaliseUnitText(rule.unit))) {
    throw new CompileError(
      { file, line, rule: rule.id },
      `unit ${JSON.stringify(rule.unit)} is not printed between the anchor and the figure`,
    );
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
    caveats: rule.caveats,
    note: rule.note,
    basis: rule.basis,
    line,
  };
}
