import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupServer } from 'msw/node';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { siteHandlers } from './compiled-site';
import { renderApp } from './render-app';

const server = setupServer(...siteHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const gapItems = () => [...document.querySelectorAll<HTMLElement>('li.gap-item')];

describe('gap finder on the real compiled datasets', () => {
  it('lists what Mashang lacks, core four first, each with the peer’s figure and Mashang’s gap evidence', async () => {
    renderApp('en', '#/gaps?v=2&lang=en&gaps.company=mashang');
    await screen.findByRole('heading', { level: 2, name: /^Mashang Consumer Finance: \d+ gaps$/ });
    const items = gapItems();
    const titles = items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent);
    // the four core metrics Mashang lacks come first (it does disclose its headcount)
    expect(titles.slice(0, 3)).toEqual([
      expect.stringMatching(/^R&D expense/),
      expect.stringMatching(/^Scope 1\+2 GHG emissions/),
      expect.stringMatching(/^Customer complaints/),
    ]);
    expect(titles.some((x) => /^Total employees/.test(x ?? ''))).toBe(false);
    const ghg = items[1]!;
    expect(ghg).toHaveTextContent('FinVolution Group · FY2022 · 1,570.8 tCO₂e');
    expect(ghg).toHaveTextContent('Claimed in the report’s index, absent from the report');
    expect(
      within(ghg)
        .getAllByRole('blockquote')
        .some((q) => q.textContent?.includes('关键绩效指标 A1.2')),
    ).toBe(true);
    // a Guide row Mashang marks "/" while the peer answers it
    const hazardous = items[titles.findIndex((x) => /^A1\.3 Hazardous waste\s+HKEX Guide item$/.test(x ?? ''))]!;
    expect(hazardous).toHaveTextContent('Marked “/” (not disclosed) by the company');
    // the peer's GRI index line, and Mashang's own index line with its "/"
    expect(within(hazardous).getAllByRole('blockquote')[0]).toHaveTextContent('306-3 产生的废弃物');
    expect(hazardous.querySelector('.gap-own blockquote')).toHaveTextContent(/A1\.3[\s\S]*\//);
  });

  it('copies the list as text in the page language, with the evidence', async () => {
    const user = userEvent.setup();
    renderApp('zh', '#/gaps?v=2&gaps.company=mashang');
    await screen.findByRole('heading', { level: 2, name: /^马上消费共有 \d+ 项缺口$/ });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: '复制文本' }));
    expect(await screen.findByText('已复制到剪贴板。')).toBeInTheDocument();
    const text = writeText.mock.calls[0]![0];
    expect(text).toMatch(/^ESG 信息披露缺口清单：马上消费\n对比同业：信也科技/);
    expect(text).toMatch(/1\. 研发费用 \[核心四项, 指标\]/);
    // the peer's verbatim quote with source and line, and Mashang's index claim
    expect(text).toContain('原文：“研发费用投入 万元 37,017.5 43,485.0 49,148.4”');
    expect(text).toContain('2. 范围一和二温室气体排放');
    expect(text).toContain('贵公司: 索引声称披露，但报告中没有');
    expect(text).toContain('关键绩效指标 A1.2');
    expect(text).toContain('所引章节：科技赋能绿色低碳发展');
  });

  it('chooses the company in the URL; FinVolution lacks Mashang’s cumulative figures and the rows its GRI index does not reach', async () => {
    const user = userEvent.setup();
    renderApp('en', '#/gaps?v=2&lang=en');
    await screen.findByRole('heading', { level: 2, name: /^Mashang Consumer Finance: / });
    await user.selectOptions(screen.getByLabelText('Company'), 'finvolution');
    await screen.findByRole('heading', { level: 2, name: /^FinVolution Group: \d+ gaps$/ });
    expect(window.location.hash).toContain('gaps.company=finvolution');
    const items = gapItems();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((li) => li.textContent?.includes('Mashang Consumer Finance'))).toBe(true);
    expect(items.some((li) => li.textContent?.includes('Not addressed: no index entry and no figure'))).toBe(true);
  });
});
