/** The metric page's public surface: the path other features link to. */
export function metricPath(metricId: string): string {
  return `/metric/${metricId}`;
}
