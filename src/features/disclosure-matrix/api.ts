/** What other features use of the disclosure matrix: lookups, the status badge, a link to a cell. */
import type { Lang } from '../../shared/i18n/catalogue';
import { encodeHash } from '../../shared/url/codec';

export { indexMatrix, lineRange, MATRIX_STATUSES, type MatrixIndex } from './matrix-model';
export { StatusBadge } from './StatusBadge';

/** `#/matrix?...&mx.cell=mashang-A1.2`: the matrix with that cell's evidence open. */
export function matrixCellHash(company: string, code: string, lang: Lang): string {
  const params = new URLSearchParams();
  if (lang === 'en') params.set('lang', 'en');
  params.set('mx.cell', `${company}-${code}`);
  return encodeHash({ path: '/matrix', params });
}
