/**
 * The compare page's export menus (each card's, the page's) as their button only:
 * the menu (CardExport, PageExport) and the export feature load on the first press.
 */
import type { ComponentType } from 'react';
import type { Translator } from '../../shared/i18n/use-t';
import { DeferredMenu, type StartOpen } from '../../shared/ui/DeferredMenu';

interface Props<P> {
  tr: Translator;
  /** What is exported, for the button's accessible name (as the menu's: "Export: R&D expense"). */
  subject: string;
  load: () => Promise<{ default: ComponentType<P & StartOpen> }>;
  props: P;
}

export function ExportButton<P extends object>({ tr, subject, load, props }: Props<P>) {
  const label = tr.t('export.menu.button');
  return (
    <DeferredMenu<P>
      label={label}
      accessibleName={`${label}: ${subject}`}
      wrapperClass="export-menu"
      toggleClass="export-toggle"
      failedText={tr.t('export.menu.failed')}
      load={load}
      props={props}
    />
  );
}
