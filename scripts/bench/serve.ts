/**
 * Serves built sites the way a CDN would: each under its own sub-path, with
 * the precompressed `.br`/`.gz` copies sent as `Content-Encoding` when the
 * browser accepts them, hashed assets cached forever, the rest revalidated.
 */
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';
import type { Site } from './sites';

export interface Served {
  /** URL of each site's index, by site name. */
  urls: Record<string, string>;
  close: () => Promise<void>;
}

const HASHED = /[.-][A-Za-z0-9_-]{8,}\.(js|css|json|txt)$/;

export async function serveSites(sites: Site[]): Promise<Served> {
  const mounts = sites.map((site) => ({
    prefix: `/cdn/${site.name}/app/`,
    handler: sirv(site.dir, {
      dev: false,
      etag: true,
      gzip: true,
      brotli: true,
      setHeaders: (res, pathname) =>
        res.setHeader('Cache-Control', HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    }),
  }));
  const server: Server = createServer((req, res) => {
    const mount = mounts.find((m) => req.url?.startsWith(m.prefix));
    if (!mount) {
      res.statusCode = 404;
      res.end('not under a site sub-path');
      return;
    }
    req.url = '/' + req.url!.slice(mount.prefix.length);
    mount.handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    urls: Object.fromEntries(mounts.map((m, i) => [sites[i]!.name, `http://127.0.0.1:${port}${m.prefix}`])),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
