import type { CardObservation as Observation } from '../../model/schema';
import { periodLabel } from '../../shared/format/period';
import { visibleText } from '../../shared/format/visible-text';
import type { Translator } from '../../shared/i18n/use-t';

interface Props {
  gap: Observation;
  tr: Translator;
  /** Footnote numbers of the gap's caveats, shown beside the label (before its explanation). */
  footnotes?: number[];
  onOpen: (observationId: string) => void;
}

/** The note in the page's language: bilingual notes first, the older English-only note otherwise. */
export function noteText(o: Pick<Observation, 'notes'> & { note?: string }, tr: Translator): string | undefined {
  return o.notes ? tr.pick(o.notes.zh, o.notes.en) : o.note;
}

/** The language the note is written in, for the lang attribute (the fallback note is English). */
export function noteLang(o: Pick<Observation, 'notes'>, tr: Translator): string {
  return o.notes ? tr.lang : 'en';
}

/** A typed gap shown in place of a value, never a zero, with its explanation as visible text. */
export function GapLabel({ gap, tr, footnotes = [], onOpen }: Props) {
  const status = tr.t(`status.${gap.status}`);
  const period = periodLabel(gap.period, tr);
  const note = noteText(gap, tr);
  const body = (
    <>
      <span className={`gap gap-${gap.status}`}>{status}</span>
      {gap.status === 'garbled' && gap.raw && (
        <span className="gap-raw">
          {' '}
          ({tr.t('garbledRaw')} “{visibleText(gap.raw)}”)
        </span>
      )}
      <span className="gap-period"> · {period}</span>
    </>
  );
  return (
    <>
      {gap.provenance.length > 0 ? (
        <button
          type="button"
          className="gap-button"
          onClick={() => onOpen(gap.id)}
          aria-label={`${status} · ${period} — ${tr.t('prov.showSource')}`}
        >
          {body}
        </button>
      ) : (
        <span className="gap-static">{body}</span>
      )}
      {footnotes.length > 0 && <sup className="footnote-marks">{footnotes.join(',')}</sup>}
      {note && (
        <span className="gap-note" lang={noteLang(gap, tr)}>
          {visibleText(note)}
        </span>
      )}
    </>
  );
}
