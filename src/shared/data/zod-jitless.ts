/**
 * Imported first by the app's entry, before any schema is built: zod then never
 * probes for `new Function`, which the page's CSP (script-src 'self') forbids and
 * reports as a violation even though zod catches the error. Parsing stays the same.
 */
import { z } from 'zod';

z.config({ jitless: true });
