/**
 * What the app mounts: nothing while no value is open; otherwise the dialog frame
 * at once and, inside the same frame, the panel (its own chunk, with the full
 * dataset it reads) once loaded.
 * A chunk that fails to load shows the error with a retry that loads it afresh.
 */
import { Suspense, lazy, useState } from 'react';
import { useT } from '../../shared/i18n/use-t';
import { ErrorBoundary } from '../../shared/ui/ErrorBoundary';
import { LoadError } from '../../shared/ui/LoadError';
import { useProvenanceStore } from './api';
import { PanelShell, useFocusReturn } from './PanelShell';

const loadPanel = () => lazy(() => import('./ProvenancePanel'));

export function ProvenanceDialog() {
  const id = useProvenanceStore((s) => s.open);
  return id === null ? null : <OpenDialog id={id} />;
}

function OpenDialog({ id }: { id: string }) {
  const { t } = useT();
  const [Panel, setPanel] = useState(loadPanel);
  useFocusReturn();
  return (
    <PanelShell>
      <ErrorBoundary resetKey={Panel} fallback={(error) => <LoadError error={error} onRetry={() => setPanel(loadPanel)} />}>
        <Suspense fallback={<p className="panel-loading">{t('loading')}</p>}>
          <Panel id={id} />
        </Suspense>
      </ErrorBoundary>
    </PanelShell>
  );
}
