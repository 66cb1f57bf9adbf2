import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { compileSite, siteHandlers } from './compiled-site';
import { renderApp } from './render-app';

// Hostile text injected into a seed line that a rule quotes, and into that rule's note.
const HOSTILE =
  '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><a href="javascript:alert(1)">x</a>\u202Eevil\u202C';

function hostileRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'duibiao-hostile-'));
  cpSync('seeds', join(root, 'seeds'), { recursive: true });
  cpSync('data', join(root, 'data'), { recursive: true });
  const seed = join(root, 'seeds', '003_3447acc407f3fddb.txt');
  writeFileSync(seed, readFileSync(seed, 'utf8').replace('赫建营透露道，', `赫建营透露道，${HOSTILE}`));
  const rules = join(root, 'data', 'rules', '003_3447acc407f3fddb.json');
  const parsed = JSON.parse(readFileSync(rules, 'utf8')) as { id: string; note: string }[];
  for (const r of parsed) r.note = `${HOSTILE} ${r.note}`;
  writeFileSync(rules, JSON.stringify(parsed));
  return root;
}

const site = compileSite(hostileRoot());
const server = setupServer(...siteHandlers({}, site));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('hostile seed text', () => {
  it('is shown literally as text and nothing in it becomes markup or runs', async () => {
    const user = userEvent.setup();
    renderApp('en');
    // a card beyond the core four: its part loads after the first view, then the card renders its body
    const card = await waitFor(() => {
      const article = screen.getByRole('heading', { level: 3, name: /^Cumulative tech investment/ }).closest('article')!;
      within(article).getByRole('radio', { name: 'Table' });
      return article;
    });
    await user.click(within(card).getByRole('radio', { name: 'Table' }));
    const row = (await within(card).findAllByRole('row')).find((r) => r.textContent?.includes('as of 2023-10-19'))!;
    await user.click(within(row).getByRole('button'));
    const dialog = await screen.findByRole('dialog');
    // the rule note (with the hostile text) is shown as text, once the panel's chunk and data are in
    await waitFor(() => expect(dialog.querySelector('.panel-note')).toHaveTextContent('<script>window.__pwned=1</script>'));
    // bidi overrides are made visible instead of reordering the text
    expect(dialog.querySelector('.panel-note')).toHaveTextContent('⟨U+202E⟩evil⟨U+202C⟩');
    // the seed context around the figure holds the hostile line, as text
    await within(dialog).findAllByText((t) => t.includes('onerror="window.__pwned=2"'));
    expect(dialog.querySelector('script, img, a[href^="javascript"]')).toBeNull();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
