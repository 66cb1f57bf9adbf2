import type { CardObservation as Observation } from '../../model/schema';
import { formatObservation } from '../../shared/format/format';
import type { Translator } from '../../shared/i18n/use-t';

interface Props {
  observation: Observation;
  tr: Translator;
  label: string;
  footnotes: number[];
  onOpen: (observationId: string) => void;
}

/** A value (with qualifier and per-unit) that opens its provenance, with its footnote marks. */
export function ValueButton({ observation, tr, label, footnotes, onOpen }: Props) {
  const text = formatObservation(observation, tr);
  return (
    <span className="value-with-notes">
      <button
        type="button"
        className="value-button"
        aria-label={`${label}: ${text} — ${tr.t('prov.showSource')}`}
        onClick={() => onOpen(observation.id)}
      >
        {text}
      </button>
      {footnotes.length > 0 && <sup className="footnote-marks">{footnotes.join(',')}</sup>}
    </span>
  );
}
