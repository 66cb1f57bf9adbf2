/** The card's data as a table: the accessible fallback to the chart. */
import type { CardModel } from './card-model';
import { formatValue, periodLabel } from '../../shared/format';
import { QUALIFIER_LABEL, STATUS_LABEL, t, type Lang } from '../../shared/i18n';

interface Props {
  model: CardModel;
  lang: Lang;
  unitSuffix?: string;
  onOpen: (observationId: string) => void;
}

export function MetricTable({ model, lang, unitSuffix = '', onOpen }: Props) {
  const name = lang === 'zh' ? model.metric.nameZh : model.metric.nameEn;
  const rows = model.lines.flatMap((l) =>
    [...l.values, ...l.gaps, ...l.alternates.flatMap((a) => a.observations)].map((o) => ({ line: l, o })),
  );
  return (
    <table className="metric-table">
      <caption className="visually-hidden">{name}</caption>
      <thead>
        <tr>
          <th scope="col">{t('company', lang)}</th>
          <th scope="col">{t('period', lang)}</th>
          <th scope="col">{t('value', lang)}</th>
          <th scope="col">{t('qualifier', lang)}</th>
          <th scope="col">{t('status', lang)}</th>
          <th scope="col">{t('notes', lang)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ line, o }) => {
          const marks = o.caveats.map((id) => model.footnoteOf.get(id)).filter((n) => n !== undefined);
          const alt = o.metric !== model.metric.id;
          return (
            <tr key={o.id}>
              <th scope="row">{lang === 'zh' ? line.company.shortZh : line.company.shortEn}</th>
              <td>{periodLabel(o.period, lang)}</td>
              <td className="num">
                {o.value !== null ? (
                  <button type="button" className="value-button" onClick={() => onOpen(o.id)}>
                    {formatValue(o.value, o.unit, lang, o.qualifier)}
                    {alt ? '' : unitSuffix}
                  </button>
                ) : o.provenance.length > 0 ? (
                  <button type="button" className="gap-button" onClick={() => onOpen(o.id)}>
                    {o.raw ? `“${o.raw}”` : '—'}
                  </button>
                ) : (
                  '—'
                )}
              </td>
              <td>{QUALIFIER_LABEL[o.qualifier][lang]}</td>
              <td>
                {STATUS_LABEL[o.status][lang]}
                {alt && ` · ${t('notComparableAlt', lang)}`}
              </td>
              <td>{marks.join(', ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
