// @vitest-environment node
import './with-vocabulary';
import {
  NUMBER_SOURCE,
  detectQualifier,
  hasQualifierCue,
  parseFigure,
  scaleValue,
  toAsciiDigits,
} from '../../src/compiler/numbers';
import { detectGarbled } from '../../src/compiler/garbled';

describe('parseFigure', () => {
  it.each([
    ['2785', 2785],
    ['1,147.3', 1147.3],
    ['17,535,806.2', 17535806.2],
    ['665.10', 665.1],
    ['0.3', 0.3],
    ['１２３', 123],
    ['１，２３４．５', 1234.5],
    ['226,638. 2', 226638.2],
    [' 42 ', 42],
  ])('%s → %d', (printed, value) => {
    expect(parseFigure(printed)).toBe(value);
  });

  it.each(['', 'abc', '—', '12a', '1.2.3', '1,23', '1 2', '-5', '.5', '1.', '30-50'])('rejects %j', (junk) => {
    expect(parseFigure(junk)).toBeNaN();
  });
});

describe('toAsciiDigits and NUMBER_SOURCE', () => {
  it('maps full-width digits, point and comma to ASCII', () => {
    expect(toAsciiDigits('１２３．４５，６')).toBe('123.45,6');
  });

  it('finds printed number tokens, including the stray-space decimal', () => {
    const re = new RegExp(NUMBER_SOURCE, 'g');
    expect('亿元665.10 人2785 万元 197,270.0 226,638. 2 ３０'.match(re)).toEqual([
      '665.10',
      '2785',
      '197,270.0',
      '226,638. 2',
      '３０',
    ]);
  });
});

describe('scaleValue', () => {
  it('multiplies without binary noise', () => {
    expect(1.16 * 1e8).not.toBe(116000000); // the noise this guards against
    expect(scaleValue(1.16, 1e8)).toBe(116000000);
    expect(scaleValue(49148.4, 1e4)).toBe(491484000);
    expect(scaleValue(665.1, 1e8)).toBe(66510000000);
    expect(scaleValue(137.09, 1e4)).toBe(1370900);
    expect(scaleValue(1570.8, 1)).toBe(1570.8);
  });
});

describe('detectQualifier', () => {
  it.each([
    ['累计纳税超', '亿元', 'at_least'],
    ['累计科技投入超过 ', ' 亿元', 'at_least'],
    ['资产规模逾', '亿元', 'at_least'],
    ['服务用户突破', '亿人次', 'at_least'],
    ['帮助将近', '万信用白户', 'at_most'],
    ['建了 近 ', ' 人', 'at_most'],
    ['减免息费约', '万元', 'about'],
    ['不足 ', ' 人', 'at_most'],
    ['牵头编制了', '余项', 'at_least'],
    ['', ' 余件', 'at_least'],
    ['', '万+商户', 'at_least'],
    ['', '＋件', 'at_least'],
    ['', '多家', 'at_least'],
    ['', '以上', 'at_least'],
    ['', ' 万左右', 'about'],
  ])('before %j, after %j → %s', (before, after, q) => {
    expect(detectQualifier(before, after)).toBe(q);
  });

  it('returns nothing for plain or 达 figures and for cues that are not adjacent', () => {
    expect(detectQualifier('研发费用达', '亿元')).toBeUndefined();
    expect(detectQualifier('资产总额 亿元', '')).toBeUndefined();
    expect(detectQualifier('超过了全年总共有', '人')).toBeUndefined();
    expect(detectQualifier('', '亿元，超过同业')).toBeUndefined();
  });
});

describe('hasQualifierCue', () => {
  it('looks for a cue of the stated kind', () => {
    expect(hasQualifierCue('为信用白户建立征信记录超\n700', 'at_least')).toBe(true);
    expect(hasQualifierCue('比例在70%以上', 'at_least')).toBe(true);
    expect(hasQualifierCue('员工人数 2785', 'at_least')).toBe(false);
    expect(hasQualifierCue('将近1200万', 'at_most')).toBe(true);
    expect(hasQualifierCue('将近1200万', 'about')).toBe(false);
    expect(hasQualifierCue('累计纳税超60', 'about')).toBe(false);
    expect(hasQualifierCue('低于 5%', 'at_most')).toBe(true);
    expect(hasQualifierCue('anything', 'exact')).toBe(true);
  });
});

describe('detectGarbled', () => {
  it.each([
    ['29003000', 2900, 3000, '2900 → 3000'],
    ['120130', 120, 130, '120 → 130'],
    ['172178', 172, 178, '172 → 178'],
    ['81.798171', 81.79, 81.71, '81.79 → 81.71'],
    ['24.313345', 24.31, 33.45, '24.31 → 33.45'],
  ])('flags %s as %s then %s', (raw, first, second, reading) => {
    expect(detectGarbled(raw)).toEqual({ raw, first, second, reading });
  });

  it.each([
    '1059',
    '2785',
    '665.10',
    '137.09',
    '4730.05',
    '1,147.3',
    '170000',
    '906140',
    '2022',
    '1,570.8',
    '226,638. 2',
    '—',
    '0.3',
  ])('does not flag %s', (printed) => {
    expect(detectGarbled(printed)).toBeUndefined();
  });
});
