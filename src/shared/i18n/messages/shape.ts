/** An English table has exactly the keys and argument lists of its Chinese one (the core and each feature). */
export type SameShape<T> = { [K in keyof T]: T[K] extends (...a: infer A) => string ? (...a: A) => string : string };
export type MessageTable = Record<string, string | ((...args: never[]) => string)>;
