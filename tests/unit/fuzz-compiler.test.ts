// @vitest-environment node
/**
 * Bounded, seeded mutation harness for the compiler. Every mutated input must
 * end either in a correct dataset or in a CompileError naming a file — never a
 * crash, never a wrong value. "Correct" is checked two ways: every value
 * re-parses from its own quote in the mutated seed, and against the unmutated
 * compile — a value that changed while its figure did not, or that moved to
 * another figure while its own is still printed unchanged, is a wrong value.
 */
import { describe, expect, it } from 'vitest';
import { loadInputs, type Inputs } from '../../src/compiler/load-inputs';
import { compile } from '../../src/compiler/compile';
import { CompileError } from '../../src/compiler/errors';
import { decodeSeed } from '../../src/compiler/seed-text';
import { lookupPrintedUnit } from '../../src/model/units';

const CASES = 320;
const base = loadInputs(process.cwd());
const baseline = compile(base).datasets.observations;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = { name: string; apply: (text: string, r: () => number, source?: string) => string | Uint8Array };
const pickLine = (lines: string[], r: () => number, filter: (l: string) => boolean) => {
  const idx = lines.map((l, i) => (filter(l) ? i : -1)).filter((i) => i >= 0);
  return idx.length ? idx[Math.floor(r() * idx.length)]! : -1;
};
/** Lines of rule anchors per seed, for layout mutations next to them. */
const anchorLines = new Map<string, number[]>();
for (const { rules } of base.rules)
  for (const rule of rules) {
    const seed = base.seeds.get(rule.source);
    const at = seed?.text.indexOf(rule.anchor) ?? -1;
    if (seed && at >= 0)
      anchorLines.set(rule.source, [...(anchorLines.get(rule.source) ?? []), seed.text.slice(0, at).split('\n').length]);
  }

const MUTATIONS: Mutation[] = [
  { name: 'truncate', apply: (t, r) => t.slice(0, Math.floor(t.length * (0.2 + 0.8 * r()))) },
  { name: 'crlf', apply: (t) => t.replace(/\n/g, '\r\n') },
  { name: 'bom', apply: (t) => '\uFEFF' + t },
  {
    name: 'invalid-utf8',
    apply: (t, r) => {
      const bytes = new TextEncoder().encode(t);
      const at = Math.floor(r() * bytes.length);
      return new Uint8Array([...bytes.slice(0, at), 0xff, 0xfe, ...bytes.slice(at)]);
    },
  },
  {
    name: 'fullwidth-digits',
    apply: (t, r) => {
      const lines = t.split('\n');
      const i = pickLine(lines, r, (l) => /\d/.test(l));
      if (i >= 0) lines[i] = lines[i]!.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      return lines.join('\n');
    },
  },
  {
    name: 'odd-thousands-separator',
    apply: (t, r) => {
      const lines = t.split('\n');
      const i = pickLine(lines, r, (l) => /\d{4}/.test(l));
      if (i >= 0) lines[i] = lines[i]!.replace(/(\d)(\d{2})(\d)/, '$1,$2$3');
      return lines.join('\n');
    },
  },
  {
    name: 'delete-line',
    apply: (t, r) => {
      const lines = t.split('\n');
      const i = pickLine(lines, r, (l) => /\d/.test(l));
      if (i >= 0) lines.splice(i, 1);
      return lines.join('\n');
    },
  },
  {
    name: 'duplicate-line',
    apply: (t, r) => {
      const lines = t.split('\n');
      const i = pickLine(lines, r, (l) => l.trim().length > 0);
      if (i >= 0) lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    },
  },
  {
    name: 'insert-two-lines-after-anchor',
    apply: (t, r, source) => {
      const lines = t.split('\n');
      const anchors = anchorLines.get(source ?? '') ?? [];
      const at = anchors.length ? anchors[Math.floor(r() * anchors.length)]! : Math.floor(r() * lines.length);
      lines.splice(Math.min(lines.length, at + Math.floor(r() * 4)), 0, '（数据截至年末）', '');
      return lines.join('\n');
    },
  },
  {
    name: 'space-thousands',
    apply: (t, r) => {
      const lines = t.split('\n');
      const i = pickLine(lines, r, (l) => /\d,\d{3}/.test(l));
      if (i >= 0) lines[i] = lines[i]!.replace(/(\d),(\d{3})/, '$1 $2');
      return lines.join('\n');
    },
  },
  {
    name: 'clause-comma-after-figure',
    apply: (t, r) => {
      const lines = t.split('\n');
      const i = pickLine(lines, r, (l) => /\d(?![\d,.])/.test(l));
      if (i >= 0) lines[i] = lines[i]!.replace(/(\d)(?![\d,.])/, '$1，100%');
      return lines.join('\n');
    },
  },
  {
    name: 'scale-prefix-before-unit',
    apply: (t, r) => {
      const lines = t.split('\n');
      const i = pickLine(lines, r, (l) => /(?<![万亿])(人|元|吨)/.test(l) && /\d/.test(l));
      if (i >= 0) lines[i] = lines[i]!.replace(/(?<![万亿])(人|元|吨)/, '万$1');
      return lines.join('\n');
    },
  },
  {
    name: 'table-header-variant',
    apply: (t, r) => {
      const variants = ['Indicator Unit', '项目 单位', '关键数据 计量'];
      const v = variants[Math.floor(r() * variants.length)]!;
      let n = 0;
      const which = Math.floor(r() * 6);
      return t.replace(/^(\s*)(?:绩效)?指标\s+单位/gm, (m, sp: string) => (n++ === which ? `${sp}${v}` : m));
    },
  },
  {
    name: 'change-digit',
    apply: (t, r) => {
      const lines = t.split('\n');
      const i = pickLine(lines, r, (l) => /\d/.test(l));
      if (i >= 0) lines[i] = lines[i]!.replace(/\d(?!.*\d)/, (d) => String((Number(d) + 1) % 10));
      return lines.join('\n');
    },
  },
];

