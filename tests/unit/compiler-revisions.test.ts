// @vitest-environment node
/**
 * Issue 8 §3: a revised report compiles to the corrected figure; a figure
 * corrected in one place only is a reported conflict; ignores never pin figures.
 */
import { compile } from '../../src/compiler/compile';
import { seedFromText } from '../../src/compiler/seed-text';
import type { Inputs } from '../../src/compiler/load-inputs';
import { repoInputs } from './mini-inputs';

const S004 = '004_fc1b98ab1024343c.txt';

/** The repo's inputs with text replaced on given 1-based lines of seed 004 (each replacement must apply). */
function revise(edits: Record<number, [string, string]>): Inputs {
  const seed = repoInputs.seeds.get(S004)!;
  const lines = [...seed.lines];
  for (const [line, [from, to]] of Object.entries(edits)) {
    const i = Number(line) - 1;
    if (!lines[i]!.includes(from)) throw new Error(`line ${line} has no ${from}`);
    lines[i] = lines[i]!.replace(from, to);
  }
  const seeds = new Map(repoInputs.seeds);
  seeds.set(S004, seedFromText(S004, lines.join('\n')));
  return { ...repoInputs, seeds };
}

const obs = (r: ReturnType<typeof compile>, id: string) => r.datasets.observations.find((o) => o.id === id)!;
const REVENUE = 'finvolution:revenue:FY2022:fv-revenue';

describe('revisions flow through', () => {
  it('the unrevised seeds corroborate FY2022 revenue from the highlights page, with no conflict', () => {
    const r = compile(repoInputs);
    expect(obs(r, REVENUE).value).toBe(11134203000);
    expect(obs(r, REVENUE).corroborations?.some((p) => p.line === 236 && p.figure === '1,113,420.3')).toBe(true);
    expect(r.datasets.conflicts).toEqual([]);
  });

  it('a figure corrected in the table and the highlights page compiles to the corrected value', () => {
    const r = compile(revise({ 236: ['1,113,420.3', '1,113,421.0'], 2796: ['1,113,420.3', '1,113,421.0'] }));
    expect(obs(r, REVENUE).value).toBe(11134210000);
    expect(r.datasets.conflicts).toEqual([]);
    expect(r.warnings.filter((w) => /stale|conflict/.test(w.message))).toEqual([]);
  });

  it('a figure corrected in one place only is a reported conflict, the table value emitted', () => {
    const r = compile(revise({ 2796: ['1,113,420.3', '1,113,421.0'] }));
    expect(obs(r, REVENUE).value).toBe(11134210000);
    expect(r.datasets.conflicts).toHaveLength(1);
    const c = r.datasets.conflicts[0]!;
    expect(c).toMatchObject({ id: 'finvolution:revenue:FY2022', observation: REVENUE });
    expect(c.statements.map((s) => s.value)).toEqual([11134210000, 11134203000]);
    expect(c.statements[1]!.provenance.find((p) => p.role === 'value')).toMatchObject({ line: 236, figure: '1,113,420.3' });
    expect(r.warnings.some((w) => w.line === 236 && w.message.startsWith('conflict: revenue FY2022'))).toBe(true);
  });

  it('headcount corrected from 4,870 to 4,871 in the table and the highlights line compiles (the ignore no longer pins it)', () => {
    const r = compile(revise({ 241: ['4,870', '4,871'], 3117: ['4,870', '4,871'] }));
    const headcount = r.datasets.observations.find(
      (o) => o.company === 'finvolution' && o.period === 'FY2022' && o.provenance.some((p) => p.line === 3117),
    )!;
    expect(headcount.value).toBe(4871);
    expect(r.warnings.filter((w) => w.message.startsWith('stale ignore'))).toEqual([]);
    expect(r.coverage.find((c) => c.source === S004)!.unreviewed).toBe(0);
  });

  it('an ignore that no longer matches is a warning naming its file and line', () => {
    const r = compile(revise({ 241: ['员工总数（含外包）', '员工合计（含外包）'] }));
    const stale = r.warnings.filter((w) => w.message.startsWith('stale ignore'));
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ file: 'data/ignores/004_fc1b98ab1024343c.json' });
    expect(stale[0]!.line).toBeGreaterThan(1);
    expect(stale[0]!.message).toContain('员工总数（含外包）{num} 人');
    expect(r.warnings.some((w) => w.file === `seeds/${S004}` && w.line === 241 && /nobody has reviewed/.test(w.message))).toBe(
      true,
    );
  });
});
