import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';

/** One retry for a page's loads: the manifest first (a stale one names files a new deploy removed), then what failed. */
export function useRetry() {
  const client = useQueryClient();
  return useCallback(() => {
    void (async () => {
      await client.refetchQueries({ queryKey: ['manifest'] });
      await client.refetchQueries({ type: 'active', predicate: (q) => q.state.status === 'error' });
    })();
  }, [client]);
}
