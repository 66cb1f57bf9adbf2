import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { SourceReader, type SourceReaderProps } from '../../src/features/source-reader/SourceReader';
import '../../src/shared/i18n/messages/source-reader';
import { translator } from '../../src/shared/i18n/use-t';
import { observationsInSource } from '../../src/features/source-reader/source-observations';
import type { SourceObservation } from '../../src/features/source-reader/source-model';
import { compiledSite, readCompiled } from './compiled-site';
import { coverageFileSchema, observationsFileSchema, sourcesFileSchema, metricsFileSchema } from '../../src/model/schema';
import { formatObservation } from '../../src/shared/format/format';
import { periodLabel } from '../../src/shared/format/period';

// jsdom has no layout or scrolling. Emulate a browser's: the text viewport is 480 px tall, each
// line 24 px, the scrollable height is the inner block's, and element.scrollTo moves scrollTop
// and fires the scroll event.
const LINE_PX = 24;
const VIEWPORT_PX = 480;
const originalScrollTo = Element.prototype.scrollTo;
const originalScrollHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollHeight')!;
const originalOffsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
const originalClientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
beforeAll(() => {
  Element.prototype.scrollTo = function (this: Element, options?: ScrollToOptions | number) {
    if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top;
    this.dispatchEvent(new Event('scroll'));
  } as typeof Element.prototype.scrollTo;
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.hasAttribute('data-line') ? LINE_PX : 0;
    },
  });
  Object.defineProperty(Element.prototype, 'scrollHeight', {
    configurable: true,
    get(this: Element) {
      const inner = this.classList.contains('sr-text') ? (this.firstElementChild as HTMLElement | null) : null;
      return inner ? parseFloat(inner.style.height) : 0;
    },
  });
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('sr-text') ? VIEWPORT_PX : 0;
    },
  });
});
afterAll(() => {
  Element.prototype.scrollTo = originalScrollTo;
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', originalOffsetHeight);
  Object.defineProperty(Element.prototype, 'clientHeight', originalClientHeight);
  Object.defineProperty(Element.prototype, 'scrollHeight', originalScrollHeight);
});

const en = translator('en');

/** The quote highlight can be cut by a figure button inside it: read all its marks on the line. */
function quoteText(line: Element): string {
  return [...line.querySelectorAll('mark.sr-quote')].map((m) => m.textContent).join('');
}

function renderedLineNumbers(): number[] {
  return [...document.querySelectorAll('[data-line]')].map((el) => Number(el.getAttribute('data-line')));
}