function mutateInputs(r: () => number): { inputs: Inputs; label: string; mutated?: string } {
  const seeds = new Map(base.seeds);
  const names = [...seeds.keys()];
  const kind = Math.floor(r() * (MUTATIONS.length + 2));
  if (kind === MUTATIONS.length) {
    // a rule pointing at a missing file
    const rules = base.rules.map((f, i) =>
      i === 0 ? { ...f, rules: [{ ...f.rules[0]!, source: 'missing_seed.txt' }, ...f.rules.slice(1)] } : f,
    );
    return { inputs: { ...base, rules, seeds }, label: 'rule-missing-file' };
  }
  if (kind === MUTATIONS.length + 1) {
    const rules = base.rules.map((f, i) =>
      i === 0 ? { ...f, rules: [{ ...f.rules[0]!, unit: '万桶' }, ...f.rules.slice(1)] } : f,
    );
    return { inputs: { ...base, rules, seeds }, label: 'unknown-unit' };
  }
  const m = MUTATIONS[kind]!;
  const name = names[Math.floor(r() * names.length)]!;
  const out = m.apply(seeds.get(name)!.text, r, name);
  const bytes = typeof out === 'string' ? new TextEncoder().encode(out) : out;
  try {
    seeds.set(name, decodeSeed(name, bytes));
  } catch (e) {
    if (e instanceof CompileError) throw Object.assign(e, { label: `${m.name}:${name}` });
    throw e;
  }
  return { inputs: { ...base, seeds }, label: `${m.name}:${name}`, mutated: name };
}

/** An independent re-check of a compiled value against the mutated seed. */
function wrongValues(inputs: Inputs, observations: typeof baseline): string[] {
  const wrong: string[] = [];
  for (const o of observations) {
    for (const p of o.provenance) {
      const text = inputs.seeds
        .get(p.source)!
        .lines.slice(p.line - 1, p.lineEnd ?? p.line)
        .join('\n');
      if (!text.includes(p.quote)) wrong.push(`${o.id}: quote not at its lines`);
      if (o.status === 'reported' && p.role === 'value' && p.figure !== undefined) {
        const digits = p.figure
          .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
          .replace(/[,，\s]/g, '')
          .replace('．', '.');
        const expected = Number((Number(digits) * lookupPrintedUnit(p.unit!)!.scale * (p.sign ?? 1)).toPrecision(12));
        if (expected !== o.value) wrong.push(`${o.id}: value ${o.value} but the figure reads ${expected}`);
      }
    }
  }
  return wrong;
}

const valueItem = (o: (typeof baseline)[number]) => o.provenance.find((p) => p.role === 'value');
const baselineById = new Map(baseline.map((o) => [o.id, o]));

/**
 * Against the unmutated compile: a reported value that changed although its
 * printed figure did not, or that now comes from another figure while its own
 * quote is still printed, unchanged, exactly once in the mutated seed.
 */
