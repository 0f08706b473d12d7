import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { errorSchema, vendorSchema } from './lib/schema';
import { parseEntryId } from './lib/urls';

// CATALOG_CONTENT points the build at another catalog (the scale benchmark generates one in a temp folder).
const root = process.env.CATALOG_CONTENT ?? './content';

/** `content/errors/<vendor>/<namespace>/<code>.yaml`: the id is the path, case kept, so it is also the URL. */
const errors = defineCollection({
  loader: glob({
    base: `${root}/errors`,
    pattern: '*/*/*.yaml',
    generateId: ({ entry }) => {
      const id = entry.replace(/\.yaml$/, '');
      try {
        parseEntryId(id);
      } catch (e) {
        throw new Error(`content/errors/${entry}: ${(e as Error).message}`);
      }
      return id;
    },
  }),
  schema: errorSchema,
});

/** `content/vendors/<vendor>.md`: front matter describes the API, the body is our overview. */
const vendors = defineCollection({
  loader: glob({ base: `${root}/vendors`, pattern: ['*.{md,mdx}', '!README.md'] }),
  schema: vendorSchema,
});

export const collections = { errors, vendors };
