import type { APIRoute } from 'astro';
import { explainJsonSchema } from '../lib/explain';

/** `/explain.schema.json`: JSON Schema of what `speech-errors explain --json` prints. */
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(explainJsonSchema(site!), null, 2), {
    headers: { 'content-type': 'application/schema+json' },
  });
