/** The English catalogue of a feature has exactly the keys and argument lists of its Chinese one. */
export type SameShape<T> = { [K in keyof T]: T[K] extends (...a: infer A) => string ? (...a: A) => string : string };
export type MessageTable = Record<string, string | ((...args: never[]) => string)>;
