/** Absolute links to the current state, for citations and the credit line of an image. */
import { decodeHash, encodeHash } from '../../shared/url/codec';

/**
 * The page's URL with its current state, optionally on another page (a card's
 * own metric page). An open provenance panel is not part of what is cited.
 */
export function permalink(path?: string, loc: Pick<Location, 'href' | 'hash'> = window.location): string {
  const { path: current, params } = decodeHash(loc.hash);
  params.delete('prov');
  return loc.href.replace(/#.*$/, '') + encodeHash({ path: path ?? current, params });
}

/** Today's date, ISO YYYY-MM-DD: the access date of a citation. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
