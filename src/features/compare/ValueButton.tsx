import type { Observation } from '../../model/schema';
import { formatValue } from '../../shared/format';
import type { Lang } from '../../shared/i18n';

interface Props {
  observation: Observation;
  lang: Lang;
  label: string;
  footnotes: number[];
  unitSuffix?: string;
  onOpen: (observationId: string) => void;
}

/** A value that opens its provenance on click or Enter, with its footnote marks. */
export function ValueButton({ observation, lang, label, footnotes, unitSuffix = '', onOpen }: Props) {
  const text = formatValue(observation.value!, observation.unit, lang, observation.qualifier) + unitSuffix;
  return (
    <span className="value-with-notes">
      <button
        type="button"
        className="value-button"
        aria-label={`${label}: ${text}${lang === 'zh' ? '，查看出处' : ' — show source'}`}
        onClick={() => onOpen(observation.id)}
      >
        {text}
      </button>
      {footnotes.length > 0 && <sup className="footnote-marks">{footnotes.join(',')}</sup>}
    </span>
  );
}
