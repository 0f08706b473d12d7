import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog';
import { atomFeed } from '../lib/feed';

/** `/feed.xml`: Atom feed of the newest and most recently changed entries (the latest 50). */
export const GET: APIRoute = async ({ site }) => {
  const { entries, vendors } = await getCatalog();
  return new Response(atomFeed(entries, vendors, site!), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
};
