/**
 * Screenshots the built site at desktop and phone widths, in both languages:
 *   tsx scripts/screenshot.ts [hash-path] [outPrefix] [--full]
 * e.g. `tsx scripts/screenshot.ts /methodology .scratch/method`.
 */
import { startSite } from '../tests/browser/harness';

const path = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '/';
const prefix = process.argv[3] && !process.argv[3].startsWith('--') ? process.argv[3] : '.scratch/shot';
const site = await startSite();
try {
  for (const lang of ['zh', 'en'] as const) {
    for (const [name, width, height] of [
      ['desktop', 1440, 1000],
      ['phone', 375, 800],
    ] as const) {
      const page = await site.context.newPage();
      await page.setViewportSize({ width, height });
      page.on('console', (m) => m.type() === 'error' && console.log(`[${lang} ${name}] console error: ${m.text()}`));
      await page.goto(`${site.url}#${path}${lang === 'en' ? (path.includes('?') ? '&lang=en' : '?v=2&lang=en') : ''}`);
      await page.waitForSelector('main h1', { timeout: 15000 });
      await page.waitForSelector('.metric-card:not(.skeleton), .methodology, .metric-page, .source-reader .sr-line, .not-found, .matrix-page table, .gap-finder', { timeout: 15000 });
      await page.waitForTimeout(500);
      const file = `${prefix}-${lang}-${name}.png`;
      await page.screenshot({ path: file, fullPage: process.argv.includes('--full') });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await site.close();
}
