/**
 * A menu that costs the first view one button (the compare page's export menus):
 * until it is pressed, only a stand-in for the menu's toggle is drawn, with the
 * toggle's own classes; the press loads the menu (the component `load` brings,
 * rendered with `startOpen`), which opens in place with focus on its toggle. A
 * chunk that fails to load says so beside the button, and pressing it again loads
 * it afresh.
 */
import { Suspense, lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

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
  // a fresh lazy component per press: a failed load is retried, not replayed
  const [Menu, setMenu] = useState<LazyExoticComponent<ComponentType<P & StartOpen>> | null>(null);
  const press = () => setMenu(() => lazy(load));
  const toggle = (busy: boolean, failed?: unknown) => (
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
      {failed !== undefined && (
        <p className="load-failed" role="alert">
          {p.failedText}
          {failed instanceof Error ? failed.message : String(failed)}
        </p>
      )}
    </div>
  );
  if (!Menu) return toggle(false);
  return (
    <ErrorBoundary resetKey={Menu} fallback={(error) => toggle(false, error)}>
      <Suspense fallback={toggle(true)}>
        <Menu {...props} startOpen />
      </Suspense>
    </ErrorBoundary>
  );
}
