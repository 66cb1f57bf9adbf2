/**
 * A card's table, loaded when a reader first asks for one (the chart is the
 * default view, so the table is not in the first view's script). While it loads
 * the card says so; a chunk that fails to load says why, with a retry that
 * loads it afresh.
 */
import { Suspense, type ComponentProps, type ReactNode } from 'react';
import { ErrorBoundary } from '../../shared/ui/ErrorBoundary';
import { LoadError } from '../../shared/ui/LoadError';
import { useLazyRetry } from '../../shared/ui/use-lazy-retry';

type TableProps = ComponentProps<typeof import('./MetricTable').default>;
type Load = () => Promise<{ default: (props: TableProps) => ReactNode }>;

const loadTable: Load = () => import('./MetricTable');

export function TableView({ load = loadTable, ...props }: TableProps & { load?: Load }) {
  const [Table, retry] = useLazyRetry(load);
  return (
    <ErrorBoundary resetKey={Table} fallback={(error) => <LoadError error={error} onRetry={retry} />}>
      <Suspense fallback={<p className="table-loading">{props.tr.t('loading')}</p>}>
        <Table {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
