/**
 * Browser-test harness: serves dist/ under a deep sub-path on 127.0.0.1 with a
 * plain static server, and drives Debian's Chromium through playwright-core
 * with a fresh user-data dir. Everything started here is stopped by close().
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
import { chromium, type BrowserContext } from 'playwright-core';

export const SUB_PATH = '/some/deep/path/';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Debian Chromium on a closed network: no background connections, fresh profile (tests and the benchmark). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  origin: string;
  url: string;
  context: BrowserContext;
  server: Server;
  close: () => Promise<void>;
}

export async function startSite(distDir = 'dist', onRequest?: (url: string) => void): Promise<Harness> {
  const serve = sirv(distDir, { dev: false, etag: true });
  const server = createServer((req, res) => {
    onRequest?.(req.url ?? '');
    // like many static hosts, serve the folder's index without redirecting to the trailing slash
    if (req.url === SUB_PATH.slice(0, -1)) req.url = SUB_PATH + 'index.html';
    if (!req.url?.startsWith(SUB_PATH)) {
      res.statusCode = 404;
      res.end('not under the sub-path');
      return;
    }
    req.url = '/' + req.url.slice(SUB_PATH.length);
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  const userDataDir = mkdtempSync(join(tmpdir(), 'duibiao-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  return {
    origin,
    url: origin + SUB_PATH,
    context,
    server,
    close: async () => {
      await context.close().catch(() => undefined);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
