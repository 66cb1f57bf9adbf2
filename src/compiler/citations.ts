/** Resolves literal citations from data/ (caveats, gap evidence) to seed lines. */
import type { CitationInput } from './input-schema';
import { CompileError } from './errors';
import { findUnique, type SeedText } from './seed-text';
import type { Provenance } from '../model/schema';

export function resolveCitation(
  c: CitationInput,
  seeds: Map<string, SeedText>,
  where: { file: string; rule: string },
  role: Provenance['role'],
): Provenance {
  const seed = seeds.get(c.source);
  if (!seed) throw new CompileError(where, `citation names unknown source ${JSON.stringify(c.source)}`);
  const hit = findUnique(seed, c.quote, where.rule, 'citation quote');
  return {
    source: c.source,
    line: hit.line,
    ...(hit.lineEnd !== hit.line ? { lineEnd: hit.lineEnd } : {}),
    quote: c.quote,
    role,
  };
}
