/**
 * The cards of a group whose metrics are in the rest part, before that part has loaded:
 * `count` card-sized boxes, so the page has its height and scrolling does not jump. Within
 * two screens of the viewport (once the first view has painted), or when the page prints,
 * it asks for the part; the cards replace it when the part arrives (if it fails, the
 * page says so in the groups' place). Printed before the part arrives, it says so on paper.
 */
import { useEffect, useRef } from 'react';
import type { Translator } from '../../shared/i18n/use-t';
import { useNearViewport } from '../../shared/ui/use-near-viewport';
import { usePrintRequested } from '../../shared/ui/use-print-requested';
import { useRestWanted } from './compare-data';
import { useFirstView } from './first-view';
import { CARD_MARGIN } from './CardContainer';

export interface PendingGroupProps {
  count: number;
  tr: Translator;
}

export function PendingGroup({ count, tr }: PendingGroupProps) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, false, CARD_MARGIN);
  const painted = useFirstView((s) => s.painted);
  const printing = usePrintRequested();
  const wanted = (near && painted) || printing;
  useEffect(() => {
    if (wanted) useRestWanted.getState().want();
  }, [wanted]);
  if (printing) return <p className="group-not-loaded">{tr.t('group.notLoaded')}</p>;
  return (
    <div ref={ref}>
      <p className="group-loading">{tr.t('group.loading', count)}</p>
      <div className="card-grid">
        {Array.from({ length: count }, (_, i) => (
          <div key={i} className="metric-card card-placeholder" aria-hidden="true" />
        ))}
      </div>
    </div>
  );
}
