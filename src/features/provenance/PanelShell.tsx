/**
 * The provenance dialog's frame: backdrop, title, close button, Escape. It ships
 * with the first view (ProvenanceDialog.tsx), so a click on a value opens the
 * dialog at once, showing "loading" while the panel's own chunk arrives; the panel
 * then fills the same frame (the same element, so focus and screen readers stay).
 * Focus moves into the frame when it mounts and, when the dialog closes, back to the
 * control that opened it (kept by openProvenance, since the page behind turns inert,
 * and drops its focus, as soon as it opens).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../../shared/i18n/use-t';
import { closeProvenance, openerOf } from './api';

export function PanelShell({ children }: { children: ReactNode }) {
  const { t } = useT();
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && closeProvenance();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="panel-backdrop" onClick={closeProvenance}>
      <div
        className="provenance-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="provenance-title"
        tabIndex={-1}
        ref={dialog}
        onClick={(e) => e.stopPropagation()}
      >
        <div className="panel-head">
          <h2 id="provenance-title">{t('prov.title')}</h2>
          <button type="button" className="close" onClick={closeProvenance}>
            {t('prov.close')}
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}

/** Returns focus to the opener once the dialog has gone (the page behind turns interactive in the same commit). */
export function useFocusReturn(): void {
  useEffect(
    () => () => {
      const opener = openerOf();
      requestAnimationFrame(() => opener?.focus?.());
    },
    [],
  );
}
