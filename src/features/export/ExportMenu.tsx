/**
 * The export disclosure of a card or page: one labelled button that opens a
 * list of actions (only those given). Escape closes it and returns focus to the
 * button; each action reports progress, success and failure in a live region.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { MessageKey } from '../../shared/i18n/catalogue';
import type { Translator } from '../../shared/i18n/use-t';
import '../../shared/i18n/messages/export-menu';
import './export-menu.css';

type Action = () => void | Promise<void>;

export interface ExportMenuProps {
  tr: Translator;
  /** What is exported, for the button's accessible name: "研发费用". */
  subject: string;
  onCsvView?: Action;
  onCsvAll?: Action;
  onZip?: Action;
  onPng?: Action;
  onSvg?: Action;
  onCopyCitation?: Action;
  /**
   * Called when the menu opens: start loading what the actions need, so an action (copying
   * above all: browsers allow it only shortly after the click) does not wait for the network.
   */
  onOpen?: () => void;
  /** Open on mount with focus on the toggle (shared/ui/DeferredMenu: the press that loaded the menu opened it). */
  startOpen?: boolean;
}

const ACTIONS = [
  ['onCsvView', 'export.menu.csvView'],
  ['onCsvAll', 'export.menu.csvAll'],
  ['onZip', 'export.menu.zip'],
  ['onPng', 'export.menu.png'],
  ['onSvg', 'export.menu.svg'],
  ['onCopyCitation', 'export.menu.citation'],
] as const satisfies readonly (readonly [keyof ExportMenuProps, MessageKey])[];

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

export function ExportMenu(props: ExportMenuProps) {
  const { tr, subject } = props;
  const { t } = tr;
  const [open, setOpen] = useState(props.startOpen ?? false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const { startOpen, onOpen } = props;
  useEffect(() => {
    if (!startOpen) return;
    onOpen?.();
    toggle.current?.focus();
    // once, on mount: the press that loaded this menu
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const actions = ACTIONS.filter(([prop]) => props[prop]);
  if (actions.length === 0) return null;

  const run = async (prop: (typeof ACTIONS)[number][0]) => {
    setStatus({ kind: 'working' });
    try {
      await props[prop]!();
      setStatus({ kind: 'done', text: prop === 'onCopyCitation' ? t('export.menu.copied') : t('export.menu.done') });
      setOpen(false);
      toggle.current?.focus();
    } catch (e) {
      setStatus({ kind: 'failed', text: `${t('export.menu.failed')}${e instanceof Error ? e.message : String(e)}` });
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
      toggle.current?.focus();
    }
  };

  return (
    <div className="export-menu" data-print="hide" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="export-toggle"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={`${t('export.menu.button')}: ${subject}`}
        onClick={() => {
          if (!open) props.onOpen?.();
          setOpen(!open);
        }}
      >
        {t('export.menu.button')}
      </button>
      <ul id={listId} className="export-actions" hidden={!open}>
        {actions.map(([prop, key]) => (
          <li key={prop}>
            <button type="button" disabled={status.kind === 'working'} onClick={() => void run(prop)}>
              {t(key)}
            </button>
          </li>
        ))}
      </ul>
      <p className={`export-status export-status-${status.kind}`} role="status" aria-live="polite">
        {status.kind === 'working' ? t('export.menu.working') : status.kind === 'idle' ? '' : status.text}
      </p>
    </div>
  );
}
