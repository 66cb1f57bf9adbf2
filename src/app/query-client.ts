import { QueryClient } from '@tanstack/react-query';

/** Static files never go stale; one quick retry, then the error shows with a retry button. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, retry: 1, retryDelay: 300, refetchOnWindowFocus: false } },
  });
}
