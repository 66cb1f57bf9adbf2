/** Per-company headline: latest value (or typed gap), qualifiers, footnote marks, alternates. */
import type { CardModel } from './card-model';
import { ValueButton } from './ValueButton';
import { GapLabel } from './GapLabel';
import { periodLabel } from '../../shared/format';
import { t, type Lang } from '../../shared/i18n';
import type { Refusal } from '../../shared/normalise';

interface Props {
  model: CardModel;
  lang: Lang;
  unitSuffix?: string;
  refusals: Refusal[];
  onOpen: (observationId: string) => void;
}

export function CompanyValues({ model, lang, unitSuffix, refusals, onOpen }: Props) {
  const marks = (caveatIds: string[]) =>
    caveatIds.map((id) => model.footnoteOf.get(id)).filter((n): n is number => n !== undefined);
  return (
    <ul className="company-values">
      {model.lines.map((line) => {
        const latest = line.values.at(-1);
        const name = lang === 'zh' ? line.company.shortZh : line.company.shortEn;
        const refused = refusals.filter((r) => r.company === line.company.id);
        return (
          <li key={line.company.id} className="company-value" style={{ borderColor: line.company.color }}>
            <span className="company-name">
              <span className="swatch" style={{ background: line.company.color }} aria-hidden="true" />
              {name}
            </span>
            {latest ? (
              <span className="latest">
                <ValueButton
                  observation={latest}
                  lang={lang}
                  label={`${name} ${periodLabel(latest.period, lang)}`}
                  footnotes={marks(latest.caveats)}
                  unitSuffix={unitSuffix}
                  onOpen={onOpen}
                />
                <span className="period"> {periodLabel(latest.period, lang)}</span>
              </span>
            ) : (
              line.gaps.length === 0 && refused.length === 0 && <span className="gap gap-not_disclosed">—</span>
            )}
            {line.gaps.map((g) => (
              <span key={g.id} className="gap-line">
                <GapLabel gap={g} lang={lang} onOpen={onOpen} />
                {marks(g.caveats).length > 0 && <sup className="footnote-marks">{marks(g.caveats).join(',')}</sup>}
              </span>
            ))}
            {refused.map((r) => (
              <span key={`${r.company}-${r.period}`} className="refusal" role="note">
                {t('normaliseRefused', lang)} ({periodLabel(r.period, lang)}): {lang === 'zh' ? r.reasonZh : r.reasonEn}
              </span>
            ))}
            {line.alternates.map((a) => (
              <div key={a.metric.id} className="alternate">
                <span className="alternate-title">
                  {t('notComparableAlt', lang)}: {lang === 'zh' ? a.metric.nameZh : a.metric.nameEn}
                </span>
                {a.observations.map((o) => (
                  <span key={o.id} className="alternate-value">
                    <ValueButton
                      observation={o}
                      lang={lang}
                      label={`${name} ${lang === 'zh' ? a.metric.nameZh : a.metric.nameEn} ${periodLabel(o.period, lang)}`}
                      footnotes={marks(o.caveats)}
                      onOpen={onOpen}
                    />
                    <span className="period"> {periodLabel(o.period, lang)}</span>
                  </span>
                ))}
              </div>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
