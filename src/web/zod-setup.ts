import { z } from 'zod';

/**
 * zod compiles object parsers with `new Function` after probing whether eval
 * is allowed; the probe runs when a schema is built and, under the Content
 * Security Policy (no eval), is reported as a violation on every page.
 * Jitless parsing never probes. Imported first by main.tsx, before any
 * module builds a schema.
 */
z.config({ jitless: true });
