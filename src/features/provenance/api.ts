/**
 * The provenance feature's public surface: other features open the panel
 * through this file only. Opening pushes a history entry, so Back (or a
 * phone's back gesture) closes the panel instead of leaving the site.
 */
import { create } from 'zustand';
import type { UrlBinding } from '../../shared/url/binding';
import { currentEntryIsPanel, markNavigation } from '../../shared/url/navigation';

interface ProvenanceState {
  /** Observation id whose provenance panel is open. */
  open: string | null;
}

export const useProvenanceStore = create<ProvenanceState>(() => ({ open: null }));

/** The control that opened the dialog: the page behind turns inert, and drops its focus, the moment it opens. */
let opener: HTMLElement | null = null;

/** The control to give focus back to on close (kept until the next open: StrictMode runs a cleanup twice). */
export const openerOf = (): HTMLElement | null => opener;

export function openProvenance(observationId: string): void {
  if (useProvenanceStore.getState().open === observationId) return;
  if (useProvenanceStore.getState().open === null) opener = document.activeElement as HTMLElement | null;
  markNavigation();
  useProvenanceStore.setState({ open: observationId });
}

export function closeProvenance(): void {
  if (useProvenanceStore.getState().open === null) return;
  // undo the entry opening pushed; a permalink that opened with the panel has none to undo
  if (currentEntryIsPanel()) history.back();
  else useProvenanceStore.setState({ open: null });
}

export const provenanceUrl: UrlBinding = {
  read: (params) => useProvenanceStore.setState({ open: params.get('prov') }),
  write: (params) => {
    const open = useProvenanceStore.getState().open;
    if (open) params.set('prov', open);
  },
  subscribe: (listener) => useProvenanceStore.subscribe(listener),
};
