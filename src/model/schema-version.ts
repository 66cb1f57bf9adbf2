/** Bump on any breaking change to the dataset shapes (schema.ts). Zod-free, so the first view can read it. */
export const SCHEMA_VERSION = 8;
