/** A matrix status as text plus colour plus a symbol: never colour alone. */
import type { MatrixStatus } from '../../model/schema';
import { useT } from '../../shared/i18n/use-t';
import './matrix.css';

export const STATUS_SYMBOL: Record<MatrixStatus, string> = {
  disclosed_figures: '●',
  narrative_only: '◐',
  claimed_absent: '✕',
  self_not_disclosed: '/',
  self_not_applicable: '–',
  not_addressed: '○',
};

export function StatusBadge({ status }: { status: MatrixStatus }) {
  const { t } = useT();
  return (
    <span className={`status-badge status-${status}`}>
      <span className="status-symbol" aria-hidden="true">
        {STATUS_SYMBOL[status]}
      </span>
      {t(`matrix.s.${status}`)}
    </span>
  );
}
