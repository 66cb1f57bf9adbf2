/** The current page path (zustand), set from the URL hash by the URL sync. */
import { create } from 'zustand';

export const useRouteStore = create<{ path: string }>(() => ({ path: '/' }));
