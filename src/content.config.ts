import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { errorSchema, vendorSchema, withNamespace } from './lib/schema';
import { parseEntryId } from './lib/urls';

// CATALOG_CONTENT points the build at another catalog (the scale benchmark generates one in a temp folder).
const root = process.env.CATALOG_CONTENT ?? './content';

const files = glob({
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
});

/**
 * `content/errors/<vendor>/<namespace>/<slug>.yaml`: the id is the path, case kept, so it is also the URL. The entry
 * schema is a union tagged by namespace, which the files never repeat: it is filled in from the folder before
 * validation, as `npm run validate` does (`withNamespace`).
 */
const errors = defineCollection({
  loader: {
    name: 'catalog-errors',
    load: (context) =>
      files.load({
        ...context,
        parseData: (props) =>
          context.parseData({
            ...props,
            data: withNamespace(props.data, props.id.split('/')[1]!) as typeof props.data,
          }),
      }),
  },
  schema: errorSchema,
});

/** `content/vendors/<vendor>.md`: front matter describes the API, the body is our overview. */
const vendors = defineCollection({
  loader: glob({ base: `${root}/vendors`, pattern: ['*.{md,mdx}', '!README.md'] }),
  schema: vendorSchema,
});

export const collections = { errors, vendors };
