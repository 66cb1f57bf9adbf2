/**
 * Parses a report's own disclosure index (an HKEX KPI index, a GRI content index)
 * with the data-driven rule in data/indexes/: where the index starts and ends,
 * which lines open an entry, what a cited section or page looks like, and the
 * company's own marks ("/", 不适用). Each entry keeps its verbatim lines.
 */
import { CompileError } from './errors';
import { findUnique, linesText, type SeedText } from './seed-text';
import type { IndexRule } from './matrix-inputs';
import type { IndexEntry, Provenance } from '../model/schema';

/** An index entry before it is tied to a company and mapped to HKEX rows. */
export type ParsedIndexEntry = Omit<IndexEntry, 'company' | 'hkex'>;

export interface ParsedIndex {
  entries: ParsedIndexEntry[];
  /** 1-based first and last line of the index. */
  from: number;
  to: number;
}

interface Draft {
  code: string;
  startLine: number;
  line: number;
  lastLine: number;
  title: string[];
  citations: { section: string; page?: number; line: number }[];
  marks: { status: 'not_disclosed' | 'not_applicable'; text: string; line: number }[];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compileRegex(pattern: string, rule: IndexRule & { file: string }, field: string): RegExp {
  try {
    return new RegExp(pattern, 'u');
  } catch (e) {
    throw new CompileError({ file: rule.file, rule: rule.id }, `${field}: ${(e as Error).message}`);
  }
}

/** Lines of the index: after the start anchor's last line, up to the line before the end anchor. */
function indexRange(rule: IndexRule & { file: string }, seed: SeedText): { from: number; to: number } {
  const start = findUnique(seed, rule.start, rule.id, 'index start');
  const from = start.lineEnd + 1;
  const to = rule.end ? findUnique(seed, rule.end, rule.id, 'index end').line - 1 : seed.lines.length;
  if (to < from) {
    throw new CompileError(
      { file: `seeds/${seed.name}`, line: start.line, rule: rule.id },
      `index end (line ${to + 1}) comes before its start (line ${from})`,
    );
  }
  return { from, to };
}

export function parseDisclosureIndex(rule: IndexRule & { file: string }, seed: SeedText): ParsedIndex {
  const { from, to } = indexRange(rule, seed);
  const sections = [...rule.sections].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegex);
  const skip = rule.skip.map((p, i) => compileRegex(p, rule, `skip[${i}]`));
  const group = rule.group === undefined ? undefined : compileRegex(rule.group, rule, 'group');
  const openers = rule.entries.map((e, i) => ({
    re: compileRegex(e.pattern, rule, `entries[${i}]`),
    byGroup: e.code === 'group',
  }));
  const citation = compileRegex(rule.citation.replaceAll('{sections}', sections.join('|')), rule, 'citation');
  const marks = rule.marks.map((m, i) => ({ re: compileRegex(m.pattern, rule, `marks[${i}]`), status: m.status }));
  const fail = (line: number, detail: string): never => {
    throw new CompileError({ file: `seeds/${seed.name}`, line, rule: rule.id }, `${detail} (index rule ${rule.file})`);
  };

  const drafts: Draft[] = [];
  let current: Draft | undefined;
  let currentGroup: { code: string; line: number } | undefined;
  let inGroupName = false;

  const read = (d: Draft, text: string, line: number) => {
    d.lastLine = line;
    const mark = marks.find((m) => m.re.test(text));
    if (mark) {
      d.marks.push({ status: mark.status, text, line });
      return;
    }
    const m = citation.exec(text);
    if (m?.groups?.section) {
      const before = text.slice(0, m.index).trim();
      if (before) d.title.push(before);
      const page = m.groups.page === undefined ? undefined : Number(m.groups.page);
      d.citations.push({ section: m.groups.section.trim(), ...(page ? { page } : {}), line });
      return;
    }
    d.title.push(text);
  };

