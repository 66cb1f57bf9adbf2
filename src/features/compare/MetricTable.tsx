/** The card's data as a table: the accessible fallback to the chart. It says when it scrolls. Its own chunk (TableView). */
import type { CardModel } from '../../model/card-model';
import { formatObservation } from '../../shared/format/format';
import { periodLabel } from '../../shared/format/period';
import type { Translator } from '../../shared/i18n/use-t';
import { noteLang, noteText } from './GapLabel';
import { visibleText } from '../../shared/format/visible-text';
import './metric-table.css';
import '../../shared/i18n/messages/evidence';

interface Props {
  model: CardModel;
  tr: Translator;
  onOpen: (observationId: string) => void;
}

export default function MetricTable({ model, tr, onOpen }: Props) {
  const { t } = tr;
  const name = tr.pick(model.metric.nameZh, model.metric.nameEn);
  const rows = model.lines.flatMap((l) =>
    [...l.values, ...l.gaps, ...l.alternates.flatMap((a) => a.observations)].map((o) => ({ line: l, o })),
  );
  return (
    <div className="table-scroll" role="region" aria-label={`${name} · ${t('table.scrolls')}`} tabIndex={0}>
      <table className="metric-table">
        <caption className="visually-hidden">{name}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.company')}</th>
            <th scope="col">{t('col.period')}</th>
            <th scope="col">{t('col.value')}</th>
            <th scope="col">{t('col.qualifier')}</th>
            <th scope="col">{t('col.status')}</th>
            <th scope="col">{t('col.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ line, o }) => {
            const marks = o.caveats.map((id) => model.footnoteOf.get(id)).filter((n) => n !== undefined);
            const alt = o.metric !== model.metric.id;
            const note = o.value === null ? noteText(o, tr) : undefined;
            return (
              <tr key={o.id}>
                <th scope="row">{tr.pick(line.company.shortZh, line.company.shortEn)}</th>
                <td>{periodLabel(o.period, tr)}</td>
                <td className="num">
                  {o.value !== null ? (
                    <button type="button" className="value-button" onClick={() => onOpen(o.id)}>
                      {formatObservation(o, tr)}
                    </button>
                  ) : o.provenance.length > 0 ? (
                    <button type="button" className="gap-button" onClick={() => onOpen(o.id)}>
                      {o.raw ? `“${visibleText(o.raw)}”` : '—'}
                    </button>
                  ) : (
                    '—'
                  )}
                </td>
                <td>{t(`qualifier.${o.qualifier}`)}</td>
                <td>
                  {t(`status.${o.status}`)}
                  {alt && ` · ${t('notComparableAlt')}`}
                  {note && (
                    <span className="table-note" lang={noteLang(o, tr)}>
                      {' · '}
                      {visibleText(note)}
                    </span>
                  )}
                </td>
                <td>{marks.join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
