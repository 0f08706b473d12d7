import { z } from 'astro/zod';
import { catalogDocumentSchema } from './schema';
import { absoluteUrl, catalogSchemaUrl } from './urls';

/**
 * `/catalog.schema.json`, generated from the Zod schema that validates the content, so the published data and its
 * schema cannot drift. Output shape (`io: 'output'`): defaults are filled in, as they are in catalog.json.
 * Refinements (placeholders occur in the text, translations for non-English messages) have no JSON Schema form and
 * are checked at build time instead.
 */
export function catalogJsonSchema(site: URL | string): Record<string, unknown> {
  const generated = z.toJSONSchema(catalogDocumentSchema, { io: 'output', target: 'draft-2020-12' });
  return {
    ...generated,
    $id: absoluteUrl(catalogSchemaUrl, site),
    title: 'Speech Error Catalog: catalog.json',
    description: 'Every entry of the Speech Error Catalog with its vendors, as published at /catalog.json.',
  };
}