  for (let line = from; line <= to; line++) {
    const text = seed.lines[line - 1]!.trim();
    if (!text) continue;
    const opened = openers.map((o) => ({ o, m: o.re.exec(text) })).find((x) => x.m);
    if (opened) {
      const code = opened.o.byGroup ? currentGroup?.code : opened.m!.groups?.code;
      if (!code) {
        fail(
          line,
          opened.o.byGroup
            ? `entry ${JSON.stringify(text)} needs an open group (none above it)`
            : `entry pattern has no "code" group`,
        );
      }
      current = {
        code: code!,
        startLine: opened.o.byGroup ? currentGroup!.line : line,
        line,
        lastLine: line,
        title: [],
        citations: [],
        marks: [],
      };
      drafts.push(current);
      inGroupName = false;
      const rest = opened.m!.groups?.rest?.trim();
      if (rest) read(current, rest, line);
      continue;
    }
    const g = group?.exec(text);
    if (g) {
      if (!g.groups?.group) fail(line, 'group pattern has no "group" group');
      // A page break repeats the open group's header: the open entry goes on after it.
      if (g.groups!.group !== currentGroup?.code) current = undefined;
      if (g.groups!.group !== currentGroup?.code || !current) currentGroup = { code: g.groups!.group!, line };
      inGroupName = true;
      continue;
    }
    if (skip.some((re) => re.test(text))) continue;
    // Lines right after a group header name the group (层面 A1： then 排放物), unless they cite or mark.
    if (inGroupName && !marks.some((m) => m.re.test(text)) && !citation.test(text)) continue;
    inGroupName = false;
    if (current) read(current, text, line);
    else fail(line, `text ${JSON.stringify(text)} stands outside any index entry`);
  }

  const seen = new Map<string, number>();
  const entries = drafts.map((d): ParsedIndexEntry => {
    const prior = seen.get(d.code);
    if (prior !== undefined) fail(d.line, `entry ${d.code} appears twice in the index (first on line ${prior})`);
    seen.set(d.code, d.line);
    if (d.citations.length === 0 && d.marks.length === 0) {
      fail(d.line, `entry ${d.code} cites no section and carries no mark (title read as ${JSON.stringify(d.title.join(' '))})`);
    }
    if (d.citations.length > 0 && d.marks.length > 0) {
      fail(
        d.marks[0]!.line,
        `entry ${d.code} both cites ${JSON.stringify(d.citations[0]!.section)} and is marked ${JSON.stringify(d.marks[0]!.text)}`,
      );
    }
    if (d.marks.length > 1) fail(d.marks[1]!.line, `entry ${d.code} carries more than one mark`);
    const quote = linesText(seed, d.startLine, d.lastLine).trim();
    return {
      id: `${seed.name}#${d.code}`,
      source: seed.name,
      standard: rule.standard,
      code: d.code,
      title: d.title.join(' '),
      citations: d.citations.map((c) => ({
        section: c.section,
        ...(c.page !== undefined ? { page: c.page } : {}),
        headings: sectionHeadings(seed, rule, c.section, { from, to }),
      })),
      ...(d.marks[0] ? { mark: { status: d.marks[0].status, text: d.marks[0].text } } : {}),
      provenance: {
        source: seed.name,
        line: d.startLine,
        ...(d.lastLine !== d.startLine ? { lineEnd: d.lastLine } : {}),
        quote,
        role: 'index_claim',
      },
    };
  });
  return { entries, from, to };
}

const MAX_HEADINGS = 5;

/**
 * Where the cited section's heading stands in the body (outside the index): a line
 * matching the rule's headingPattern for the whole name, else for each of its
 * space-separated parts (a heading broken over lines: 践行双碳 / 引导绿色新生活).
 */
function sectionHeadings(
  seed: SeedText,
  rule: IndexRule & { file: string },
  section: string,
  index: { from: number; to: number },
): Provenance[] {
  const find = (name: string) => {
    const re = compileRegex(
      rule.headingPattern.replaceAll('{section}', escapeRegex(name).replace(/\s+/g, '\\s*')),
      rule,
      'headingPattern',
    );
    const hits: Provenance[] = [];
    seed.lines.forEach((raw, i) => {
      const line = i + 1;
      if (line >= index.from && line <= index.to) return;
      const text = raw.trim();
      if (text && re.test(text) && hits.length < MAX_HEADINGS)
        hits.push({ source: seed.name, line, quote: text, role: 'context' });
    });
    return hits;
  };
  const whole = find(section);
  if (whole.length || !/\s/.test(section)) return whole;
  return section
    .split(/\s+/)
    .flatMap(find)
    .sort((a, b) => a.line - b.line)
    .slice(0, MAX_HEADINGS);
}
