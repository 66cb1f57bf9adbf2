import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { siteHandlers } from './compiled-site';
import { renderApp } from './render-app';

const server = setupServer(...siteHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const cell = (name: RegExp) => screen.findByRole('button', { name });

describe('disclosure matrix on the real compiled datasets', () => {
  it('shows each cell’s status as text, per company and KPI', async () => {
    renderApp('en', '#/matrix?v=2&lang=en');
    // Mashang's index claims A1.2 (GHG) and B6.2 (complaints), the report gives no figures
    expect(await cell(/^Mashang Consumer Finance A1\.2: .*Claimed, no figures$/)).toBeInTheDocument();
    expect(await cell(/^Mashang Consumer Finance B6\.2: .*Claimed, no figures$/)).toBeInTheDocument();
    // its own "/" and 不适用 marks
    expect(await cell(/^Mashang Consumer Finance A1\.3: .*Marked “\/”$/)).toBeInTheDocument();
    expect(await cell(/^Mashang Consumer Finance B7\.1: .*Marked “\/”$/)).toBeInTheDocument();
    expect(await cell(/^Mashang Consumer Finance A2\.5: .*Marked not applicable$/)).toBeInTheDocument();
    expect(await cell(/^Mashang Consumer Finance B3\.2: .*Marked not applicable$/)).toBeInTheDocument();
    expect(await cell(/^Mashang Consumer Finance B1\.1: .*Figures$/)).toBeInTheDocument();
    // FinVolution's figures, and a row its GRI index does not reach
    for (const code of ['A1.2', 'A2.1', 'A2.2', 'B1.1', 'B6.2', 'B8.2'])
      expect(await cell(new RegExp(`^FinVolution Group ${code.replace('.', '\\.')}: .*Figures$`))).toBeInTheDocument();
    expect(await cell(/^FinVolution Group A2\.5: .*Not addressed$/)).toBeInTheDocument();
  });

  it('shows counts per status and the score per company, linking to the formula', async () => {
    renderApp('zh', '#/matrix');
    const summary = (await screen.findByRole('heading', { name: '各公司披露概况' })).closest('section')!;
    const table = within(summary).getByRole('table');
    const row = (label: RegExp) => within(table).getByRole('row', { name: label });
    expect(row(/披露得分/)).toHaveTextContent(/55\.7.*24\.5 分 ÷ 44 行.*59\.4.*28\.5 分 ÷ 48 行/);
    expect(row(/^有数据/)).toHaveTextContent(/有数据\s*2\s*15/);
    expect(row(/索引声称但无数据/)).toHaveTextContent(/索引声称但无数据\s*4\s*0/);
    expect(row(/公司标注“\/”/)).toHaveTextContent(/14\s*0/);
    expect(row(/公司标注不适用/)).toHaveTextContent(/4\s*0/);
    expect(row(/未涉及/)).toHaveTextContent(/0\s*17/);
    expect(within(summary).getByRole('link', { name: '得分公式见方法说明' })).toHaveAttribute('href', '#/methodology');
  });

  it('opens a cell’s evidence: reason, the index line verbatim with source and line, the cited section, the gaps', async () => {
    const user = userEvent.setup();
    renderApp('en', '#/matrix?v=2&lang=en');
    await user.click(await cell(/^Mashang Consumer Finance A1\.2: /));
    const evidence = await screen.findByRole('region', { name: /Mashang Consumer Finance · A1\.2/ });
    expect(evidence).toHaveTextContent(
      'On review, neither the cited section nor the rest of the report gives Scope 1 GHG emissions',
    );
    const quote = evidence.querySelector('blockquote')!;
    expect(quote.textContent).toContain('关键绩效指标 A1.2');
    expect(quote.textContent).toContain('P39 科技赋能绿色低碳发展');
    expect(evidence).toHaveTextContent(/line 2812–2816/);
    expect(evidence).toHaveTextContent(/「科技赋能绿色低碳发展」 · page 39/);
    expect(within(evidence).getAllByText("claimed in the report's index but not found").length).toBe(3);
    expect(window.location.hash).toContain('mx.cell=mashang-A1.2');
  });

  it('shows the company’s own mark and, for figures, links to metric pages', async () => {
    const user = userEvent.setup();
    renderApp('zh', '#/matrix?v=2&mx.cell=mashang-A2.5');
    const evidence = await screen.findByRole('region', { name: /马上消费 · A2\.5/ });
    expect(evidence).toHaveTextContent('公司自己的标注：“不适用，公司无产品包装材料。”');
    expect(evidence).toHaveTextContent('不计入得分');
    await user.click(await cell(/^信也科技 B6\.2：/));
    const fv = await screen.findByRole('region', { name: /信也科技 · B6\.2/ });
    expect(within(fv).getAllByRole('link', { name: '指标页：客户投诉量' })[0]).toHaveAttribute('href', '#/metric/complaints');
    expect(fv).toHaveTextContent('5,645');
  });

  it('filters by pillar and status, and shows only differences, in the URL', async () => {
    const user = userEvent.setup();
    renderApp('en', '#/matrix?v=2&lang=en&mx.pillar=E&mx.diff=1');
    await cell(/^Mashang Consumer Finance A1\.2: /);
    expect(screen.getByText('Showing 16 of 48 rows')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Mashang Consumer Finance B1\.1: / })).not.toBeInTheDocument();
    // A1.1: both narrative only, the same status, so hidden
    expect(screen.queryByRole('button', { name: /^Mashang Consumer Finance A1\.1: / })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Status (any company)'), 'claimed_absent');
    expect(screen.getByText('Showing 2 of 48 rows')).toBeInTheDocument();
    expect(window.location.hash).toContain('mx.status=claimed_absent');
  });
});
