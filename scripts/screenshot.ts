/** Screenshots the built site at desktop and phone widths: tsx scripts/screenshot.ts [hash] [outPrefix] */
import { startSite } from '../tests/browser/harness';

const hash = process.argv[2] ?? '';
const prefix = process.argv[3] ?? '.scratch/shot';
const site = await startSite();
try {
  for (const [name, width, height] of [
    ['desktop', 1440, 1000],
    ['phone', 375, 800],
  ] as const) {
    const page = await site.context.newPage();
    await page.setViewportSize({ width, height });
    page.on('console', (m) => m.type() === 'error' && console.log(`[${name}] console error: ${m.text()}`));
    await page.goto(site.url + hash);
    await page.waitForSelector('.metric-card:not(.skeleton)', { timeout: 15000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${prefix}-${name}.png`, fullPage: process.argv.includes('--full') });
    console.log(`${prefix}-${name}.png`);
    await page.close();
  }
} finally {
  await site.close();
}
