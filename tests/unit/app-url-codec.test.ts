import { describe, expect, it } from 'vitest';
import { decodeHash, encodeHash } from '../../src/shared/url/codec';
import { matchPage } from '../../src/app/pages';
import { compareUrl, useCompareStore } from '../../src/features/compare/compare-store';

const roundTrip = (hash: string) => encodeHash(decodeHash(hash));

describe('URL codec (version 2)', () => {
  it('round-trips a readable hash with path and state, keys in a stable order', () => {
    const hash =
      '#/?v=2&lang=en&norm=employee&norm.rd_expense=absolute&prov=finvolution%3Arevenue%3AFY2022&view.complaints=table';
    expect(roundTrip(hash)).toBe(hash);
    const shuffled =
      '#/?view.complaints=table&prov=finvolution%3Arevenue%3AFY2022&lang=en&v=2&norm.rd_expense=absolute&norm=employee';
    expect(roundTrip(shuffled)).toBe(hash);
  });

  it('keeps a bare path bare and a page path readable', () => {
    expect(roundTrip('#/')).toBe('#/');
    expect(roundTrip('')).toBe('#/');
    expect(roundTrip('#/methodology?v=2&lang=en')).toBe('#/methodology?v=2&lang=en');
    expect(decodeHash('#/metric/rd_expense?v=2').path).toBe('/metric/rd_expense');
  });

  it('migrates a version-1 link (no path, per_* normalisations) to version 2 on the compare page', () => {
    const old =
      '#lang=en&view.ghg_scope12=table&norm.rd_expense=per_employee&norm.water=per_revenue&prov=mashang%3Aemployees_total%3AFY2022';
    const { path, params } = decodeHash(old);
    expect(path).toBe('/');
    expect(params.get('lang')).toBe('en');
    expect(params.get('view.ghg_scope12')).toBe('table');
    expect(params.get('norm.rd_expense')).toBe('employee');
    expect(params.get('norm.water')).toBe('revenue');
    expect(params.get('prov')).toBe('mashang:employees_total:FY2022');
    expect(encodeHash({ path, params })).toBe(
      '#/?v=2&lang=en&norm.rd_expense=employee&norm.water=revenue&prov=mashang%3Aemployees_total%3AFY2022&view.ghg_scope12=table',
    );
  });

  it('drops a version-1 normalisation value it cannot read instead of guessing', () => {
    expect(decodeHash('#norm.x=per_banana').params.has('norm.x')).toBe(false);
  });
});

describe('peer set and reporting year in the URL', () => {
  const throughStore = (hash: string) => {
    compareUrl.read(decodeHash(hash).params);
    const params = new URLSearchParams();
    compareUrl.write(params);
    return encodeHash({ path: decodeHash(hash).path, params });
  };

  it('round-trips a chosen peer set (any number of companies, in order) and year through the store', () => {
    const hash = '#/?v=2&norm=employee&peers=finvolution%2Cxingfu%2Cmashang&year=2022';
    expect(throughStore(hash)).toBe(hash);
    expect(useCompareStore.getState()).toMatchObject({ peers: ['finvolution', 'xingfu', 'mashang'], year: '2022' });
  });

  it('writes nothing for the defaults (every company, every year) and ignores a malformed year', () => {
    expect(throughStore('#/')).toBe('#/');
    expect(useCompareStore.getState()).toMatchObject({ peers: null, year: null });
    expect(throughStore('#/?v=2&peers=&year=twenty')).toBe('#/');
  });

  it('migrates a version-1 link into a version-2 view with the default peer set and year', () => {
    expect(throughStore('#lang=en&view.complaints=table&norm.rd_expense=per_employee')).toBe(
      '#/?v=2&norm.rd_expense=employee&view.complaints=table',
    );
    expect(useCompareStore.getState()).toMatchObject({ peers: null, year: null });
  });
});

describe('page registry', () => {
  it('matches paths and captures parameters; unknown paths match nothing', () => {
    expect(matchPage('/')?.page.title).toBe('page.compare');
    expect(matchPage('/methodology')?.page.title).toBe('page.methodology');
    expect(matchPage('/nope')).toBeNull();
  });
});
