import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportMenu, type ExportMenuProps } from '../../src/features/export/ExportMenu';
import { ExportButton } from '../../src/features/compare/ExportButton';
import type { StartOpen } from '../../src/shared/ui/DeferredMenu';
import { translator } from '../../src/shared/i18n/use-t';

describe('ExportMenu', () => {
  it('is a labelled disclosure listing only the given actions, and runs the chosen one', async () => {
    const user = userEvent.setup();
    const onCsvView = vi.fn();
    const onPng = vi.fn(async () => {});
    render(<ExportMenu tr={translator('zh')} subject="研发费用" onCsvView={onCsvView} onPng={onPng} />);
    const toggle = screen.getByRole('button', { name: '导出: 研发费用' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: '下载当前视图 CSV' })).toBeNull();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['下载当前视图 CSV', '下载图片（PNG）']);

    await user.click(screen.getByRole('button', { name: '下载图片（PNG）' }));
    expect(onPng).toHaveBeenCalledTimes(1);
    expect(onCsvView).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('已完成');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('works from the keyboard: Enter opens, Tab reaches the actions, Escape closes and returns focus', async () => {
    const user = userEvent.setup();
    const onCopyCitation = vi.fn();
    render(<ExportMenu tr={translator('en')} subject="R&D expense" onCopyCitation={onCopyCitation} onSvg={vi.fn()} />);
    await user.tab();
    const toggle = screen.getByRole('button', { name: 'Export: R&D expense' });
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Download vector image (SVG)' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onCopyCitation).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Citation copied to the clipboard');
  });

  it('says why an export failed and keeps the menu open', async () => {
    const user = userEvent.setup();
    render(
      <ExportMenu tr={translator('en')} subject="all data" onZip={() => Promise.reject(new Error('caveats.json: HTTP 404'))} />,
    );
    await user.click(screen.getByRole('button', { name: 'Export: all data' }));
    await user.click(screen.getByRole('button', { name: 'Download the full dataset (ZIP)' }));
    expect(await screen.findByText('Export failed: caveats.json: HTTP 404')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export: all data' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('renders nothing when no action is given', () => {
    const { container } = render(<ExportMenu tr={translator('en')} subject="x" />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('the compare page’s ExportButton (shared/ui/DeferredMenu)', () => {
  type MenuProps = Omit<ExportMenuProps, 'tr' | 'subject'>;
  const tr = translator('en');
  const real = (props: MenuProps & StartOpen) => <ExportMenu tr={tr} subject="R&D expense" {...props} />;

  it('draws only its button until pressed, then loads the menu, opens it and keeps focus on the toggle', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const onCsvView = vi.fn();
    let resolve!: (m: { default: typeof real }) => void;
    const load = vi.fn(() => new Promise<{ default: typeof real }>((r) => (resolve = r)));
    render(<ExportButton<MenuProps> tr={tr} subject="R&D expense" load={load} props={{ onOpen, onCsvView }} />);
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Export: R&D expense' })).toHaveAttribute('aria-expanded', 'false');

    await user.click(screen.getByRole('button', { name: 'Export: R&D expense' }));
    expect(load).toHaveBeenCalledTimes(1);
    // while the chunk loads: the same button, busy
    expect(screen.getByRole('button', { name: 'Export: R&D expense' })).toHaveAttribute('aria-busy', 'true');
    resolve({ default: real });
    const toggle = await screen.findByRole('button', { name: 'Export: R&D expense', expanded: true });
    expect(toggle).toHaveFocus();
    expect(onOpen).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Download this view as CSV' }));
    expect(onCsvView).toHaveBeenCalledTimes(1);
  });

  it('says why when the menu cannot load, and the next press loads it afresh', async () => {
    const user = userEvent.setup();
    const load = vi
      .fn<() => Promise<{ default: typeof real }>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ default: real });
    render(<ExportButton<MenuProps> tr={tr} subject="R&D expense" load={load} props={{ onSvg: vi.fn() }} />);
    await user.click(screen.getByRole('button', { name: 'Export: R&D expense' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Export failed: Failed to fetch dynamically imported module');
    await user.click(screen.getByRole('button', { name: 'Export: R&D expense' }));
    expect(await screen.findByRole('button', { name: 'Export: R&D expense', expanded: true })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
