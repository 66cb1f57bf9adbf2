/**
 * A seed read in full: line numbers, find, every extracted figure highlighted
 * as a button to its observation, garbled figures marked and explained,
 * ignored numbers shown on demand. Only the visible lines are in the DOM
 * (@tanstack/react-virtual), so a 3,500-line report stays smooth. Seed text is
 * rendered as React text (never HTML) with bidi controls made visible.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Source } from '../../model/schema';
import { visibleText } from '../../shared/format/visible-text';
import type { Translator } from '../../shared/i18n/use-t';
import { FindBar } from './FindBar';
import { FiguresList } from './FiguresList';
import {
  findMatches,
  indexByLine,
  linePieces,
  locate,
  locateFigures,
  seedLines,
  type IgnoredFigure,
  type LineMarks,
  type LocatedFigure,
  type SourceObservation,
} from './source-model';
import './source-reader.css';
import '../../shared/ui/evidence.css';
import '../../shared/i18n/messages/evidence';

export interface SourceReaderTarget {
  /** 1-based line to open at. */
  line: number;
  lineEnd?: number;
  /** Verbatim quote to highlight on those lines. */
  quote?: string;
}

export interface SourceReaderProps {
  source: Pick<Source, 'id' | 'title' | 'publisher' | 'date'> & { language?: string };
  /** The seed's full text as compiled (manifest.seeds). */
  text: string;
  /** Observations whose provenance or corroborations point into this seed. */
  observations: SourceObservation[];
  /** Numbers the coverage report ignored; without it the toggle is not offered. */
  ignored?: IgnoredFigure[];
  target?: SourceReaderTarget;
  tr: Translator;
  onOpenObservation: (id: string) => void;
}

const ESTIMATED_LINE_PX = 24;
const OVERSCAN = 12;

