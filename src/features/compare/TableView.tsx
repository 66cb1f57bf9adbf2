/**
 * A card's table, loaded when a reader first asks for one (the chart is the
 * default view, so the table is not in the first view's script). While it loads
 * the card says so; a chunk that fails to load says why, with a retry that
 * loads it afresh.
 */
import { Suspense, lazy, useState, type ComponentProps, type ReactNode } from 'react';
import { ErrorBoundary } from '../../shared/ui/ErrorBoundary';
import { LoadError } from '../../shared/ui/LoadError';

type TableProps = ComponentProps<typeof import('./MetricTable').default>;
type Load = () => Promise<{ default: (props: TableProps) => ReactNode }>;

const loadTable: Load = () => import('./MetricTable');

export function TableView({ load = loadTable, ...props }: TableProps & { load?: Load }) {
  // a fresh lazy component per retry: a failed load is tried again, not replayed
  const [Table, setTable] = useState(() => lazy(load));
  return (
    <ErrorBoundary resetKey={Table} fallback={(error) => <LoadError error={error} onRetry={() => setTable(() => lazy(load))} />}>
      <Suspense fallback={<p className="table-loading">{props.tr.t('loading')}</p>}>
        <Table {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
