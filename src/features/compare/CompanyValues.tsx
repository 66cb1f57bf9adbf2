/** Per-company headline: latest value (or typed gap), qualifiers, footnote marks, alternates. */
import type { CardModel } from '../../model/card-model';
import { ValueButton } from './ValueButton';
import { GapLabel } from './GapLabel';
import { periodLabel } from '../../shared/format/period';
import type { Translator } from '../../shared/i18n/use-t';

interface Props {
  model: CardModel;
  tr: Translator;
  onOpen: (observationId: string) => void;
}

export function CompanyValues({ model, tr, onOpen }: Props) {
  const marks = (caveatIds: string[]) =>
    caveatIds.map((id) => model.footnoteOf.get(id)).filter((n): n is number => n !== undefined);
  return (
    <ul className="company-values">
      {model.lines.map((line) => {
        const latest = line.values.at(-1);
        const name = tr.pick(line.company.shortZh, line.company.shortEn);
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
                  tr={tr}
                  label={`${name} ${periodLabel(latest.period, tr)}`}
                  footnotes={marks(latest.caveats)}
                  onOpen={onOpen}
                />
                <span className="period"> {periodLabel(latest.period, tr)}</span>
              </span>
            ) : (
              line.gaps.length === 0 && line.alternates.length === 0 && <span className="gap gap-not_disclosed">—</span>
            )}
            {line.gaps.map((g) => (
              <span key={g.id} className="gap-line">
                <GapLabel gap={g} tr={tr} footnotes={marks(g.caveats)} onOpen={onOpen} />
              </span>
            ))}
            {line.alternates.map((a) => (
              <div key={a.metric.id} className="alternate">
                <span className="alternate-title">
                  {tr.t('notComparableAlt')}: {tr.pick(a.metric.nameZh, a.metric.nameEn)}
                </span>
                {a.observations.map((o) => (
                  <span key={o.id} className="alternate-value">
                    <ValueButton
                      observation={o}
                      tr={tr}
                      label={`${name} ${tr.pick(a.metric.nameZh, a.metric.nameEn)} ${periodLabel(o.period, tr)}`}
                      footnotes={marks(o.caveats)}
                      onOpen={onOpen}
                    />
                    <span className="period"> {periodLabel(o.period, tr)}</span>
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
