/** What the extractors hand to the assembler before metric/unit checks. */
import type { Provenance, Qualifier } from '../model/schema';
import type { Bilingual } from './bilingual';

export interface ExtractedFigure {
  ruleId: string;
  source: string;
  company: string;
  metric: string;
  period: string;
  /** The figure as printed, or "—" for an empty table cell. */
  printed: string;
  /** -1 when the label states a fall. */
  sign?: -1 | 1;
  /** Printed unit (whitespace removed). */
  printedUnit: string;
  qualifier: Qualifier;
  provenance: Provenance[];
  caveats: string[];
  /** How the figure was found, in both languages (the data file's note and noteZh, plus any compiler-written text). */
  notes?: Bilingual;
  basis?: string;
  /** Line of the figure, for error messages. */
  line: number;
  /** Column of the figure on its line (rules), so two rules cannot silently claim one figure. */
  column?: number;
  /** Line of the rule's anchor (rules), for the neighbouring-label check. */
  anchorLine?: number;
  /** This statement repeats a figure another rule or table row states (see data/README.md). */
  corroborates?: boolean;
  /** The data says the figure runs two values together (true) or is one number (false). */
  garbled?: boolean;
}
