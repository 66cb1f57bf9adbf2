/**
 * Vocabulary: the words the compiler reads around figures — printed units and
 * qualifier cues — loaded from data/vocabulary/*.json, so that a new source's
 * units ("tons of carbon dioxide", "tCO2e") or cues need data, not code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  CANONICAL_UNITS,
  activateUnitTable,
  unitKey,
  type CanonicalUnit,
  type PrintedUnit,
  type UnitTable,
} from '../model/units';
import { qualifierSchema, type Qualifier } from '../model/schema';
import { CompileError } from './errors';

export const unitsVocabularySchema = z.object({
  $comment: z.string().optional(),
  printed: z.array(z.object({ text: z.string().min(1), unit: z.enum(CANONICAL_UNITS), scale: z.number().positive() })).min(1),
  canonicalAliases: z
    .array(z.object({ unit: z.enum(CANONICAL_UNITS), accepts: z.array(z.enum(CANONICAL_UNITS)).min(1) }))
    .default([]),
});

export const qualifierVocabularySchema = z.object({
  $comment: z.string().optional(),
  cues: z
    .array(
      z.object({
        text: z.string().min(1),
        /** before: ends the text before the figure; after: follows it at once (万/亿 may stand between); after_unit: may follow the unit. */
        position: z.enum(['before', 'after', 'after_unit']),
        qualifier: qualifierSchema.exclude(['exact']),
      }),
    )
    .min(1),
});

export type QualifierCue = z.infer<typeof qualifierVocabularySchema>['cues'][number];

export interface Vocabulary {
  units: UnitTable;
  cues: QualifierCue[];
}

function unitTableFrom(v: z.infer<typeof unitsVocabularySchema>, file: string): UnitTable {
  const printed = new Map<string, PrintedUnit>();
  for (const [i, p] of v.printed.entries()) {
    const key = unitKey(p.text);
    const before = printed.get(key);
    if (before && (before.unit !== p.unit || before.scale !== p.scale))
      throw new CompileError(
        { file, rule: `printed.${i}` },
        `unit ${JSON.stringify(p.text)} is defined twice with different meanings`,
      );
    printed.set(key, { unit: p.unit, scale: p.scale });
  }
  const canonicalAliases = new Map<CanonicalUnit, CanonicalUnit[]>();
  for (const a of v.canonicalAliases) canonicalAliases.set(a.unit, [...(canonicalAliases.get(a.unit) ?? []), ...a.accepts]);
  return { printed, canonicalAliases };
}

export function vocabularyFrom(
  units: z.infer<typeof unitsVocabularySchema>,
  qualifiers: z.infer<typeof qualifierVocabularySchema>,
  unitsFile = 'data/vocabulary/units.json',
  qualifiersFile = 'data/vocabulary/qualifiers.json',
): Vocabulary {
  const seen = new Map<string, string>();
  for (const c of qualifiers.cues) {
    const key = `${c.position}:${c.text}`;
    if (seen.has(key) && seen.get(key) !== c.qualifier)
      throw new CompileError({ file: qualifiersFile, rule: c.text }, `cue ${JSON.stringify(c.text)} is given two directions`);
    seen.set(key, c.qualifier);
  }
  return { units: unitTableFrom(units, unitsFile), cues: qualifiers.cues };
}

let activeCues: QualifierCue[] = [];

/** Make the vocabulary the one units and qualifier cues are read with (compile() does this first). */
export function activateVocabulary(v: Vocabulary): void {
  activateUnitTable(v.units);
  activeCues = v.cues;
}

export function qualifierCues(): readonly QualifierCue[] {
  return activeCues;
}

/** Read data/vocabulary from a project root (for tests and tools; the compiler loads it via load-inputs). */
export function readVocabulary(root: string): Vocabulary {
  const read = <S extends z.ZodType>(name: string, schema: S): z.infer<S> =>
    schema.parse(JSON.parse(readFileSync(join(root, 'data', 'vocabulary', name), 'utf8')));
  return vocabularyFrom(read('units.json', unitsVocabularySchema), read('qualifiers.json', qualifierVocabularySchema));
}

export type { Qualifier };
