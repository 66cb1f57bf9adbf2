/**
 * Checks that each figure is taken by one statement only, and that a windowed
 * rule does not reach past a neighbouring label onto that label's figure (the
 * silent result of lines inserted into a layout).
 */
import type { ExtractedFigure } from './extracted';
import { CompileError } from './errors';

export function checkClaims(figures: ExtractedFigure[]): void {
  const claimed = new Map<string, ExtractedFigure>();
  for (const f of figures) {
    if (f.column === undefined) continue;
    const key = `${f.source}\u0000${f.line}\u0000${f.column}`;
    const other = claimed.get(key);
    if (other && other.ruleId !== f.ruleId) {
      throw new CompileError(
        { file: `seeds/${f.source}`, line: f.line, rule: f.ruleId },
        `figure "${f.printed}" at line ${f.line} is also taken by rule ${other.ruleId}: one printed figure cannot be two statements (has a layout shifted a window onto a neighbour?)`,
      );
    }
    claimed.set(key, f);
  }
  const anchors = figures.filter((f) => f.anchorLine !== undefined);
  for (const f of anchors) {
    const lo = Math.min(f.anchorLine!, f.line);
    const hi = Math.max(f.anchorLine!, f.line);
    if (hi - lo < 2) continue;
    const between = anchors.find(
      (g) =>
        g.source === f.source && g.ruleId !== f.ruleId && g.anchorLine! > lo && g.anchorLine! < hi && g.line > lo && g.line < hi,
    );
    if (between) {
      throw new CompileError(
        { file: `seeds/${f.source}`, line: f.line, rule: f.ruleId },
        `the figure on line ${f.line} lies past the label of rule ${between.ruleId} (line ${between.anchorLine}, whose figure is on line ${between.line}), between this rule's label (line ${f.anchorLine}) and its figure: the window reached a neighbouring figure; has the layout shifted?`,
      );
    }
  }
}
