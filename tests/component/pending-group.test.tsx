/**
 * A group whose cards are in the rest part, before it loads: it says so, keeps one box per
 * card, asks for the part once the first view has painted (jsdom: every element is near),
 * and on paper says the group had not loaded.
 */
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { PendingGroup } from '../../src/features/compare/PendingGroup';
import { useRestWanted } from '../../src/features/compare/compare-data';
import { useFirstView } from '../../src/features/compare/first-view';
import { translator } from '../../src/shared/i18n/use-t';

describe('PendingGroup', () => {
  it('says how many metrics are loading, keeps a box per card, and asks for the part once the first view has painted', () => {
    useRestWanted.setState({ wanted: false });
    useFirstView.setState({ painted: false });
    const { container } = render(<PendingGroup count={6} tr={translator('en')} />);
    expect(screen.getByText('Loading this group’s 6 metrics…')).toBeInTheDocument();
    const boxes = container.querySelectorAll('.card-placeholder');
    expect(boxes).toHaveLength(6);
    for (const box of boxes) expect(box).toHaveAttribute('aria-hidden', 'true');
    // not before the first view's chart has painted
    expect(useRestWanted.getState().wanted).toBe(false);
    act(() => useFirstView.setState({ painted: true }));
    expect(useRestWanted.getState().wanted).toBe(true);
  });

  it('printed before the part arrives, says so on paper instead of blank boxes', () => {
    useRestWanted.setState({ wanted: false });
    const { container } = render(<PendingGroup count={3} tr={translator('zh')} />);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByText('打印时这一组指标尚未加载；数据已开始加载，稍后再次打印即可包含。')).toBeInTheDocument();
    expect(container.querySelectorAll('.card-placeholder')).toHaveLength(0);
    expect(useRestWanted.getState().wanted).toBe(true);
  });
});
