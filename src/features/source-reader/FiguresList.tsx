/** Every figure this source gives, in reading order: jump to its line or open its data. */
import { useId } from 'react';
import { visibleText } from '../../shared/format/visible-text';
import type { Translator } from '../../shared/i18n/use-t';
import type { LocatedFigure } from './source-model';

export interface FiguresListProps {
  figures: LocatedFigure[];
  tr: Translator;
  onJump: (line: number) => void;
  onOpenObservation: (id: string) => void;
}

export function FiguresList({ figures, tr, onJump, onOpenObservation }: FiguresListProps) {
  const headingId = useId();
  return (
    <details className="sr-figures">
      <summary id={headingId}>{tr.t('sr.figuresTitle', figures.length)}</summary>
      {figures.length === 0 ? (
        <p>{tr.t('sr.figuresEmpty')}</p>
      ) : (
        <ol aria-labelledby={headingId}>
          {figures.map((f) => (
            <li key={f.key}>
              <button type="button" className="sr-link" onClick={() => onJump(f.line)}>
                {tr.t('sr.figureAtLine', f.line)}
              </button>{' '}
              <code>{visibleText(f.text)}</code> · {f.observation.metricName} · {f.observation.periodLabel} ·{' '}
              <strong>{f.observation.valueLabel}</strong>
              {f.kind !== 'value' && (
                <span className="sr-tag"> {f.kind === 'corroboration' ? tr.t('sr.corroborates') : tr.t('sr.indexClaim')}</span>
              )}{' '}
              <button type="button" className="sr-link" onClick={() => onOpenObservation(f.observation.id)}>
                {tr.t('sr.openObservation')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
