/**
 * What one company lacks against its peers, from compiled data only:
 * - metric gaps: a catalogue metric some peer has a figure for (reported or
 *   derived, normalised values left out) and the company has none;
 * - Guide gaps: an HKEX row some peer answers (figures or narrative) that the
 *   company leaves claimed-but-absent, marked, or unaddressed, when no metric gap
 *   already covers the row.
 * Ordered by importance: core four first, then by how many peers disclose the
 * item, metrics before Guide rows, then catalogue / Guide order.
 */
import type { Company, HkexRow, IndexEntry, MatrixCell, MatrixFile, Metric, Observation } from '../../model/schema';
import { indexObservations } from '../../model/observation-index';
import { indexMatrix } from '../disclosure-matrix/api';

export type OwnGapType =
  | 'claimed_absent'
  | 'own_not_disclosed'
  | 'own_not_applicable'
  | 'garbled'
  | 'narrative_only'
  | 'not_disclosed'
  | 'not_addressed';

export interface OwnCell {
  row: HkexRow;
  cell: MatrixCell;
  entries: IndexEntry[];
}

export interface OwnEvidence {
  type: OwnGapType;
  /** The company's typed gaps for the metric (not disclosed, claimed but not found, garbled…). */
  gaps: Observation[];
  /** The company's matrix cells for the item's HKEX rows, with its index lines. */
  cells: OwnCell[];
  /** Figures of a different measure the company discloses instead (the metric's alternates). */
  instead: Observation[];
  /** Index entries whose line a gap above already quotes: their cited sections are shown, the quote is not repeated. */
  alreadyQuoted: string[];
}

export interface PeerFigure {
  company: string;
  observation: Observation;
}
export interface PeerCell {
  company: string;
  cell: MatrixCell;
  entries: IndexEntry[];
}

export type GapItem =
  | { kind: 'metric'; key: string; metric: Metric; core: boolean; peersDisclosing: number; peers: PeerFigure[]; own: OwnEvidence }
  | { kind: 'row'; key: string; row: HkexRow; core: false; peersDisclosing: number; peers: PeerCell[]; own: OwnEvidence };

export interface GapInput {
  company: string;
  companies: Company[];
  metrics: Metric[];
  observations: Observation[];
  matrix: MatrixFile;
}

const hasFigure = (o: Observation) => (o.status === 'reported' || o.status === 'derived') && !o.per;
const ANSWERED = new Set(['disclosed_figures', 'narrative_only']);
const ROW_GAP: Partial<Record<MatrixCell['status'], OwnGapType>> = {
  claimed_absent: 'claimed_absent',
  self_not_disclosed: 'own_not_disclosed',
  self_not_applicable: 'own_not_applicable',
  not_addressed: 'not_addressed',
};

/** The latest reported figure (the index lists oldest first), else the latest derived one. */
function latestFigure(list: Observation[]): Observation | undefined {
  const figures = list.filter(hasFigure);
  return figures.filter((o) => o.status === 'reported').at(-1) ?? figures.at(-1);
}

function ownType(gaps: Observation[], cells: OwnCell[]): OwnGapType {
  const statuses = new Set(gaps.map((g) => g.status));
  const cellStatuses = new Set(cells.map((c) => c.cell.status));
  if (statuses.has('garbled')) return 'garbled';
  if (statuses.has('claimed_not_found') || cellStatuses.has('claimed_absent')) return 'claimed_absent';
  if (statuses.has('not_applicable') || cellStatuses.has('self_not_applicable')) return 'own_not_applicable';
  if (cellStatuses.has('self_not_disclosed')) return 'own_not_disclosed';
  if (cellStatuses.has('narrative_only')) return 'narrative_only';
  if (statuses.has('not_disclosed')) return 'not_disclosed';
  return 'not_addressed';
}

export function findGaps({ company, companies, metrics, observations, matrix }: GapInput): GapItem[] {
  const peers = companies.filter((c) => c.id !== company).map((c) => c.id);
  const obs = indexObservations(observations);
  const mx = indexMatrix(matrix);
  const ownCell = (code: string): OwnCell | undefined => {
    const cell = mx.cell(company, code);
    const row = mx.row(code);
    return cell && row ? { row, cell, entries: cell.entries.flatMap((id) => mx.entry(id) ?? []) } : undefined;
  };
  const items: GapItem[] = [];
  const orderOf = new Map<string, number>();
  const coveredRows = new Set<string>();

  metrics.forEach((metric, order) => {
    const own = obs.of(company, metric.id);
    if (own.some(hasFigure)) return;
    const peerFigures = peers.flatMap((p) => {
      const observation = latestFigure(obs.of(p, metric.id));
      return observation ? [{ company: p, observation }] : [];
    });
    if (peerFigures.length === 0) return;
    const gaps = own.filter((o) => !hasFigure(o) && !o.per);
    // an index line a gap already quotes is not repeated under the matrix cell
    const quoted = new Set(gaps.flatMap((g) => g.provenance.map((p) => `${p.source}#${p.line}`)));
    const cells = metric.crosswalk.hkex.flatMap((code) => ownCell(code) ?? []);
    const alreadyQuoted = cells
      .flatMap((c) => c.entries)
      .filter((e) => quoted.has(`${e.provenance.source}#${e.provenance.line}`));
    for (const code of metric.crosswalk.hkex) coveredRows.add(code);
    const instead = metric.alternates.flatMap((alt) => latestFigure(obs.of(company, alt)) ?? []);
    items.push({
      kind: 'metric',
      key: `metric:${metric.id}`,
      metric,
      core: metric.core,
      peersDisclosing: peerFigures.length,
      peers: peerFigures,
      own: { type: ownType(gaps, cells), gaps, cells, instead, alreadyQuoted: alreadyQuoted.map((e) => e.id) },
    });
    orderOf.set(`metric:${metric.id}`, order);
  });

  matrix.rows.forEach((row, order) => {
    if (coveredRows.has(row.code)) return;
    const own = ownCell(row.code);
    const type = own && ROW_GAP[own.cell.status];
    if (!own || !type) return;
    const peerCells = peers.flatMap((p) => {
      const cell = mx.cell(p, row.code);
      return cell && ANSWERED.has(cell.status)
        ? [{ company: p, cell, entries: cell.entries.flatMap((id) => mx.entry(id) ?? []) }]
        : [];
    });
    if (peerCells.length === 0) return;
    items.push({
      kind: 'row',
      key: `row:${row.code}`,
      row,
      core: false,
      peersDisclosing: peerCells.length,
      peers: peerCells,
      own: { type, gaps: [], cells: [own], instead: [], alreadyQuoted: [] },
    });
    orderOf.set(`row:${row.code}`, metrics.length + order);
  });

  const figuresFirst = (i: GapItem) => (i.kind === 'row' && !i.peers.some((p) => p.cell.status === 'disclosed_figures') ? 1 : 0);
  items.sort(
    (a, b) =>
      Number(b.core) - Number(a.core) ||
      b.peersDisclosing - a.peersDisclosing ||
      (a.kind === b.kind ? 0 : a.kind === 'metric' ? -1 : 1) ||
      figuresFirst(a) - figuresFirst(b) ||
      orderOf.get(a.key)! - orderOf.get(b.key)!,
  );
  return items;
}
