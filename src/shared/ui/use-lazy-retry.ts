/**
 * A lazily loaded component that can be loaded afresh: React.lazy replays a failed load, so
 * a retry needs a new lazy component. Pair it with an ErrorBoundary keyed on the component
 * (resetKey) whose fallback offers `retry`.
 */
import { lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';

export function useLazyRetry<P>(
  load: () => Promise<{ default: ComponentType<P> }>,
): readonly [LazyExoticComponent<ComponentType<P>>, () => void] {
  const [Component, setComponent] = useState(() => lazy(load));
  return [Component, () => setComponent(() => lazy(load))] as const;
}
