import { describe, expect, it } from 'vitest';
import { buildCardModel, offeredModes } from '../../src/model/card-model';
import { cardInput, metric } from '../component/card-fixtures';

describe('card model', () => {
  it('offers the denominators the compiler lists for the metric (tests/unit/compare-files checks the list)', () => {
    expect(offeredModes(cardInput())).toEqual(['employee']);
    expect(offeredModes(cardInput({ offered: {} }))).toEqual([]);
  });

  it('shows normalised values in the per-employee mode and keeps the absolute verdict and footnotes', () => {
    const absolute = buildCardModel(cardInput());
    const perEmployee = buildCardModel(cardInput(), 'employee');
    expect(perEmployee.mode).toBe('employee');
    expect(perEmployee.lines[0]!.values.map((o) => o.id)).toEqual(['a-per']);
    expect(perEmployee.lines[1]!.values).toEqual([]);
    expect(perEmployee.grade).toBe(absolute.grade);
    expect(perEmployee.footnotes.map((f) => f.caveat.id)).toEqual(['boundary']);
    // the refusal is said once, naming the company and period
    expect(perEmployee.refusals).toHaveLength(1);
    expect(perEmployee.refusals[0]!.items.map((i) => i.company.id)).toEqual(['beta']);
  });

  it('falls back to absolute values for a mode the metric does not offer', () => {
    expect(buildCardModel(cardInput(), 'revenue').mode).toBe('absolute');
  });

  it('grades a metric only one company discloses as not comparable, with the reason', () => {
    const model = buildCardModel(cardInput({ companies: cardInput().companies.slice(1) }));
    expect(model.grade).toBe('not_comparable');
    expect(model.reasons[0]).toMatchObject({ kind: 'single', company: { id: 'beta' } });
  });

  it('measures the spread between the largest and smallest value for the log-scale offer', () => {
    expect(Math.round(buildCardModel(cardInput()).spread)).toBe(73);
  });

  it('never turns a missing value into a zero', () => {
    const gamma = buildCardModel(cardInput()).lines[2]!;
    expect(gamma.values).toEqual([]);
    expect(gamma.gaps.map((g) => g.status)).toEqual(['not_disclosed']);
    expect(metric.normaliseBy).toContain('revenue');
  });
});
