/**
 * Charts take turns: one chart is drawn per turn, and the next turn starts only
 * after the browser has painted and handled input (a frame, then a task). The
 * first view so never blocks the main thread on many charts at once, and the
 * charts that asked first (the core four, mounted first) are drawn first.
 * Where charts are not deferred at all (no IntersectionObserver, as in jsdom;
 * see use-near-viewport) every chart is drawn at once.
 */
import { useEffect, useRef, useState } from 'react';

interface Ticket {
  grant: () => void;
}

const waiting: Ticket[] = [];
/** The chart drawing now, 'yielding' between turns, or null when idle. */
let holder: Ticket | 'yielding' | null = null;

function grantNext(): void {
  const next = waiting.shift() ?? null;
  holder = next;
  next?.grant();
}

function release(ticket: Ticket): void {
  if (holder !== ticket) return;
  holder = 'yielding';
  requestAnimationFrame(() => setTimeout(grantNext, 0));
}

const deferred = () => typeof IntersectionObserver !== 'undefined' && typeof requestAnimationFrame === 'function';

/** True once it is this chart's turn (and from then on); at once for the page's first chart. */
export function useDrawTurn(first = false): boolean {
  const [turn, setTurn] = useState(() => first || !deferred());
  const drawn = useRef(turn);
  const ticket = useRef<Ticket | null>(null);
  useEffect(() => {
    if (drawn.current) return;
    const own: Ticket = { grant: () => (drawn.current ? release(own) : setTurn(true)) };
    ticket.current = own;
    waiting.push(own);
    if (holder === null) grantNext();
    return () => {
      const at = waiting.indexOf(own);
      if (at >= 0) waiting.splice(at, 1);
      else release(own); // unmounted during its turn: pass the turn on
    };
  }, []);
  useEffect(() => {
    if (!turn) return;
    drawn.current = true;
    if (ticket.current) release(ticket.current);
  }, [turn]);
  return turn;
}