async function axeViolations(container: Element) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('source reader with plain data', () => {
  const lines = Array.from({ length: 5000 }, (_, i) => `line ${i + 1} of filler text`);
  lines[3999] = '2022年研发投入 491,484 千元，同比增长';
  lines[99] = '申请发明专利超29003000+件';
  lines[199] = 'hostile <script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> \u202Eevil\u202C';
  lines[299] = '成立于2015年，共 12 个网点';
  const text = lines.join('\n');
  const observations: SourceObservation[] = [
    {
      id: 'acme:rd_expense:FY2022',
      metricName: 'R&D expense',
      periodLabel: 'FY2022',
      valueLabel: 'RMB 491.48 m',
      status: 'reported',
      provenance: [{ source: 'seed.txt', line: 4000, quote: '研发投入 491,484 千元', figure: '491,484', role: 'value' }],
    },
    {
      id: 'acme:patents:2025-12',
      metricName: 'Patent applications',
      periodLabel: 'as of 2025-12',
      valueLabel: 'garbled in source',
      status: 'garbled',
      note: 'The printed figure "29003000" runs two values together (plausibly 2900 → 3000).',
      provenance: [{ source: 'seed.txt', line: 100, quote: '专利超29003000+件', figure: '29003000', role: 'value' }],
    },
    {
      id: 'other:x',
      metricName: 'Elsewhere',
      periodLabel: 'FY2022',
      valueLabel: '1',
      status: 'reported',
      provenance: [{ source: 'other.txt', line: 300, quote: '12', figure: '12', role: 'value' }],
    },
  ];
  const props = (over: Partial<SourceReaderProps> = {}): SourceReaderProps => ({
    source: { id: 'seed.txt', title: 'Acme ESG report 2022', publisher: 'Acme', date: '2023-04', language: 'zh' },
    text,
    observations,
    ignored: [{ line: 300, column: 3, text: '2015', reason: 'year or date' }],
    target: { line: 4000, quote: '研发投入 491,484 千元' },
    tr: en,
    onOpenObservation: () => {},
    ...over,
  });

  it('opens at the target line with the quote highlighted and focused, rendering only a window of lines', () => {
    render(<SourceReader {...props()} />);
    const line = document.querySelector<HTMLElement>('[data-line="4000"]')!;
    expect(line).not.toBeNull();
    expect(line).toHaveFocus();
    expect(quoteText(line)).toBe('研发投入 491,484 千元');
    const rendered = renderedLineNumbers();
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(100);
    expect(rendered).not.toContain(1);
    expect(screen.getByRole('heading', { level: 2, name: 'Acme ESG report 2022' })).toBeInTheDocument();
  });

  it("a highlighted figure is a button that calls back with its observation's id", async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(<SourceReader {...props({ onOpenObservation: onOpen })} />);
    const figure = screen.getByRole('button', { name: '491,484: R&D expense, FY2022, RMB 491.48 m' });
    await user.click(figure);
    expect(onOpen).toHaveBeenCalledWith('acme:rd_expense:FY2022');
    // a figure of another seed is not highlighted here
    expect(document.querySelector('[data-observation="other:x"]')).toBeNull();
  });

  it('finds text with a live count, next/previous from the keyboard, and scrolls to the match', async () => {
    const user = userEvent.setup();
    render(<SourceReader {...props({ target: undefined })} />);
    expect(renderedLineNumbers()).not.toContain(4000);
    const box = screen.getByRole('searchbox', { name: 'Find in source' });
    await user.type(box, '491,484');
    const search = screen.getByRole('search', { name: 'Find in source' });
    expect(within(search).getByRole('status')).toHaveTextContent('1 of 1');
    const current = document.querySelector('mark.sr-match.is-current')!;
    expect(current.textContent).toBe('491,484');
    expect(current.closest('[data-line]')!.getAttribute('data-line')).toBe('4000');
    await user.clear(box);
    await user.type(box, 'FILLER');
    expect(within(search).getByRole('status')).toHaveTextContent('1 of 4996');
    await user.keyboard('{Enter}');
    expect(within(search).getByRole('status')).toHaveTextContent('2 of 4996');
    await user.keyboard('{Shift>}{Enter}{Enter}{/Shift}');
    expect(within(search).getByRole('status')).toHaveTextContent('4996 of 4996');
    expect(box).toHaveFocus();
    await user.clear(box);
    await user.type(box, 'no such words');
    expect(within(search).getByRole('status')).toHaveTextContent('No matches');
    expect(within(search).getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('renders hostile seed text literally, as text, with bidi controls made visible', async () => {
    const user = userEvent.setup();
    render(<SourceReader {...props({ target: { line: 200 } })} />);
    const line = document.querySelector('[data-line="200"]')!;
    expect(line).toHaveTextContent('<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">');
    expect(line).toHaveTextContent('⟨U+202E⟩evil⟨U+202C⟩');
    expect(document.querySelector('.source-reader script, .source-reader img')).toBeNull();
    // search finds it as text too
    await user.type(screen.getByRole('searchbox'), '<img');
    expect(document.querySelector('mark.sr-match.is-current')?.textContent).toBe('<img');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('marks and explains garbled figures', async () => {
    const user = userEvent.setup();
    render(<SourceReader {...props({ target: { line: 100 } })} />);
    const garbled = screen.getByRole('button', { name: '29003000: Patent applications, as of 2025-12, garbled in the source' });
    expect(garbled).toHaveClass('sr-status--garbled');
    const explained = screen.getByRole('region', { name: 'Garbled figures (1)' });
    expect(explained).toHaveTextContent('runs two values together (plausibly 2900 → 3000)');
    // jump from the explanation to the line moves focus there
    await user.click(within(explained).getByRole('button', { name: 'line 100' }));
    expect(document.querySelector('[data-line="100"]')).toHaveFocus();
  });

  it('shows ignored numbers with their reason only on demand', async () => {
    const user = userEvent.setup();
    render(<SourceReader {...props({ target: { line: 300 } })} />);
    expect(document.querySelector('.sr-ignored')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Show ignored numbers (1)' }));
    const ignored = document.querySelector('[data-line="300"] .sr-ignored')!;
    expect(ignored).toHaveTextContent('2015 (ignored: year or date)');
    expect(ignored).toHaveAttribute('title', 'year or date');
  });

  it('goes to a typed line and focuses it; no toggle without coverage data', async () => {
    const user = userEvent.setup();
    render(<SourceReader {...props({ target: undefined, ignored: undefined })} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    await user.type(screen.getByRole('spinbutton', { name: 'Go to line' }), '2500');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(document.querySelector('[data-line="2500"]')).toHaveFocus();
  });

  it('is axe clean in both languages', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const { container, unmount } = render(<SourceReader {...props({ tr: translator(lang) })} />);
      expect(await axeViolations(container)).toEqual([]);
      unmount();
    }
  });
});

describe('source reader on the real compiled seed 004', () => {
  const site = compiledSite();
  const seedName = '004_fc1b98ab1024343c.txt';
  const text = readCompiled(site.seeds[seedName]!, site);
  const all = observationsFileSchema.parse(JSON.parse(readCompiled(site.manifest.files.observations, site)));
  const metrics = metricsFileSchema.parse(JSON.parse(readCompiled(site.manifest.files.metrics, site)));
  const source = sourcesFileSchema
    .parse(JSON.parse(readCompiled(site.manifest.files.sources, site)))
    .find((s) => s.id === seedName)!;
  const observations = observationsInSource(seedName, all, (o) => ({
    metricName: metrics.find((m) => m.id === o.metric)!.nameEn,
    periodLabel: periodLabel(o.period, en),
    valueLabel: o.value === null ? o.status : formatObservation(o, en),
    note: o.notes?.en ?? o.note,
  }));
  const community = all.find((o) => o.id === 'finvolution:community_investment:FY2020:fv-community-investment')!;
  const item = community.provenance[0]!;

  it('opens at the provenance line of a real figure, quote highlighted, figure linked to its observation', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(
      <SourceReader
        source={source}
        text={text}
        observations={observations}
        target={{ line: item.line, lineEnd: item.lineEnd, quote: item.quote }}
        tr={en}
        onOpenObservation={onOpen}
      />,
    );
    expect(text.split('\n').length).toBeGreaterThan(3000);
    expect(renderedLineNumbers().length).toBeLessThan(100);
    const line = document.querySelector<HTMLElement>(`[data-line="${item.line}"]`)!;
    expect(line).toHaveFocus();
    expect(quoteText(line)).toBe(item.quote);
    await user.click(within(line).getByRole('button', { name: /^1,779,410: Community investment/ }));
    expect(onOpen).toHaveBeenCalledWith(community.id);
  });

  it('search finds a known figure of seed 004', async () => {
    const user = userEvent.setup();
    render(<SourceReader source={source} text={text} observations={observations} tr={en} onOpenObservation={() => {}} />);
    const expected = text.split('1,779,410').length - 1;
    expect(expected).toBeGreaterThan(0);
    await user.type(screen.getByRole('searchbox'), '1,779,410');
    expect(screen.getByRole('status')).toHaveTextContent(`1 of ${expected}`);
    const current = document.querySelector('mark.sr-match.is-current')!;
    expect(current.closest('[data-line]')!.getAttribute('data-line')).toBe(String(item.line));
  });

  it("the compiler's ignored tokens sit exactly where the coverage report says, and show on demand", async () => {
    const user = userEvent.setup();
    const coverage = coverageFileSchema.parse(JSON.parse(readCompiled(site.manifest.coverage, site)));
    const ignored = coverage.find((c) => c.source === seedName)!.ignoredTokens;
    expect(ignored.length).toBe(coverage.find((c) => c.source === seedName)!.ignored);
    const lines = text.split('\n');
    for (const g of ignored) expect(lines[g.line - 1]!.slice(g.column, g.column + g.text.length)).toBe(g.text);
    const year = ignored.find((g) => g.reason === 'year or date' && g.line > item.line - 5 && g.line < item.line)!;
    render(
      <SourceReader
        source={source}
        text={text}
        observations={observations}
        ignored={ignored}
        target={{ line: item.line, quote: item.quote }}
        tr={en}
        onOpenObservation={() => {}}
      />,
    );
    expect(document.querySelector('.sr-ignored')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: `Show ignored numbers (${ignored.length})` }));
    const marked = document.querySelector(`[data-line="${year.line}"] .sr-ignored`)!;
    expect(marked).toHaveTextContent(`${year.text} (ignored: year or date)`);
  });
});
