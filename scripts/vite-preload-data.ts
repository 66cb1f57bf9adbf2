/**
 * Vite plugin (build only): reads the compiled manifest (`<publicDir>/data/manifest.json`)
 * and the compare index it names, and adds `<link rel="preload" as="fetch" crossorigin>`
 * for the files the first view needs (the manifest and the compare index, which carries
 * the default peers' core files), so the browser fetches them while the script
 * downloads instead of after it has run and read the manifest. Plain tags, no inline script (the CSP forbids
 * them). The names are content-hashed: a stale page's preloads are simply unused, as
 * the app still loads the files its fresh manifest names. (The first page's code needs no
 * preload: the overview page ships in the entry chunk, see src/app/pages.ts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { compareIndexSchema, manifestSchema } from '../src/model/schema';

export function preloadData(): Plugin {
  let publicDir = '';
  return {
    name: 'duibiao-preload-data',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml() {
      const tags: HtmlTagDescriptor[] = [];
      const dataDir = join(publicDir, 'data');
      const path = join(dataDir, 'manifest.json');
      if (!existsSync(path)) throw new Error(`preload-data: ${path} is missing; run npm run compile first`);
      const manifest = manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      // the index the HTML names must be there and valid: it carries the default first view's core files
      compareIndexSchema.parse(JSON.parse(readFileSync(join(dataDir, manifest.files.compare), 'utf8')));
      // the manifest too: the app's first fetch of it takes this copy (src/shared/data/datasets.ts)
      const firstView = [
        'manifest.json',
        // with the default peers' core files in it
        manifest.files.compare,
      ];
      for (const file of firstView) {
        tags.push({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', href: `./data/${file}`, crossorigin: 'anonymous' },
          injectTo: 'head',
        });
      }
      return tags;
    },
  };
}
