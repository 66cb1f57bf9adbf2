// @vitest-environment node
/**
 * Issue 8 §1: every qualifier cue lives in data/vocabulary/qualifiers.json, and
 * each is tested both ways: it is read in its own direction, and a rule that
 * states another direction next to it is refused.
 */
import './with-vocabulary';
import { readFileSync } from 'node:fs';
import { detectQualifier, qualifierCuesIn } from '../../src/compiler/numbers';
import { thrownCompileError } from './compile-error';
import { compileMini } from './mini-inputs';
import type { Qualifier } from '../../src/model/schema';

const { cues } = JSON.parse(readFileSync('data/vocabulary/qualifiers.json', 'utf8')) as {
  cues: { text: string; position: 'before' | 'after' | 'after_unit'; qualifier: Exclude<Qualifier, 'exact'> }[];
};
const DIRECTIONS: Exclude<Qualifier, 'exact'>[] = ['at_least', 'at_most', 'about'];
const around = (c: (typeof cues)[number]): [string, string] =>
  c.position === 'before'
    ? [`员工 ${c.text} `, ' 人']
    : c.position === 'after'
      ? ['员工 ', `${c.text}人`]
      : ['员工 ', ` 人${c.text}`];

describe('qualifier vocabulary', () => {
  it('holds the directions the issue names', () => {
    const dir = (t: string) => cues.find((c) => c.text === t)?.qualifier;
    for (const t of ['近', '将近', '不超过', '以下', '以内', '最多']) expect(dir(t)).toBe('at_most');
    for (const t of ['不少于', '不低于', '至少', '超', '逾', '以上']) expect(dir(t)).toBe('at_least');
    for (const t of ['约', '左右']) expect(dir(t)).toBe('about');
  });

  it.each(cues.map((c) => [c.text, c.position, c.qualifier] as const))('%j (%s) reads as %s', (text, position, qualifier) => {
    const [before, after] = around({ text, position, qualifier });
    expect(detectQualifier(before, after)).toBe(qualifier);
    expect([...qualifierCuesIn(`${before}12${after}`)]).toEqual([qualifier]);
  });

  it.each(cues.filter((c) => /[\u4e00-\u9fa5]/.test(c.text)).map((c) => [c.text, c.position, c.qualifier] as const))(
    'a rule stating another direction than %j (%s, %s) is refused',
    (text, position, qualifier) => {
      const [before, after] = around({ text, position, qualifier });
      for (const other of DIRECTIONS.filter((d) => d !== qualifier)) {
        const rule = {
          id: 'q',
          metric: 'rd_staff',
          period: 'FY2022',
          anchor: '员工',
          value: { lines: [0, 0], pattern: '{num}' },
          unit: '人',
          qualifier: other,
        };
        const e = thrownCompileError(() => compileMini(`${before}12${after}`, { rules: [rule] }));
        expect(e.message).toContain(`rule says qualifier ${other} but the text reads ${qualifier}`);
      }
    },
  );

  it('the longest cue wins where cues overlap', () => {
    expect(detectQualifier('不超过', '')).toBe('at_most');
    expect(detectQualifier('不低于', '')).toBe('at_least');
    expect(detectQualifier('将近', '')).toBe('at_most');
    expect([...qualifierCuesIn('不超过 5%')]).toEqual(['at_most']);
  });

  it('English cues count only as whole words', () => {
    expect(detectQualifier('turnover ', '')).toBeUndefined();
    expect(detectQualifier('more than ', '')).toBe('at_least');
  });
});
