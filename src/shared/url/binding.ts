/** How one zustand slice mirrors itself in the URL's query part: read, write, subscribe. */
export interface UrlBinding {
  /** Set the slice from the URL (missing keys mean defaults). */
  read: (params: URLSearchParams) => void;
  /** Add the slice's non-default state to the URL. */
  write: (params: URLSearchParams) => void;
  subscribe: (listener: () => void) => () => void;
}
