/**
 * The datasets the compare page (the first view) needs. CardContainer loads
 * them; vite.config.ts preloads them from index.html, so the two never drift.
 */
export const COMPARE_DATASETS = ['observations', 'metrics', 'companies', 'caveats', 'refusals', 'sources'] as const;
