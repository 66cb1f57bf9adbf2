/** The gap finder's chosen company, mirrored in the URL as gaps.company=<id>. */
import { create } from 'zustand';
import type { UrlBinding } from '../../shared/url/binding';

export const useGapFinderStore = create<{ company: string | null }>(() => ({ company: null }));

export const chooseCompany = (company: string) => useGapFinderStore.setState({ company });

export const gapFinderUrl: UrlBinding = {
  read: (params) => useGapFinderStore.setState({ company: params.get('gaps.company') }),
  write: (params) => {
    const { company } = useGapFinderStore.getState();
    if (company) params.set('gaps.company', company);
  },
  subscribe: (listener) => useGapFinderStore.subscribe(listener),
};
