/**
 * One cold page load in Debian's Chromium (fresh user-data dir, mobile
 * viewport), optionally throttled like a slow phone through CDP, measuring in
 * the page itself:
 * - fcp:   the 'first-contentful-paint' paint entry;
 * - chart: first chart drawn — the first frame in which a `.recharts-surface`
 *          holds a painted mark (bar rectangle, line curve or dot with a
 *          non-empty box), polled every animation frame and stamped with
 *          performance.now() in a task queued right after that frame;
 * - tbt:   total blocking time, Lighthouse's definition: for every long task
 *          (PerformanceObserver 'longtask') after FCP, the part over 50 ms,
 *          until the page has been quiet (no long task, no request) for 1.5 s.
 * Every response is recorded with its encoded size, so the first view's bytes
 * are what the browser actually fetched.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export { CHROMIUM, CHROMIUM_FLAGS } from '../../tests/browser/harness';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../tests/browser/harness';

/** Lighthouse's mobile "slow 4G" figures, applied for real (not simulated). */
export const THROTTLING = { latencyMs: 150, downKbps: 1600, upKbps: 750, cpuSlowdown: 4 };

export interface Response {
  url: string;
  mimeType: string;
  encoding: string;
  /** Bytes on the wire, headers included. */
  encodedBytes: number;
}

export interface LoadResult {
  fcp: number | null;
  chart: number | null;
  tbt: number;
  longTasks: number;
  responses: Response[];
}

interface PageProbe {
  fcp: number | null;
  chart: number | null;
  longTasks: [number, number][];
}

/**
 * Runs in the page before any of its own scripts. A string, not a function:
 * tsx would wrap a function's inner closures in helpers the page lacks.
 */
const PROBE = `(() => {
  const probe = { fcp: null, chart: null, longTasks: [] };
  window.__bench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') probe.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const marks = '.recharts-surface path.recharts-rectangle, .recharts-surface path.recharts-line-curve, .recharts-surface .recharts-dot';
  const painted = () => Array.from(document.querySelectorAll(marks)).some((el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 || box.height > 0;
  });
  const poll = () => {
    if (painted()) setTimeout(() => { probe.chart = performance.now(); }, 0);
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

/** Lighthouse's TBT: blocking time of long tasks, counted from FCP on. */
export function totalBlockingTime(longTasks: [number, number][], fcp: number): number {
  let tbt = 0;
  for (const [start, duration] of longTasks) {
    const end = start + duration;
    if (end <= fcp) continue;
    const counted = end - Math.max(start, fcp);
    if (counted > 50) tbt += counted - 50;
  }
  return tbt;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A load that has not drawn a chart this long after navigation is given up (chart: null). */
export const LOAD_CAP_MS = 40_000;

export async function measureLoad(url: string, throttle: boolean, timeoutMs = LOAD_CAP_MS): Promise<LoadResult> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'duibiao-bench-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(PROBE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttle) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: THROTTLING.latencyMs,
        downloadThroughput: (THROTTLING.downKbps * 1000) / 8,
        uploadThroughput: (THROTTLING.upKbps * 1000) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
    }
    const pending = new Map<string, Response>();
    const responses: Response[] = [];
    let lastNetwork = Date.now();
    cdp.on('Network.requestWillBeSent', () => (lastNetwork = Date.now()));
    cdp.on('Network.responseReceived', (e) => {
      if (e.response.url.startsWith('data:')) return;
      const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
      pending.set(e.requestId, {
        url: e.response.url,
        mimeType: e.response.mimeType,
        encoding: headers['content-encoding'] ?? 'identity',
        encodedBytes: 0,
      });
    });
    cdp.on('Network.loadingFinished', (e) => {
      lastNetwork = Date.now();
      const r = pending.get(e.requestId);
      if (!r) return;
      pending.delete(e.requestId);
      responses.push({ ...r, encodedBytes: e.encodedDataLength });
    });
    cdp.on('Network.loadingFailed', (e) => {
      lastNetwork = Date.now();
      pending.delete(e.requestId);
    });

    const started = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    let probe: PageProbe = { fcp: null, chart: null, longTasks: [] };
    for (;;) {
      probe = await page.evaluate(() => (window as unknown as { __bench: PageProbe }).__bench);
      const nowInPage = await page.evaluate(() => performance.now());
      const lastTaskEnd = Math.max(0, ...probe.longTasks.map(([s, d]) => s + d));
      const quiet =
        probe.chart !== null &&
        nowInPage - Math.max(probe.chart, lastTaskEnd) > 1500 &&
        pending.size === 0 &&
        Date.now() - lastNetwork > 1500;
      if (quiet || Date.now() - started > timeoutMs) break;
      await sleep(250);
    }
    return {
      fcp: probe.fcp,
      chart: probe.chart,
      tbt: probe.fcp === null ? 0 : totalBlockingTime(probe.longTasks, probe.fcp),
      longTasks: probe.longTasks.length,
      responses,
    };
  } finally {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
