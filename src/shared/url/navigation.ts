/**
 * Which URL changes make a history entry. A store change is written with
 * replaceState (pure toggles) unless the action marked it as a navigation
 * (opening a panel, changing page), which pushes, so Back undoes it.
 */
let pushNext = false;
const PANEL = 'duibiao-panel';

export function markNavigation(): void {
  pushNext = true;
}

/** Consumed by the URL writer. */
export function takeNavigation(): boolean {
  const push = pushNext;
  pushNext = false;
  return push;
}

export function panelStateMarker(): object {
  return { [PANEL]: true };
}

/** True when the current history entry was pushed by opening a panel. */
export function currentEntryIsPanel(): boolean {
  const state: unknown = typeof history === 'undefined' ? null : history.state;
  return typeof state === 'object' && state !== null && PANEL in state;
}
