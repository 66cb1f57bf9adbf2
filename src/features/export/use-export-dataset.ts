/** The loaded datasets plus the manifest, as the export functions read them (null while loading). */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { manifestQuery } from '../../shared/data/datasets';
import { useDatasets } from '../../shared/data/use-datasets';
import type { ExportDataset } from './export-dataset';

const NAMES = ['observations', 'metrics', 'companies', 'sources', 'caveats', 'refusals', 'conflicts'] as const;

export function useExportDataset(): ExportDataset | null {
  const manifest = useQuery(manifestQuery());
  const state = useDatasets(NAMES);
  return useMemo(
    () => (manifest.data && state.status === 'ready' ? { manifest: manifest.data, ...state.data } : null),
    [manifest.data, state],
  );
}
