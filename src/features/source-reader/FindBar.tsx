/** The find box: a search landmark with previous/next and a live match count, usable from the keyboard. */
import { useId } from 'react';
import { fill, type SourceReaderMessages } from './messages';

export interface FindBarProps {
  query: string;
  /** 0-based current match, meaningful when total > 0. */
  current: number;
  total: number;
  messages: SourceReaderMessages;
  onQueryChange: (query: string) => void;
  onStep: (step: 1 | -1) => void;
}

export function FindBar({ query, current, total, messages, onQueryChange, onStep }: FindBarProps) {
  const inputId = useId();
  const hintId = useId();
  const status = query === '' ? '' : total === 0 ? messages.findNone : fill(messages.findCount, { current: current + 1, total });
  return (
    <div role="search" aria-label={messages.findLabel} className="sr-find">
      <label htmlFor={inputId}>{messages.findLabel}</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder={messages.findPlaceholder}
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
        {messages.findPrevious}
      </button>
      <button type="button" onClick={() => onStep(1)} disabled={total === 0}>
        {messages.findNext}
      </button>
      <span role="status" className="sr-find-count">
        {status}
      </span>
      <span id={hintId} className="sr-visually-hidden">
        {messages.findHint}
      </span>
    </div>
  );
}
