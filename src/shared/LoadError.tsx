import { t, type Lang } from './i18n';

interface Props {
  error: unknown;
  onRetry: () => void;
  lang: Lang;
}

/** A clear load failure with retry: never a blank page. The message is rendered as text. */
export function LoadError({ error, onRetry, lang }: Props) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="load-error">
      <h2>{t('loadError', lang)}</h2>
      <p className="error-detail">{message}</p>
      <button type="button" onClick={onRetry}>
        {t('retry', lang)}
      </button>
    </div>
  );
}
