/** The find box: a search landmark with previous/next and a live match count, usable from the keyboard. */
import { useId } from 'react';
import type { Translator } from '../../shared/i18n/use-t';

export interface FindBarProps {
  query: string;
  /** 0-based current match, meaningful when total > 0. */
  current: number;
  total: number;
  tr: Translator;
  onQueryChange: (query: string) => void;
  onStep: (step: 1 | -1) => void;
}

export function FindBar({ query, current, total, tr, onQueryChange, onStep }: FindBarProps) {
  const inputId = useId();
  const hintId = useId();
  const status = query === '' ? '' : total === 0 ? tr.t('sr.findNone') : tr.t('sr.findCount', current + 1, total);
  return (
    <div role="search" aria-label={tr.t('sr.findLabel')} className="sr-find">
      <label htmlFor={inputId}>{tr.t('sr.findLabel')}</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder={tr.t('sr.findPlaceholder')}
        aria-describedby={hintId}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onQueryChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (total > 0) onStep(e.shiftKey ? -1 : 1);
          }
        }}
      />
      <button type="button" onClick={() => onStep(-1)} disabled={total === 0}>
        {tr.t('sr.findPrevious')}
      </button>
      <button type="button" onClick={() => onStep(1)} disabled={total === 0}>
        {tr.t('sr.findNext')}
      </button>
      <span role="status" className="sr-find-count">
        {status}
      </span>
      <span id={hintId} className="sr-visually-hidden">
        {tr.t('sr.findHint')}
      </span>
    </div>
  );
}
