/** A problem in a seed or a data file that stops the build. Always names where. */
export class CompileError extends Error {
  constructor(
    readonly where: { file: string; line?: number; rule?: string },
    readonly detail: string,
  ) {
    const loc = `${where.file}${where.line ? `:${where.line}` : ''}`;
    super(`${loc}${where.rule ? ` [rule ${where.rule}]` : ''}: ${detail}`);
    this.name = 'CompileError';
  }
}

/** Non-fatal findings, printed in the compiler's summary. */
export interface Warning {
  file: string;
  line?: number;
  rule?: string;
  message: string;
}
