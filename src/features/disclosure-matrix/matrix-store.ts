/**
 * The matrix page's UI state: pillar and status filters, "only differences",
 * and the cell whose evidence is open. Mirrored in the URL
 * (mx.pillar=E, mx.status=claimed_absent, mx.diff=1, mx.cell=mashang-A1.2).
 */
import { create } from 'zustand';
import type { MatrixStatus } from '../../model/schema';
import { MATRIX_STATUSES } from '../../model/enums';
import type { UrlBinding } from '../../shared/url/binding';
import { markNavigation } from '../../shared/url/navigation';

export type PillarFilter = 'all' | 'E' | 'S' | 'G';
export type StatusFilter = 'all' | MatrixStatus;
export interface CellRef {
  company: string;
  code: string;
}

interface MatrixUiState {
  pillar: PillarFilter;
  status: StatusFilter;
  diffOnly: boolean;
  cell: CellRef | null;
}

const DEFAULTS: MatrixUiState = { pillar: 'all', status: 'all', diffOnly: false, cell: null };

export const useMatrixStore = create<MatrixUiState>(() => DEFAULTS);

export const setPillar = (pillar: PillarFilter) => useMatrixStore.setState({ pillar });
export const setStatusFilter = (status: StatusFilter) => useMatrixStore.setState({ status });
export const setDiffOnly = (diffOnly: boolean) => useMatrixStore.setState({ diffOnly });
/** Opening a cell's evidence is a navigation: Back returns to the matrix without it. */
export function openCell(cell: CellRef | null): void {
  markNavigation();
  useMatrixStore.setState({ cell });
}

const PILLARS: readonly string[] = ['E', 'S', 'G'];
const SEP = '-';

export const matrixUrl: UrlBinding = {
  read: (params) => {
    const pillar = params.get('mx.pillar') ?? '';
    const status = params.get('mx.status') ?? '';
    const cell = params.get('mx.cell')?.split(SEP);
    useMatrixStore.setState({
      pillar: PILLARS.includes(pillar) ? (pillar as PillarFilter) : 'all',
      status: (MATRIX_STATUSES as readonly string[]).includes(status) ? (status as MatrixStatus) : 'all',
      diffOnly: params.get('mx.diff') === '1',
      cell: cell?.length === 2 && cell[0] && cell[1] ? { company: cell[0], code: cell[1] } : null,
    });
  },
  write: (params) => {
    const s = useMatrixStore.getState();
    if (s.pillar !== 'all') params.set('mx.pillar', s.pillar);
    if (s.status !== 'all') params.set('mx.status', s.status);
    if (s.diffOnly) params.set('mx.diff', '1');
    if (s.cell) params.set('mx.cell', `${s.cell.company}${SEP}${s.cell.code}`);
  },
  subscribe: (listener) => useMatrixStore.subscribe(listener),
};
