/**
 * A menu that costs the first view one button (the compare page's export menus):
 * until it is pressed, only a stand-in for the menu's toggle is drawn, with the
 * toggle's own classes; the press loads the menu (the component `load` brings,
 * rendered with `startOpen`), which opens in place with focus on its toggle. A
 * chunk that fails to load says so beside the button, and pressing it again loads
 * it afresh.
 */
import { Component, Suspense, lazy, useState, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

export interface StartOpen {
  /** Open on mount, with focus on the toggle (the press that loaded it was the opening one). */
  startOpen?: boolean;
}

interface Props<P> {
  /** The toggle's text and accessible name, as the real menu's. */
  label: string;
  accessibleName: string;
  /** Class names of the real menu's wrapper and toggle, so the stand-in looks the same. */
  wrapperClass: string;
  toggleClass: string;
  /** Put before the reason when the menu cannot load. */
  failedText: string;
  load: () => Promise<{ default: ComponentType<P & StartOpen> }>;
  props: P;
}

export function DeferredMenu<P extends object>(p: Props<P>) {
  const { load, props } = p;
  const [Menu, setMenu] = useState<LazyExoticComponent<ComponentType<P & StartOpen>> | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const press = () => {
    setFailed(null);
    setMenu(() => lazy(load));
  };
  const toggle = (busy: boolean) => (
    <div className={p.wrapperClass} data-print="hide">
      <button
        type="button"
        className={p.toggleClass}
        aria-expanded={false}
        aria-busy={busy || undefined}
        aria-label={p.accessibleName}
        onClick={busy ? undefined : press}
      >
        {p.label}
      </button>
      {failed !== null && (
        <p className="load-failed" role="alert">
          {p.failedText}
          {failed instanceof Error ? failed.message : String(failed)}
        </p>
      )}
    </div>
  );
  if (!Menu || failed !== null) return toggle(false);
  return (
    <LoadFailure onError={setFailed}>
      <Suspense fallback={toggle(true)}>
        <Menu {...props} startOpen />
      </Suspense>
    </LoadFailure>
  );
}

/** Hands a failed load to the parent, which draws the button again with the reason. */
class LoadFailure extends Component<{ onError: (e: unknown) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error ?? new Error('unknown error'));
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
