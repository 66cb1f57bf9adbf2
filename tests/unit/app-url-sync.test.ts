/**
 * The URL sync with a page whose slice is bound late (its chunk loads after the sync
 * has started): the slice takes the URL applied before and puts its state back in
 * the URL, then stays in sync both ways.
 */
import { describe, expect, it } from 'vitest';
import { applyHash, registerUrlBinding, startUrlSync } from '../../src/app/url-sync';
import { matrixUrl, setPillar, useMatrixStore } from '../../src/features/disclosure-matrix/matrix-store';

describe('url sync', () => {
  it('binds a lazily loaded page’s slice to the URL applied before its chunk came', () => {
    window.history.replaceState(null, '', '/#/matrix?v=2&mx.pillar=E&mx.diff=1');
    applyHash(window.location.hash);
    const stop = startUrlSync();
    // the matrix chunk has not loaded: the sync does not know its keys yet
    expect(window.location.hash).not.toContain('mx.');
    expect(useMatrixStore.getState().pillar).toBe('all');

    registerUrlBinding(matrixUrl);
    expect(useMatrixStore.getState()).toMatchObject({ pillar: 'E', diffOnly: true });
    expect(window.location.hash).toContain('mx.pillar=E');
    expect(window.location.hash).toContain('mx.diff=1');

    // from then on, both ways
    setPillar('S');
    expect(window.location.hash).toContain('mx.pillar=S');
    applyHash('#/matrix?v=2');
    expect(useMatrixStore.getState()).toMatchObject({ pillar: 'all', diffOnly: false });
    // registering again changes nothing
    registerUrlBinding(matrixUrl);
    expect(useMatrixStore.getState().pillar).toBe('all');
    stop();
  });
});
