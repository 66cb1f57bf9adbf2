/** Dates on a time axis: ms since epoch, shown as ISO months, ticks that fit at 375 px. */
export const DAY = 86_400_000;

export function isoMonth(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** At most four ticks, at data dates, so labels fit at 375 px. */
export function timeTicks(times: number[]): number[] {
  const unique = [...new Set(times)].sort((a, b) => a - b);
  if (unique.length <= 4) return unique;
  const step = (unique.length - 1) / 3;
  return [0, 1, 2, 3].map((i) => unique[Math.round(i * step)]!);
}