function driftedValues(inputs: Inputs, observations: typeof baseline): string[] {
  const wrong: string[] = [];
  for (const o of observations) {
    const before = baselineById.get(o.id);
    if (!before || before.status !== 'reported' || o.status !== 'reported' || before.value === o.value) continue;
    const was = valueItem(before)!;
    const now = valueItem(o)!;
    if (was.figure === now.figure && was.unit === now.unit) {
      wrong.push(`${o.id}: value ${before.value} → ${o.value} though its figure "${now.figure}" did not change`);
      continue;
    }
    const text = inputs.seeds.get(was.source)!.text;
    const first = text.indexOf(was.quote);
    if (first >= 0 && text.indexOf(was.quote, first + 1) === -1 && was.quote.includes(was.figure!))
      wrong.push(
        `${o.id}: value ${before.value} → ${o.value} (figure "${now.figure}", line ${now.line}) while its own quote ${JSON.stringify(was.quote)} is still printed`,
      );
  }
  return wrong;
}

describe('compiler mutation harness', () => {
  it(`handles ${CASES} seeded corruptions: correct dataset or a named error, never a crash or a wrong value`, () => {
    const r = rng(20261121);
    const counts = { cases: 0, compiled: 0, rejected: 0, crashes: 0, wrong: 0 };
    const byMutation: Record<string, { compiled: number; rejected: number; wrong: number }> = {};
    const tally = (label: string, k: 'compiled' | 'rejected' | 'wrong') => {
      const name = label.split(':')[0]!;
      byMutation[name] ??= { compiled: 0, rejected: 0, wrong: 0 };
      byMutation[name][k]++;
    };
    const problems: string[] = [];
    for (let i = 0; i < CASES; i++) {
      counts.cases++;
      let label = '?';
      try {
        const m = mutateInputs(r);
        label = m.label;
        const result = compile(m.inputs);
        const wrong = [
          ...wrongValues(m.inputs, result.datasets.observations),
          ...driftedValues(m.inputs, result.datasets.observations),
        ];
        // benign encodings must not change a single value
        if (/^(crlf|bom):/.test(label)) {
          const before = baseline.map((o) => `${o.id}=${o.value}`).join('\n');
          const after = result.datasets.observations.map((o) => `${o.id}=${o.value}`).join('\n');
          if (before !== after) wrong.push(`${label}: values changed`);
        }
        counts.compiled++;
        tally(label, 'compiled');
        if (wrong.length) {
          counts.wrong++;
          tally(label, 'wrong');
          problems.push(`${label}: ${wrong[0]}`);
        }
      } catch (e) {
        if (e instanceof CompileError && /(seeds|data)\//.test(e.message)) {
          counts.rejected++;
          tally((e as { label?: string }).label ?? label, 'rejected');
        } else {
          counts.crashes++;
          problems.push(`${(e as { label?: string }).label ?? label}: ${(e as Error).stack ?? e}`);
        }
      }
    }
    console.log(`mutation harness: ${JSON.stringify(counts)}`);
    for (const [name, c] of Object.entries(byMutation).sort()) console.log(`  ${name}: ${JSON.stringify(c)}`);
    expect(problems).toEqual([]);
    expect(counts.crashes).toBe(0);
    expect(counts.wrong).toBe(0);
    expect(counts.compiled).toBeGreaterThan(0);
    expect(counts.rejected).toBeGreaterThan(0);
  }, 120_000);
});

describe('layout sweep', () => {
  it('two lines inserted just after every rule anchor: each compile is rejected or keeps every value', () => {
    const counts = { cases: 0, compiled: 0, rejected: 0, wrong: 0 };
    const problems: string[] = [];
    for (const { rules } of base.rules) {
      for (const rule of rules) {
        const seed = base.seeds.get(rule.source)!;
        const at = seed.text.indexOf(rule.anchor);
        const anchorEnd = seed.text.slice(0, at + rule.anchor.length).split('\n').length;
        const lines = [...seed.lines];
        lines.splice(anchorEnd, 0, '（数据截至年末）', '');
        const seeds = new Map(base.seeds);
        seeds.set(rule.source, decodeSeed(rule.source, new TextEncoder().encode(lines.join('\n'))));
        const inputs = { ...base, seeds };
        counts.cases++;
        try {
          const observations = compile(inputs).datasets.observations;
          counts.compiled++;
          const wrong = [...wrongValues(inputs, observations), ...driftedValues(inputs, observations)];
          if (wrong.length) {
            counts.wrong++;
            problems.push(`${rule.id}: ${wrong[0]}`);
          }
        } catch (e) {
          if (!(e instanceof CompileError)) throw e;
          counts.rejected++;
        }
      }
    }
    console.log(`layout sweep: ${JSON.stringify(counts)}`);
    expect(problems).toEqual([]);
  }, 120_000);
});
