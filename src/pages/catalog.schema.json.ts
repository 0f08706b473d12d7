import type { APIRoute } from 'astro';
import { catalogJsonSchema } from '../lib/jsonschema';

/** `/catalog.schema.json`: JSON Schema of /catalog.json, generated from the content's Zod schema. */
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(catalogJsonSchema(site!), null, 2), {
    headers: { 'content-type': 'application/schema+json' },
  });
