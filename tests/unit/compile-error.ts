import { expect } from 'vitest';
import { CompileError } from '../../src/compiler/errors';

/** Runs fn, asserts it throws a CompileError, and returns it for message checks. */
export function thrownCompileError(fn: () => unknown): CompileError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CompileError);
    return e as CompileError;
  }
  throw new Error('expected a CompileError');
}
