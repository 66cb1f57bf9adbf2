/**
 * Imported first by schema.ts, before any schema is built: zod then never
 * probes for `new Function` (it checks when a schema is built), which the
 * page's CSP (script-src 'self') forbids and Chromium logs as an issue even
 * though zod catches the error. Parsing stays the same.
 */
import { z } from 'zod';

z.config({ jitless: true });
