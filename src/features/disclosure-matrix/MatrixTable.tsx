/**
 * The matrix itself: one row per Guide item, one column per company (any number).
 * Every cell is a button naming company, code and status; the first column stays
 * put while the table scrolls sideways on narrow screens.
 */
import type { Company, HkexRow } from '../../model/schema';
import { useT } from '../../shared/i18n/use-t';
import type { MatrixIndex } from './matrix-model';
import type { CellRef } from './matrix-store';
import { STATUS_SYMBOL } from './StatusBadge';

interface Props {
  rows: HkexRow[];
  companies: Company[];
  index: MatrixIndex;
  selected: CellRef | null;
  onSelect: (cell: CellRef) => void;
}

export function cellButtonId(company: string, code: string): string {
  return `mx-${company}-${code.replace('.', '_')}`;
}

export function MatrixTable({ rows, companies, index, selected, onSelect }: Props) {
  const tr = useT();
  const { t } = tr;
  return (
    <div className="matrix-scroll" role="region" aria-label={t('matrix.scrolls')} tabIndex={0}>
      <table className="matrix-table">
        <caption className="visually-hidden">{t('matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="row-head">
              {t('matrix.rowHeader')}
            </th>
            {companies.map((c) => (
              <th scope="col" key={c.id} style={{ borderBottomColor: c.color }}>
                {tr.pick(c.shortZh, c.shortEn)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} className={row.kind === 'general' ? 'row-general' : undefined}>
              <th scope="row" className="row-head">
                <span className="row-code">{row.code}</span>{' '}
                <span className="row-name">{tr.pick(row.short.zh, row.short.en)}</span>
              </th>
              {companies.map((c) => {
                const cell = index.cell(c.id, row.code);
                const name = tr.pick(c.shortZh, c.shortEn);
                const isSelected = selected?.company === c.id && selected.code === row.code;
                return (
                  <td key={c.id}>
                    {cell ? (
                      <button
                        type="button"
                        id={cellButtonId(c.id, row.code)}
                        className={`status-badge status-${cell.status} cell-button`}
                        aria-pressed={isSelected}
                        aria-controls="matrix-evidence"
                        onClick={() => onSelect({ company: c.id, code: row.code })}
                      >
                        <span className="visually-hidden">{t('matrix.cellLabel', name, row.code)}</span>{' '}
                        <span className="status-symbol" aria-hidden="true">
                          {STATUS_SYMBOL[cell.status]}
                        </span>
                        {t(`matrix.s.${cell.status}`)}
                      </button>
                    ) : (
                      '—'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
