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
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url + hash);
  return { page, errors };
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('rater pages on the built site', () => {
  it('a matrix cell opens its evidence with the index line verbatim', async () => {
    const { page, errors } = await openPage('#/matrix?v=2&lang=en');
    await page.getByRole('button', { name: /^Mashang Consumer Finance B6\.2: .*Claimed, no figures$/ }).click();
    const evidence = page.getByRole('region', { name: /Mashang Consumer Finance · B6\.2/ });
    await evidence.locator('blockquote').first().waitFor();
    expect(await evidence.locator('blockquote').first().textContent()).toContain('B6.2');
    expect(await evidence.textContent()).toContain('P44 维护基本权益');
    expect(page.url()).toContain('mx.cell=mashang-B6.2');
    // Back closes the evidence, the matrix stays
    await page.goBack();
    await page.getByText('Select any cell of the matrix').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const lang of ['zh', 'en'] as const) {
    for (const width of [1280, 375]) {
      it(
        `has no axe violations in ${lang} at ${width} px on the matrix (with evidence open) and the gap finder`,
        { timeout: 240_000 },
        async () => {
          const q = lang === 'en' ? '?v=2&lang=en' : '';
          const { page, errors } = await openPage(`#/matrix${q}`, width);
          await page.locator('.matrix-table').waitFor();
          expect(await axeViolations(page)).toEqual([]);
          await page.locator('#mx-mashang-A1_2').click();
          await page.locator('#matrix-evidence blockquote').first().waitFor();
          expect(await axeViolations(page)).toEqual([]);
          await page.goto(`${site.url}#/gaps${q}`);
          await page.locator('li.gap-item').first().waitFor();
          expect(await axeViolations(page)).toEqual([]);
          expect(errors).toEqual([]);
          await page.close();
        },
      );
    }
  }
});
