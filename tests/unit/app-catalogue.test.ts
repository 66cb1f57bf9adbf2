import { evidenceMessages } from '../../src/shared/i18n/messages/evidence';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, CORE_ZH } from '../../src/shared/i18n/catalogue';
import { coreEn } from '../../src/shared/i18n/messages/core-en';
const CORE_MESSAGES = { zh: CORE_ZH, en: coreEn };
// every feature table registers into CATALOGUE, so the checks below cover the whole catalogue
import '../../src/shared/i18n/messages/source-reader';
import '../../src/shared/i18n/messages/metric-page';
import '../../src/shared/i18n/messages/methodology';
import '../../src/shared/i18n/messages/disclosure-matrix';
import '../../src/shared/i18n/messages/gap-finder';
import '../../src/shared/i18n/messages/export';
import { gradeSchema, qualifierSchema, statusSchema, metricGroupSchema, provenanceSchema } from '../../src/model/schema';

describe('the zh/en catalogue', () => {
  it('has the same keys in both languages and no empty message', () => {
    expect(Object.keys(CATALOGUE.en).sort()).toEqual(Object.keys(CATALOGUE.zh).sort());
    expect(Object.keys(CORE_MESSAGES.en).sort()).toEqual(Object.keys(CORE_MESSAGES.zh).sort());
    for (const lang of ['zh', 'en'] as const)
      for (const [key, m] of Object.entries(CATALOGUE[lang])) {
        const text = typeof m === 'function' ? (m as (...a: string[]) => string)('A', 'B', 'C', 'D', 'E') : m;
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
      }
  });

  it('labels every status, grade, qualifier and group from the schema, in the core (the first view shows them)', () => {
    const keys = [
      ...statusSchema.options.map((s) => `status.${s}`),
      ...gradeSchema.options.map((s) => `grade.${s}`),
      ...qualifierSchema.options.map((s) => `qualifier.${s}`),
      ...metricGroupSchema.options.map((s) => `group.${s}`),
    ];
    for (const k of keys) {
      expect(CORE_MESSAGES.zh, k).toHaveProperty([k]);
      expect(CORE_MESSAGES.en, k).toHaveProperty([k]);
    }
  });

  it('labels every source role, with the evidence views that show them', () => {
    for (const s of provenanceSchema.shape.role.options)
      for (const lang of ['zh', 'en'] as const) expect(evidenceMessages[lang], s).toHaveProperty([`role.${s}`]);
  });

  it('never assumes exactly two companies', () => {
    for (const lang of ['zh', 'en'] as const)
      for (const m of Object.values(CATALOGUE[lang])) {
        const text = typeof m === 'function' ? (m as (...a: string[]) => string)('A', 'B', 'C', 'D', 'E') : m;
        expect(text).not.toMatch(/两家|both compan|neither compan/i);
      }
  });
});
