/**
 * The rater's path through the built site: a compare card → its metric page →
 * a value's provenance → the source reader at the quote's line, and Back all
 * the way; axe on the metric and source pages in both languages at desktop and
 * phone widths.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { startSite, type Harness } from './harness';

let site: Harness;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

async function openPage(hash: string, width = 1280) {
  const page = await site.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(site.url + hash);
  return { page, errors, requests };
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const QUOTE = '马上消费已累计投入33亿元用于科技研发，申请发';
const SEED = '003_3447acc407f3fddb.txt';

describe('metric page and source reader in the built site', () => {
  it('card → metric page → provenance → source reader at the quote, and Back returns step by step', async () => {
    const { page, errors, requests } = await openPage('#/?v=2&lang=en');
    const card = page.locator('article[data-metric="rd_investment_cumulative"]');
    await card.scrollIntoViewIfNeeded();
    await card.getByRole('link', { name: 'Metric details' }).click();
    await page.getByRole('heading', { level: 2, name: /Cumulative tech investment/ }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/metric/rd_investment_cumulative?v=2&lang=en');
    // the first views never load seed text
    expect(requests.filter((u) => /seed-.*\.txt$/.test(u))).toEqual([]);

    const row = page.locator('tr', { hasText: 'as of 2023-10-19' }).first();
    await row.getByRole('button', { name: 'Where this comes from: RMB 3.3 bn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Where this number comes from' });
    await dialog.getByRole('link', { name: 'Read in the source (line 36)' }).click();

    const target = page.locator(`.source-reader [data-line="36"]`);
    await target.waitFor();
    expect(await dialog.count()).toBe(0);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toContain('马上消费');
    expect(await target.locator('.sr-line-no').textContent()).toBe('36');
    expect(await target.evaluate((el) => el.classList.contains('is-target'))).toBe(true);
    expect((await target.locator('mark.sr-quote').allTextContents()).join('')).toBe(QUOTE);
    await expect.poll(() => target.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await target.boundingBox();
    expect(box && box.y > 0 && box.y < 900).toBe(true);
    const { path, line, q } = (() => {
      const hash = new URL(page.url()).hash;
      const params = new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
      return { path: decodeURI(hash.slice(1, hash.indexOf('?'))), line: params.get('line'), q: params.get('q') };
    })();
    expect({ path, line, q }).toEqual({ path: `/source/${SEED}`, line: '36', q: QUOTE });

    // a figure in the reader opens its observation's provenance
    await target.getByRole('button', { name: /: Cumulative tech investment, as of 2023-10-19, RMB 3.3 bn$/ }).click();
    await dialog.locator('blockquote').first().waitFor();
    expect(await dialog.locator('blockquote').first().textContent()).toBe(QUOTE);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Back: the provenance panel over the metric page, then the metric page, then the compare page
    await page.goBack();
    await dialog.waitFor();
    expect(new URL(page.url()).hash).toContain('#/metric/rd_investment_cumulative');
    await page.goBack();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 2, name: /Cumulative tech investment/ }).waitFor();
    await page.goBack();
    await card.waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const lang of ['zh', 'en'] as const) {
    const q = lang === 'en' ? '&lang=en' : '';
    for (const width of [1280, 375]) {
      it(`has no axe violations in ${lang} at ${width} px on a metric page and a source page`, { timeout: 180_000 }, async () => {
        const { page, errors } = await openPage(`#/metric/rd_investment_cumulative${q ? `?v=2${q}` : ''}`, width);
        await page.locator('.metric-page tbody tr').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.goto(`${site.url}#/source/004_fc1b98ab1024343c.txt?v=2&line=3331${q}`);
        await page.locator('.source-reader [data-line="3331"]').waitFor();
        await page.getByRole('checkbox').check();
        await page.locator('.sr-ignored').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});
