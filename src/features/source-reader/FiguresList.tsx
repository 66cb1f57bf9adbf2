/** Every figure this source gives, in reading order: jump to its line or open its data. */
import { useId } from 'react';
import { visibleText } from '../../shared/visible-text';
import { fill, type SourceReaderMessages } from './messages';
import type { LocatedFigure } from './source-model';

export interface FiguresListProps {
  figures: LocatedFigure[];
  messages: SourceReaderMessages;
  onJump: (line: number) => void;
  onOpenObservation: (id: string) => void;
}

export function FiguresList({ figures, messages, onJump, onOpenObservation }: FiguresListProps) {
  const headingId = useId();
  return (
    <details className="sr-figures">
      <summary id={headingId}>{fill(messages.figuresTitle, { count: figures.length })}</summary>
      {figures.length === 0 ? (
        <p>{messages.figuresEmpty}</p>
      ) : (
        <ol aria-labelledby={headingId}>
          {figures.map((f) => (
            <li key={f.key}>
              <button type="button" className="sr-link" onClick={() => onJump(f.line)}>
                {fill(messages.figureAtLine, { line: f.line })}
              </button>{' '}
              <code>{visibleText(f.text)}</code> · {f.observation.metricName} · {f.observation.periodLabel} ·{' '}
              <strong>{f.observation.valueLabel}</strong>
              {f.kind !== 'value' && (
                <span className="sr-tag"> {f.kind === 'corroboration' ? messages.corroborates : messages.indexClaim}</span>
              )}{' '}
              <button type="button" className="sr-link" onClick={() => onOpenObservation(f.observation.id)}>
                {messages.openObservation}
              </button>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