export function SourceReader({ source, text, observations, ignored, target, tr, onOpenObservation }: SourceReaderProps) {
  const headingId = useId();
  const lines = useMemo(() => seedLines(text), [text]);
  const figures = useMemo(() => locateFigures(lines, source.id, observations), [lines, source.id, observations]);
  const figuresByLine = useMemo(
    () =>
      indexByLine(
        figures.map((f, n) => ({ f, n })),
        ({ f }) => f.spans.map((s) => s.index),
      ),
    [figures],
  );
  const ignoredByLine = useMemo(
    () =>
      indexByLine(
        (ignored ?? []).filter((g) => lines[g.line - 1]?.slice(g.column, g.column + g.text.length) === g.text),
        (g) => [g.line - 1],
      ),
    [ignored, lines],
  );
  const targetLine = target ? Math.min(Math.max(target.line, 1), lines.length) : undefined;
  const targetEnd = target ? Math.min(Math.max(target.lineEnd ?? target.line, target.line), lines.length) : undefined;
  const quoteSpans = useMemo(
    () => (target?.quote && targetLine ? locate(lines, { line: targetLine, lineEnd: targetEnd, quote: target.quote }) : []),
    [lines, target?.quote, targetLine, targetEnd],
  );

  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const [showIgnored, setShowIgnored] = useState(false);
  const matches = useMemo(() => findMatches(lines, query), [lines, query]);
  const matchesByLine = useMemo(
    () =>
      indexByLine(
        matches.map((m, n) => ({ m, n })),
        ({ m }) => [m.index],
      ),
    [matches],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(targetLine ?? null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read fresh on every render
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_LINE_PX,
    overscan: OVERSCAN,
    useFlushSync: false,
    initialOffset: targetLine ? Math.max(0, (targetLine - 1) * ESTIMATED_LINE_PX - 8 * ESTIMATED_LINE_PX) : 0,
  });

  // One stable ref for every line: measure it, and take focus when a jump is waiting for it.
  const measureLine = useCallback(
    (el: HTMLDivElement | null) => {
      if (!el) return;
      virtualizer.measureElement(el);
      if (pendingFocus.current !== null && Number(el.dataset.line) === pendingFocus.current) {
        el.focus({ preventScroll: true });
        pendingFocus.current = null;
      }
    },
    [virtualizer],
  );

  /** Scroll a line into view; with `focus`, move keyboard focus to it once it is rendered. */
  const jumpTo = (line: number, focus: boolean) => {
    virtualizer.scrollToIndex(line - 1, { align: 'center' });
    if (!focus) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-line="${line}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      pendingFocus.current = null;
    } else pendingFocus.current = line;
  };
  const jumpRef = useRef(jumpTo);
  jumpRef.current = jumpTo;

  useEffect(() => {
    if (targetLine !== undefined) jumpRef.current(targetLine, true);
  }, [targetLine, source.id]);

  const currentMatch = matches[Math.min(current, matches.length - 1)];
  useEffect(() => {
    if (currentMatch) jumpRef.current(currentMatch.index + 1, false);
  }, [currentMatch]);

  const items = virtualizer.getVirtualItems();
  const garbled = figures.filter((f) => f.observation.status === 'garbled' && f.kind === 'value');

  return (
    <section className="source-reader" aria-labelledby={headingId}>
      <header className="sr-head">
        <h2 id={headingId}>{source.title}</h2>
        <dl className="sr-meta">
          <div>
            <dt>{tr.t('prov.publisher')}</dt>
            <dd>{source.publisher}</dd>
          </div>
          <div>
            <dt>{tr.t('prov.published')}</dt>
            <dd>{source.date}</dd>
          </div>
          <div>
            <dt>{tr.t('sr.file')}</dt>
            <dd>
              <code>{source.id}</code> · {tr.t('sr.lineCount', lines.length)}
            </dd>
          </div>
        </dl>
      </header>

      <div className="sr-tools">
        <FindBar
          query={query}
          current={Math.min(current, Math.max(matches.length - 1, 0))}
          total={matches.length}
          tr={tr}
          onQueryChange={(q) => {
            setQuery(q);
            setCurrent(0);
          }}
          onStep={(step) => setCurrent((c) => (Math.min(c, matches.length - 1) + step + matches.length) % matches.length)}
        />
        <GoToLine count={lines.length} tr={tr} onGo={(line) => jumpTo(line, true)} />
        {ignored && (
          <label className="sr-toggle">
            <input type="checkbox" checked={showIgnored} onChange={(e) => setShowIgnored(e.target.checked)} />{' '}
            {tr.t('sr.showIgnored', ignored.length)}
          </label>
        )}
      </div>

      <Legend tr={tr} withIgnored={ignored !== undefined && showIgnored} />

      {garbled.length > 0 && (
        <section className="sr-garbled" aria-label={tr.t('sr.garbledTitle', garbled.length)}>
          <h3>{tr.t('sr.garbledTitle', garbled.length)}</h3>
          <p>{tr.t('sr.garbledExplain')}</p>
          <ul>
            {garbled.map((f) => (
              <li key={f.key}>
                <button type="button" className="sr-link" onClick={() => jumpTo(f.line, true)}>
                  {tr.t('sr.figureAtLine', f.line)}
                </button>{' '}
                <strong>{visibleText(f.text)}</strong> · {f.observation.metricName} · {f.observation.periodLabel}
                {f.observation.note && <span className="sr-note"> — {visibleText(f.observation.note)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <div
        ref={scrollRef}
        className="sr-text"
        role="region"
        tabIndex={0}
        aria-label={tr.t('sr.textLabel', lines.length)}
        lang={source.language}
      >
        <div className="sr-text-inner" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const index = item.index;
            const n = index + 1;
            const marks: LineMarks = {
              figures: (figuresByLine.get(index) ?? []).flatMap(({ f, n: figure }) =>
                f.spans.filter((s) => s.index === index).map((span) => ({ figure, span })),
              ),
              quote: quoteSpans.filter((s) => s.index === index),
              matches: (matchesByLine.get(index) ?? []).map(({ m, n: match }) => ({ match, span: m })),
              ignored: showIgnored
                ? (ignoredByLine.get(index) ?? []).map((g) => ({
                    reason: g.reason,
                    start: g.column,
                    end: g.column + g.text.length,
                  }))
                : [],
            };
            const isTarget = targetLine !== undefined && n >= targetLine && n <= targetEnd!;
            return (
              <div
                key={item.key}
                data-index={index}
                data-line={n}
                ref={measureLine}
                tabIndex={-1}
                className={isTarget ? 'sr-line is-target' : 'sr-line'}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <span className="sr-line-no">{n}</span>
                <span className="sr-line-text">
                  <LineText
                    line={lines[index]!}
                    marks={marks}
                    figures={figures}
                    currentMatch={matches.indexOf(currentMatch!)}
                    tr={tr}
                    onOpenObservation={onOpenObservation}
                  />
                </span>
              </div>
            );
          })}
        </div>
      </div>

      <FiguresList figures={figures} tr={tr} onJump={(line) => jumpTo(line, true)} onOpenObservation={onOpenObservation} />
    </section>
  );
}

function LineText({
  line,
  marks,
  figures,
  currentMatch,
  tr,
  onOpenObservation,
}: {
  line: string;
  marks: LineMarks;
  figures: LocatedFigure[];
  currentMatch: number;
  tr: Translator;
  onOpenObservation: (id: string) => void;
}) {
  const pieces = linePieces(line, marks);
  const out: ReactNode[] = [];
  for (let i = 0; i < pieces.length;) {
    const figure = pieces[i]!.figure;
    if (figure === undefined) {
      out.push(<PieceText key={i} piece={pieces[i]!} currentMatch={currentMatch} tr={tr} />);
      i++;
      continue;
    }
    let j = i;
    while (j < pieces.length && pieces[j]!.figure === figure) j++;
    const f = figures[figure]!;
    const o = f.observation;
    const span = marks.figures.find((m) => m.figure === figure)!.span;
    // the same printed figure can back several observations (one table row filed under two metrics): one button each
    const alsoHere = marks.figures.filter((m) => m.figure !== figure && m.span.start === span.start && m.span.end === span.end);
    out.push(
      <button
        key={i}
        type="button"
        className={`sr-figure sr-figure--${f.kind} sr-status--${o.status}`}
        aria-label={figureName(f, tr)}
        title={figureName(f, tr)}
        data-observation={o.id}
        onClick={() => onOpenObservation(o.id)}
      >
        {pieces.slice(i, j).map((p, k) => (
          <PieceText key={k} piece={p} currentMatch={currentMatch} tr={tr} />
        ))}
        {o.status === 'garbled' && f.kind === 'value' && (
          <span className="sr-garbled-mark" aria-hidden="true">
            ⚠
          </span>
        )}
      </button>,
      ...alsoHere.map(({ figure: other }) => (
        <button
          key={`${i}+${other}`}
          type="button"
          className={`sr-figure sr-figure-also sr-figure--${figures[other]!.kind}`}
          title={figureName(figures[other]!, tr)}
          data-observation={figures[other]!.observation.id}
          onClick={() => onOpenObservation(figures[other]!.observation.id)}
        >
          <span aria-hidden="true">+</span>
          <span className="sr-visually-hidden">{figureName(figures[other]!, tr)}</span>
        </button>
      )),
    );
    i = j;
  }
  return out;
}

function figureName(f: LocatedFigure, tr: Translator): string {
  const o = f.observation;
  const name =
    o.status === 'garbled'
      ? tr.t('sr.garbledName', f.text, o.metricName, o.periodLabel)
      : tr.t('sr.figureName', f.text, o.metricName, o.periodLabel, o.valueLabel);
  return visibleText(name);
}

function PieceText({
  piece,
  currentMatch,
  tr,
}: {
  piece: ReturnType<typeof linePieces>[number];
  currentMatch: number;
  tr: Translator;
}) {
  let node: ReactNode = visibleText(piece.text);
  if (piece.ignored !== undefined) {
    node = (
      <span className="sr-ignored" title={piece.ignored}>
        {node}
        <span className="sr-visually-hidden"> ({tr.t('sr.ignoredName', piece.ignored)})</span>
      </span>
    );
  }
  if (piece.quote) node = <mark className="sr-quote">{node}</mark>;
  if (piece.match !== undefined) {
    const isCurrent = piece.match === currentMatch;
    node = (
      <mark className={isCurrent ? 'sr-match is-current' : 'sr-match'} aria-current={isCurrent ? 'true' : undefined}>
        {node}
      </mark>
    );
  }
  return node;
}

function GoToLine({ count, tr, onGo }: { count: number; tr: Translator; onGo: (line: number) => void }) {
  const id = useId();
  const [value, setValue] = useState('');
  return (
    <form
      className="sr-goto"
      onSubmit={(e) => {
        e.preventDefault();
        const line = Number(value);
        if (Number.isInteger(line) && line >= 1 && line <= count) onGo(line);
      }}
    >
      <label htmlFor={id}>{tr.t('sr.goToLine')}</label>
      <input
        id={id}
        type="number"
        min={1}
        max={count}
        inputMode="numeric"
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit">{tr.t('sr.goToLineButton')}</button>
    </form>
  );
}

function Legend({ tr, withIgnored }: { tr: Translator; withIgnored: boolean }) {
  return (
    <ul className="sr-legend" aria-label={tr.t('sr.legendTitle')}>
      <li>
        <span className="sr-figure sr-figure--value sr-swatch" aria-hidden="true">
          123
        </span>{' '}
        {tr.t('sr.legendFigure')}
      </li>
      <li>
        <span className="sr-figure sr-figure--value sr-status--garbled sr-swatch" aria-hidden="true">
          123⚠
        </span>{' '}
        {tr.t('sr.legendGarbled')}
      </li>
      <li>
        <span className="sr-figure sr-figure--index_claim sr-swatch" aria-hidden="true">
          A1.2
        </span>{' '}
        {tr.t('sr.legendIndexClaim')}
      </li>
      <li>
        <span className="sr-figure sr-figure--corroboration sr-swatch" aria-hidden="true">
          123
        </span>{' '}
        {tr.t('sr.legendCorroboration')}
      </li>
      <li>
        <mark className="sr-quote sr-swatch" aria-hidden="true">
          …
        </mark>{' '}
        {tr.t('sr.legendQuote')}
      </li>
      {withIgnored && (
        <li>
          <span className="sr-ignored sr-swatch" aria-hidden="true">
            2022
          </span>{' '}
          {tr.t('sr.legendIgnored')}
        </li>
      )}
    </ul>
  );
}
