import { expect, type Page } from '@playwright/test';
import { categories } from '../../src/lib/categories';
import { categoryUrl, errorUrl, searchUrl, vendorUrl } from '../../src/lib/urls';
import { aliases, entries, vendors } from './site';

/**
 * One page of every template, the pages the quality gates (axe, keyboard, privacy, CSP, lazy JavaScript) visit.
 * URLs come from the content files. A new template is one more line here, and every gate checks it.
 */
export interface Template {
  name: string;
  path: string;
  /** Waits until the page shows what it is for (search results, the 404 page's suggestions). */
  ready?: (page: Page) => Promise<void>;
  /** The page is a meta-refresh redirect: gates that inspect it must keep the browser from leaving. */
  redirect?: boolean;
  /** A bare document without the site's layout (header, search box, footer): the short-alias redirect. */
  bare?: boolean;
  /** Why this page legitimately fetches JavaScript on load (the search page searches, the 404 page suggests). */
  loadsScript?: string;
}

const translated = entries.find((e) => e.data.messages.some((m) => m.lang !== 'en' && m.translation));
const chooser = aliases.find((g) => g.entries.length > 1);
const redirect = aliases.find((g) => g.entries.length === 1);
const searched = entries.find((e) => e.vendor === 'scriptix' && e.namespace === 'code') ?? entries[0]!;
if (!translated || !chooser || !redirect)
  throw new Error('The catalog lacks a translated message, a shared code or a unique code');

export const templates: Template[] = [
  { name: 'home', path: '/' },
  { name: 'vendors index', path: '/vendors/' },
  { name: 'vendor page', path: vendorUrl(translated.vendor) },
  { name: 'code page (with a translation)', path: errorUrl(translated) },
  { name: 'alias chooser', path: chooser.url },
  { name: 'alias redirect', path: redirect.url, redirect: true, bare: true },
  { name: 'namespace redirect', path: `/errors/${vendors[0]!.slug}/`, redirect: true },
  { name: 'categories index', path: '/categories/' },
  { name: 'category page', path: categoryUrl(categories[0]!.id) },
  { name: 'comparison', path: '/compare/' },
  { name: 'use from code', path: '/use-from-code/' },
  {
    name: 'search with results',
    path: searchUrl(searched.code),
    loadsScript: 'the search page runs the query in the URL as soon as it opens',
    ready: async (page) => {
      await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 10_000 });
      await expect(page.locator(`[data-search-results] a[href="${errorUrl(searched)}"]`).first()).toBeVisible();
    },
  },
  {
    name: 'search, empty',
    path: searchUrl(),
    loadsScript: 'the search page loads its index as soon as it opens',
    ready: async (page) => {
      await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 10_000 });
    },
  },
  {
    name: 'not found',
    path: `/errors/${translated.vendor}/code/${translated.code.toLowerCase()}-x/`,
    loadsScript: 'the 404 page fetches one vendor’s code list to suggest the nearest codes',
    ready: async (page) => {
      await expect(page.locator('[data-candidates] a').first()).toBeAttached();
    },
  },
];

/**
 * Opens a template page and waits until it is ready. A redirect page is held in place by answering the navigation
 * its meta refresh starts with 204 No Content (which never commits), so that the redirect page itself is what gets inspected.
 */
export async function openTemplate(page: Page, template: Template): Promise<void> {
  if (template.redirect) {
    await page.route(
      (url) => url.pathname !== template.path,
      (route) => (route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.continue()),
    );
  }
  await page.goto(template.path);
  await template.ready?.(page);
}
