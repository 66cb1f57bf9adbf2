import { useT } from '../i18n/use-t';

interface Props {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

/** A clear failure with retry: never a blank page. The message is rendered as text. */
export function LoadError({ error, onRetry, title }: Props) {
  const { t } = useT();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="load-error">
      <h2>{title ?? t('loadError')}</h2>
      <p className="error-detail">{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
