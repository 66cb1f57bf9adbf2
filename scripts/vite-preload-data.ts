/**
 * Vite plugin (build only): reads the compiled manifest (`<publicDir>/data/manifest.json`)
 * and the compare index it names, and adds `<link rel="preload" as="fetch" crossorigin>`
 * for the files the first view needs (the index, the core part's metric details and
 * the core part of each default peer), so the browser fetches them while the script
 * downloads instead of after it has run and read the manifest. Plain tags, no inline script (the CSP forbids
 * them). The names are content-hashed: a stale page's preloads are simply unused, as
 * the app still loads the files its fresh manifest names.
 *
 * It also adds `<link rel="modulepreload">` for the chunks of the first page
 * (lazily imported by the app shell), so they download alongside the entry
 * script instead of after it has run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { compareIndexSchema, manifestSchema } from '../src/model/schema';

export interface PreloadOptions {
  /** Source path (relative to the project root) of the first page's lazily imported module. */
  firstPage: string;
}

export function preloadData({ firstPage }: PreloadOptions): Plugin {
  let publicDir = '';
  return {
    name: 'duibiao-preload-data',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml(_html, ctx) {
      const tags: HtmlTagDescriptor[] = [];
      const bundle = ctx.bundle;
      if (bundle) {
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const page = chunks.find((c) => c.facadeModuleId?.endsWith(firstPage));
        if (!page) throw new Error(`preload-data: no chunk for ${firstPage}`);
        const entry = chunks.find((c) => c.isEntry);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName) || fileName === entry?.fileName) return;
          files.add(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
        };
        visit(page.fileName);
        for (const file of files)
          tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}` }, injectTo: 'head' });
      }
      const dataDir = join(publicDir, 'data');
      const path = join(dataDir, 'manifest.json');
      if (!existsSync(path)) throw new Error(`preload-data: ${path} is missing; run npm run compile first`);
      const manifest = manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      const index = compareIndexSchema.parse(JSON.parse(readFileSync(join(dataDir, manifest.files.compare), 'utf8')));
      const core = index.parts.core;
      // the manifest too: the app's first fetch of it takes this copy (src/shared/data/datasets.ts)
      const firstView = [
        'manifest.json',
        manifest.files.compare,
        core.details,
        ...index.defaultPeers.map((id) => core.companies[id]!),
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
