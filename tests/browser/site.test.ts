import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { SUB_PATH, startSite, type Harness } from './harness';

let site: Harness;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

async function openPage(hash = '', width = 1280) {
  const page = await site.context.newPage();
  await page.setViewportSize({ width, height: 900 });
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

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Opens a page at `width` and waits for the first chart, recording the file name of every request. */
async function openRecording(hash: string, width: number) {
  const page = await site.context.newPage();
  await page.setViewportSize({ width, height: width < 600 ? 800 : 900 });
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url().split('/').pop()!));
  await page.goto(site.url + hash);
  await page.locator('article[data-metric="rd_expense"] .recharts-surface').waitFor();
  return { page, fetched };
}

const cards = (page: Page) => page.locator('article[data-metric]:not(.skeleton)').first().waitFor();

describe('built site served from a sub-path', () => {
  it('renders the compare page with every company and no console errors or third-party requests', async () => {
    const { page, errors, foreign } = await openPage();
    await page
      .locator('article[data-metric="rd_expense"]')
      .getByRole('button', { name: /信也科技 2022 年度: 4\.91亿元/ })
      .waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('对比');
    expect(await page.title()).toContain('对标');
    // the groups below the core four render once the browser is idle after the first view
    await page.locator('article[data-metric]').nth(30).waitFor({ state: 'attached' });
    expect(await page.locator('article[data-metric]').count()).toBeGreaterThan(30);
    expect(await page.getByRole('complementary', { name: '公司图例' }).textContent()).toContain('马上消费');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('opens in Chinese without the English strings, loads them on the switch, and switches the whole page', async () => {
    const { page, fetched } = await openRecording('', 1280);
    expect(fetched.filter((f) => f.startsWith('core-en-'))).toEqual([]);
    await page.getByRole('button', { name: '切换到英文' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare' }).waitFor();
    expect(fetched.filter((f) => f.startsWith('core-en-'))).toHaveLength(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(page.url()).toContain('lang=en');
    expect(await page.locator('article[data-metric="rd_expense"] h3').textContent()).toMatch(/^R&D expense/);
    // and back, without another fetch
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await page.getByRole('heading', { level: 1, name: '对比' }).waitFor();
    expect(fetched.filter((f) => f.startsWith('core-en-'))).toHaveLength(1);
    await page.close();
  });

  it('loads the chart tooltip only when a reader points at a chart, and a log scale draws recharts’ axes', async () => {
    const { page, fetched } = await openRecording('#/?v=2&lang=en', 1280);
    await page.waitForTimeout(500);
    expect(fetched.filter((f) => /^(ChartTooltip|AxesChart)-/.test(f))).toEqual([]);
    const card = page.locator('article[data-metric="employees_total"]');
    await card.scrollIntoViewIfNeeded();
    // the first view's own axes: the value ticks and the year under each band
    await card.locator('.plain-axis-x text', { hasText: 'FY2022' }).waitFor();
    expect(await card.locator('.plain-axis-y text').allTextContents()).toContain('6,000');
    const box = (await card.locator('.chart-area').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.5);
    await page.mouse.move(box.x + box.width * 0.86, box.y + box.height * 0.5);
    const tooltip = card.locator('.recharts-tooltip-wrapper');
    await expect.poll(() => tooltip.textContent(), { timeout: 5000 }).toMatch(/FinVolution Group\s*:\s*4,157 persons/);
    expect(await tooltip.textContent()).toContain('FY2022');
    expect(fetched.filter((f) => f.startsWith('ChartTooltip-'))).toHaveLength(1);

    // a card whose values span more than 20×, so it offers a log scale: on log, its bars are
    // redrawn on recharts' own log axis
    const logCard = page.locator('article[data-metric="community_investment"]');
    await logCard.scrollIntoViewIfNeeded();
    await logCard.getByRole('radio', { name: 'Log' }).click();
    await logCard.locator('.recharts-yAxis .recharts-cartesian-axis-tick').first().waitFor({ state: 'attached' });
    expect(await logCard.locator('.plain-axis').count()).toBe(0);
    expect(fetched.filter((f) => f.startsWith('AxesChart-'))).toHaveLength(1);
    await page.close();
  });

  it('on a phone, loads only the index first; the groups below load their part when scrolled near', async () => {
    const { page, fetched } = await openRecording('#/?v=2&lang=en', 375);
    await page.waitForTimeout(1000);
    // the first view: the compare index, which carries the default peers' core part; never the core files
    // on their own, the rest, or the full datasets
    expect(fetched.filter((f) => /^compare[.-]/.test(f))).toEqual([expect.stringMatching(/^compare\.[0-9a-f]{10}\.json$/)]);
    expect(fetched.filter((f) => /^(observations\.|caveats\.|metrics\.|seeds\.)/.test(f))).toEqual([]);
    // the groups below hold boxes, saying they are loading, until then
    const workforce = page.getByRole('region', { name: 'Workforce' });
    expect(await workforce.getByText(/^Loading this group’s \d+ metrics…$/).count()).toBe(1);
    expect(await workforce.getByRole('heading', { level: 3 }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // the headline counts every card already: the compiler's counts for the default peers
    const headline = await page.locator('.headline').textContent();
    expect(headline).toMatch(/^2 companies, 83 metrics: \d+ directly comparable/);
    expect(headline).not.toContain('Counted over');

    await workforce.scrollIntoViewIfNeeded();
    const card = page.locator('article[data-metric="employees_incl_outsourced"]');
    await card.scrollIntoViewIfNeeded();
    await card.getByRole('button', { name: /FinVolution Group FY2022: 4,870 persons/ }).waitFor();
    expect(fetched.some((f) => /^compare-rest-finvolution\./.test(f))).toBe(true);
    // with every part loaded the app counts every card itself: the same counts
    expect(await page.locator('.headline').textContent()).toBe(headline);
    await page.close();
  });

  it('clicking a value shows its verbatim quote; a card switches to a table', async () => {
    const { page, errors } = await openPage('#/?v=2&lang=en');
    const card = page.locator('article[data-metric="complaints"]');
    await card.getByRole('button', { name: /FinVolution Group FY2022: 5,645/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Where this number comes from' });
    await dialog.locator('blockquote').first().waitFor();
    expect(await dialog.locator('blockquote').first().textContent()).toBe('接获关于产品及服务的投诉数目 1 件 3,659 3,937 5,645');
    await dialog.locator('mark', { hasText: '5,645' }).first().waitFor();
    expect(page.url()).toContain('prov=finvolution');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await card.getByRole('radio', { name: 'Table' }).click();
    await card.getByRole('table').waitFor();
    const rows = await card.getByRole('table').getByRole('row').allTextContents();
    expect(rows).toContainEqual(expect.stringContaining('FY20225,645exactreported'));
    expect(page.url()).toContain('view.complaints=table');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('migrates an old permalink and opens with the provenance panel open', async () => {
    const { page, errors } = await openPage('#lang=en&prov=mashang%3Aemployees_total%3AFY2022%3Amashang-000-employees-total');
    const dialog = page.getByRole('dialog');
    await dialog.locator('mark', { hasText: '2785' }).first().waitFor();
    expect(await dialog.textContent()).toContain('马上消费金融股份有限公司 2022 年社会责任（ESG）报告');
    expect(new URL(page.url()).hash).toBe('#/?v=2&lang=en&prov=mashang%3Aemployees_total%3AFY2022%3Amashang-000-employees-total');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a phone, Back closes an open panel instead of leaving the page, and focus returns to the value', async () => {
    const { page } = await openPage('#/?v=2&lang=en', 375);
    // on a phone the fourth card renders as it is scrolled near
    await page.locator('article[data-metric="complaints"]').scrollIntoViewIfNeeded();
    const value = page
      .locator('article[data-metric="complaints"]')
      .getByRole('button', { name: /FinVolution Group FY2022: 5,645/ });
    await value.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(page.url()).toContain('prov=');
    await page.goBack();
    await dialog.waitFor({ state: 'detached' });
    expect(page.url()).toContain(SUB_PATH);
    expect(page.url()).not.toContain('prov=');
    await page.waitForFunction(() => document.activeElement?.classList.contains('value-button'));
    // the page does not scroll sideways at 375 px
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('keyboard only: skip link, open a value, focus stays in the dialog, closes and returns', async () => {
    const { page } = await openPage('#/?v=2&lang=en');
    await cards(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const value = page.locator('article[data-metric="rd_expense"]').getByRole('button', { name: /FinVolution Group FY2022/ });
    await value.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => !!document.activeElement?.closest('[role=dialog]') || document.activeElement === document.body),
      ).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.classList.contains('value-button'));
    await page.close();
  });

  it('navigates to the methodology page through the nav, and Back returns', async () => {
    const { page, errors } = await openPage('#/?v=2&lang=en');
    await cards(page);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Methodology' }).click();
    await page.getByRole('heading', { level: 2, name: 'Comparability grades' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/methodology?v=2&lang=en');
    await page.goBack();
    await cards(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const lang of ['zh', 'en'] as const) {
    const q = lang === 'en' ? '?v=2&lang=en' : '';
    it(
      `has no axe violations in ${lang} on the compare page, then with a table and the panel open`,
      { timeout: 240_000 },
      async () => {
        const { page } = await openPage(`#/${q}`);
        await cards(page);
        expect(await axeViolations(page)).toEqual([]);
        await page.locator('article[data-metric="complaints"] [role=radio]').nth(1).click();
        await page.locator('article[data-metric="complaints"] table').waitFor();
        await page.locator('article[data-metric="complaints"] .value-button').first().click();
        await page.getByRole('dialog').locator('.seed-context').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      },
    );

    it(`has no axe violations in ${lang} on the methodology and not-found pages`, { timeout: 120_000 }, async () => {
      const { page } = await openPage(`#/methodology${q}`);
      await page.locator('.methodology').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${site.url}#/no-such-page${q}`);
      await page.locator('.not-found').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('says so when a chunk cannot load (English strings, an export menu, a table, a dated chart), passes axe, and retries', async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const failing = /\/assets\/(core-en|CardExport|MetricTable|AxesChart)-[^/]+\.js$/;
    await page.route(failing, (route) => route.abort('connectionfailed'));
    await page.goto(site.url);
    await cards(page);
    const card = page.locator('article[data-metric="rd_expense"]');
    await page.getByRole('button', { name: '切换到英文' }).click();
    await page.getByRole('alert').filter({ hasText: '英文界面未能加载' }).waitFor();
    await card.getByRole('button', { name: /^导出: / }).click();
    await card.getByRole('alert').filter({ hasText: '导出失败' }).waitFor();
    await card.getByRole('radio', { name: '表格' }).click();
    await card.getByRole('alert').filter({ hasText: '数据加载失败' }).waitFor();
    const dated = page.locator('article[data-metric="taxes_paid_cumulative"]');
    await dated.scrollIntoViewIfNeeded();
    await dated.getByRole('alert').filter({ hasText: '数据加载失败' }).waitFor();
    // the page stays in Chinese and whole; the four messages are accessible
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await axeViolations(page)).toEqual([]);

    // once the network is back, each retry loads what failed
    await page.unroute(failing);
    await card.getByRole('button', { name: '重试' }).click();
    await card.locator('table').waitFor();
    await dated.getByRole('button', { name: '重试' }).click();
    await dated.locator('.recharts-line').first().waitFor({ state: 'attached' });
    await card.getByRole('button', { name: /^导出: / }).click();
    await card.getByRole('button', { name: /^导出: /, expanded: true }).waitFor();
    await page.getByRole('button', { name: '切换到英文' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare' }).waitFor();
    await page.close();
  });

  it('a missing trailing slash on the sub-path shows a readable message, not a white page', async () => {
    const page = await site.context.newPage();
    await page.goto(site.origin + SUB_PATH.slice(0, -1));
    const text = await page.locator('body').innerText();
    expect(text).toContain('ends with “/”');
    expect(text).toContain('网址是否以“/”结尾');
    await page.close();
  });

  it('ships a Content-Security-Policy that allows only its own origin', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>/);
    expect(html).not.toMatch(/ style="/);
  });
});
