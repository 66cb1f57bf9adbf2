/** Notes the compiler writes for users come in both languages (observation.notes). */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * Joins bilingual fragments in order: English with a space between sentences,
 * Chinese with none (its sentences end in full-width punctuation). Missing
 * fragments are skipped; undefined when nothing is left.
 */
export function joinBilingual(...parts: (Bilingual | undefined)[]): Bilingual | undefined {
  const present = parts.filter((p): p is Bilingual => p !== undefined && (p.en !== '' || p.zh !== ''));
  if (present.length === 0) return undefined;
  return {
    zh: present
      .map((p) => p.zh.trim())
      .filter(Boolean)
      .join(''),
    en: present
      .map((p) => p.en.trim())
      .filter(Boolean)
      .join(' '),
  };
}

/**
 * A data file's note and its Chinese (noteZh). The input schema requires noteZh
 * wherever note is given, so the English stand-in for zh is never reached from data/.
 */
export function dataNote(entry: { note?: string; noteZh?: string }): Bilingual | undefined {
  if (entry.note === undefined) return undefined;
  return { en: entry.note, zh: entry.noteZh ?? entry.note };
}
