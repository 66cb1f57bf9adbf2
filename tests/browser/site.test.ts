import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { startSite, type Harness } from './harness';

let site: Harness;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

async function openPage(hash = '') {
  const page = await site.context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(site.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.goto(site.url + hash);
  return { page, errors, foreign };
}

describe('built site served from a sub-path', () => {
  it('renders the overview with both companies and no console errors or third-party requests', async () => {
    const { page, errors, foreign } = await openPage();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('对标');
    await page
      .locator('article[data-metric="rd_expense"]')
      .getByRole('button', { name: /信也科技 2022 年度: 4\.91亿元/ })
      .waitFor();
    expect(await page.locator('article[data-metric]').count()).toBeGreaterThan(30);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('clicking a value shows its verbatim quote; a card switches to a table', async () => {
    const { page, errors } = await openPage('#lang=en');
    const card = page.locator('article[data-metric="complaints"]');
    await card.getByRole('button', { name: /FinVolution Group FY2022: 5,645/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Where this number comes from' });
    await dialog.locator('blockquote').first().waitFor();
    expect(await dialog.locator('blockquote').first().textContent()).toBe('接获关于产品及服务的投诉数目 1 件 3,659 3,937 5,645');
    await dialog.locator('mark', { hasText: '5,645' }).first().waitFor();
    expect(page.url()).toContain('prov=finvolution');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await card.getByRole('button', { name: 'Table' }).click();
    const rows = await card.getByRole('table').getByRole('row').allTextContents();
    expect(rows).toContainEqual(expect.stringContaining('FY20225,645exactreported'));
    expect(page.url()).toContain('view.complaints=table');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens straight from a permalink with the provenance panel open', async () => {
    const { page, errors } = await openPage('#lang=en&prov=mashang%3Aemployees_total%3AFY2022%3Amashang-000-employees-total');
    const dialog = page.getByRole('dialog');
    await dialog.locator('mark', { hasText: '2785' }).first().waitFor();
    expect(await dialog.textContent()).toContain('马上消费金融股份有限公司 2022 年社会责任（ESG）报告');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ships a Content-Security-Policy that allows only its own origin', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>/);
  });
});
