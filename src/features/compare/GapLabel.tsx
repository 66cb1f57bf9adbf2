import type { Observation } from '../../model/schema';
import { STATUS_LABEL, t, type Lang } from '../../shared/i18n';
import { periodLabel } from '../../shared/format';

interface Props {
  gap: Observation;
  lang: Lang;
  onOpen: (observationId: string) => void;
}

/** A typed gap shown in place of a value: never a zero, never left out. */
export function GapLabel({ gap, lang, onOpen }: Props) {
  const status = STATUS_LABEL[gap.status][lang];
  const withSource = gap.provenance.length > 0;
  const body = (
    <>
      <span className={`gap gap-${gap.status}`}>{status}</span>
      {gap.status === 'garbled' && gap.raw && (
        <span className="gap-raw">
          {' '}
          ({t('garbledRaw', lang)} “{gap.raw}”)
        </span>
      )}
      <span className="gap-period"> · {periodLabel(gap.period, lang)}</span>
    </>
  );
  return withSource ? (
    <button
      type="button"
      className="gap-button"
      onClick={() => onOpen(gap.id)}
      aria-label={`${status} · ${periodLabel(gap.period, lang)} — ${lang === 'zh' ? '查看出处' : 'show source'}`}
    >
      {body}
    </button>
  ) : (
    <span className="gap-static" title={gap.note}>
      {body}
    </span>
  );
}
