/**
 * A light check, without zod, of the files the first view loads (manifest,
 * compare index and part files). The compiler has already validated them with
 * the full schema (schema.ts) before writing; this guards the app against a
 * stale, truncated or foreign file with a clear message naming the field, at a
 * fraction of zod's bytes. It checks the schema version, every field the compare
 * page reads (enums against the same lists the schema uses) and that the index
 * names a file for every company it lists; tests/unit/compare-files.test.ts
 * holds it to the schema.
 */
import { SCHEMA_VERSION } from './schema-version';
import { METRIC_GROUPS, PERS, PILLARS } from './enums';
import { CANONICAL_UNITS } from './units';

export type Check = (value: unknown, path: string) => void;

export class ShapeError extends Error {}

const fail = (path: string, want: string, got: unknown): never => {
  const seen = got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got;
  throw new ShapeError(`${path || 'root'}: expected ${want}, got ${seen}`);
};
const str: Check = (v, p) => void (typeof v === 'string' || fail(p, 'a string', v));
const num: Check = (v, p) => void ((typeof v === 'number' && Number.isFinite(v)) || fail(p, 'a number', v));
const bool: Check = (v, p) => void (typeof v === 'boolean' || fail(p, 'true or false', v));
const nullable =
  (check: Check): Check =>
  (v, p) =>
    v === null || check(v, p);
const optional =
  (check: Check): Check =>
  (v, p) =>
    v === undefined || check(v, p);
const oneOf =
  (...values: readonly string[]): Check =>
  (v, p) =>
    void (values.includes(v as string) || fail(p, `one of ${values.join(', ')}`, v));
const arr =
  (item: Check): Check =>
  (v, p) =>
    Array.isArray(v) ? v.forEach((x, i) => item(x, `${p}[${i}]`)) : fail(p, 'an array', v);
const record =
  (item: Check): Check =>
  (v, p) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.entries(v).forEach(([k, x]) => item(x, `${p}.${k}`))
      : fail(p, 'an object', v);
const obj =
  (fields: Record<string, Check>): Check =>
  (v, p) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.entries(fields).forEach(([k, check]) => check((v as Record<string, unknown>)[k], p ? `${p}.${k}` : k))
      : fail(p, 'an object', v);

const STATUSES = ['reported', 'derived', 'not_disclosed', 'not_applicable', 'claimed_not_found', 'garbled'] as const;
const GRADES = ['comparable', 'comparable_with_caveats', 'not_comparable'] as const;
const BASES = ['annual', 'cumulative', 'point_in_time', 'ratio'] as const;
const bilingual = obj({ zh: str, en: str });
const version: Check = (v, p) => void (v === SCHEMA_VERSION || fail(p, `schema version ${SCHEMA_VERSION}`, v));

const nonEmpty =
  (item: Check): Check =>
  (v, p) => {
    arr(item)(v, p);
    if ((v as unknown[]).length === 0) fail(p, 'at least one entry', v);
  };
const unit = oneOf(...CANONICAL_UNITS);
const per = oneOf(...PERS);

const company = obj({ id: str, nameZh: str, nameEn: str, shortZh: str, shortEn: str, color: str });
const group = oneOf(...METRIC_GROUPS);
const part = obj({ metrics: str, companies: record(str) });

export const checkManifest = obj({
  schemaVersion: version,
  files: (v, p) => {
    record(str)(v, p);
    obj({ compare: str, inputs: str })(v, p);
  },
  seeds: str,
  coverage: str,
});

const cardMetricFields = {
  id: str,
  nameZh: str,
  nameEn: str,
  group,
  unit,
  basis: oneOf(...BASES),
  core: bool,
  alternates: arr(str),
};
const metric = obj({
  ...cardMetricFields,
  definitionZh: str,
  definitionEn: str,
  crosswalk: obj({ hkex: arr(str), gri: arr(str), sasb: arr(str) }),
  pillar: oneOf(...PILLARS),
  better: nullable(oneOf('higher', 'lower')),
  normalisable: bool,
  normaliseBy: arr(per),
});
export const checkPartMetrics = obj({
  metrics: arr(metric),
  alternates: arr(obj(cardMetricFields)),
  offered: record(arr(per)),
});

const cardObservation: Check = (v, p) => {
  obj({
    metric: str,
    period: str,
    rule: str,
    basis: oneOf(...BASES),
    value: nullable(num),
    unit,
    qualifier: oneOf('exact', 'at_least', 'about', 'at_most'),
    status: oneOf(...STATUSES),
    provenance: arr(obj({ source: str, line: num, lineEnd: optional(num) })),
    caveats: arr(str),
    notes: optional(bilingual),
    note: optional(str),
    per: optional(per),
    raw: optional(str),
    derivation: optional(obj({ op: oneOf('ratio_percent', 'pct_change', 'sum', 'ratio') })),
  })(v, p);
  const o = v as { status: string; value: unknown };
  const hasValue = o.status === 'reported' || o.status === 'derived';
  if (hasValue !== (o.value !== null)) fail(`${p}.value`, hasValue ? 'a value' : 'null', o.value);
};

export const checkCompareShard: Check = obj({
  company: str,
  part: oneOf('core', 'rest'),
  observations: arr(cardObservation),
  caveats: arr(obj({ id: str, grade: oneOf(...GRADES), textZh: str, textEn: str })),
  refusals: arr(obj({ company: str, metric: str, period: str, per, reason: bilingual })),
});

/** The seed map: seed file name → path of its text. */
export const checkSeedMap = record(str);

const indexShape = obj({
  schemaVersion: version,
  companies: arr(company),
  defaultPeers: nonEmpty(str),
  years: arr(str),
  metricCount: num,
  groups: arr(obj({ group, count: num })),
  pageModes: arr(per),
  defaultGrades: obj({ comparable: num, comparable_with_caveats: num, not_comparable: num }),
  firstView: obj({ metrics: checkPartMetrics, shards: arr(checkCompareShard) }),
  parts: obj({ core: part, rest: part }),
});

/** The shape, then what ties it together: default peers are companies, and every company has a file in each part. */
export const checkCompareIndex: Check = (v, p) => {
  indexShape(v, p);
  const index = v as {
    companies: { id: string }[];
    defaultPeers: string[];
    parts: Record<string, { companies: Record<string, string> }>;
  };
  const ids = new Set(index.companies.map((c) => c.id));
  index.defaultPeers.forEach((id, i) => ids.has(id) || fail(`defaultPeers[${i}]`, 'a listed company', id));
  for (const [name, part] of Object.entries(index.parts))
    for (const id of ids)
      if (typeof part.companies[id] !== 'string') fail(`parts.${name}.companies.${id}`, 'a file name', undefined);
};
