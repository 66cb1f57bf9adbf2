// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { compile } from '../../src/compiler/compile';
import { loadInputs } from '../../src/compiler/load-inputs';
import { observationSchema, observationsFileSchema, periodSchema, type Observation } from '../../src/model/schema';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const reported: Observation = {
  id: 'finvolution:rd_expense:FY2022:fv-rd-expense',
  company: 'finvolution',
  metric: 'rd_expense',
  period: 'FY2022',
  basis: 'annual',
  value: 491484000,
  unit: 'CNY',
  qualifier: 'exact',
  status: 'reported',
  provenance: [
    {
      source: '004_fc1b98ab1024343c.txt',
      line: 3030,
      quote: '研发费用投入 万元 37,017.5 43,485.0 49,148.4',
      figure: '49,148.4',
      unit: '万元',
      role: 'value',
    },
  ],
  caveats: [],
  rule: 'fv-rd-expense',
};

const messages = (o: unknown) => {
  const r = observationSchema.safeParse(o);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('observationSchema', () => {
  it('accepts a well-formed reported observation', () => {
    expect(messages(reported)).toEqual([]);
  });

  it('holds the id to company:metric:period:rule (the compare files leave it out and the app restores it)', () => {
    expect(messages({ ...reported, id: 'finvolution:rd_expense:FY2023:fv-rd-expense' })).toContain(
      'id finvolution:rd_expense:FY2023:fv-rd-expense is not company:metric:period:rule (finvolution:rd_expense:FY2022:fv-rd-expense)',
    );
    expect(messages({ ...reported, rule: 'other-rule' })).toHaveLength(1);
  });

  it('rejects a reported observation whose value is null', () => {
    expect(messages({ ...reported, value: null })).toContain('status reported needs a value');
  });

  it('rejects a not_disclosed observation that carries a value', () => {
    expect(messages({ ...reported, status: 'not_disclosed', value: 1 })).toContain('status not_disclosed forbids a value');
    expect(messages({ ...reported, status: 'not_disclosed', value: null, provenance: [] })).toEqual([]);
  });

  it('rejects a derived observation without its derivation', () => {
    expect(messages({ ...reported, status: 'derived' })).toContain('derived observations carry their derivation');
  });

  it('rejects a reported or garbled observation without provenance', () => {
    expect(messages({ ...reported, provenance: [] })).toContain('reported observations carry provenance');
    expect(messages({ ...reported, status: 'garbled', value: null, raw: '29003000', provenance: [] })).toContain(
      'garbled observations carry provenance',
    );
  });

  it('rejects malformed fields', () => {
    expect(messages({ ...reported, period: 'FY22' })).not.toEqual([]);
    expect(messages({ ...reported, unit: 'USD' })).not.toEqual([]);
    expect(messages({ ...reported, qualifier: 'roughly' })).not.toEqual([]);
    expect(messages({ ...reported, provenance: [{ ...reported.provenance[0]!, line: 0 }] })).not.toEqual([]);
    expect(messages({ ...reported, company: 'FinVolution' })).not.toEqual([]);
  });

  it('accepts the periods the datasets use and nothing else', () => {
    for (const p of ['FY2022', '2023-10-19', '2023-01', '2025-12']) expect(periodSchema.safeParse(p).success).toBe(true);
    for (const p of ['2022', 'FY22', '2023/01', '2023-1']) expect(periodSchema.safeParse(p).success).toBe(false);
  });

  it('accepts the observations the compiler emits for the real inputs', () => {
    const { observations } = compile(loadInputs(ROOT)).datasets;
    const real = observations.find((o) => o.company === 'finvolution' && o.metric === 'rd_expense' && o.period === 'FY2022');
    expect(real).toBeDefined();
    expect(observationSchema.parse(JSON.parse(JSON.stringify(real)))).toEqual(real);
    expect(observationsFileSchema.safeParse(JSON.parse(JSON.stringify(observations))).success).toBe(true);
    // and the schema still bites on a real one once it is broken
    expect(messages({ ...real, value: null })).toContain('status reported needs a value');
  });
});
