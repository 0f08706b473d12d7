import type { Category } from './categories';
import {
  categoryOf,
  displayCode,
  cellEntries,
  otherVendors,
  pageDescription,
  pageTitle,
  relatedEntries,
  summary,
  vendorOf,
  type Catalog,
  type Entry,
} from './catalog';
import { dateModified, sourceUrl } from './export';
import type { Example, Message } from './schema';
import { paragraphs } from './text';
import {
  absoluteUrl,
  cardUrl,
  categoryUrl,
  cellUrl,
  entryJsonUrl,
  entryMarkdownUrl,
  errorUrl,
  messageAnchors,
  vendorUrl,
} from './urls';
import { actorInfo, namespaceInfo, retryPolicyInfo, sdkLanguageNames, type Namespace } from './vocabulary';

/**
 * What a code page says, assembled once: the HTML page (`CodePage.astro`), its Markdown sibling (`markdown.ts`), the
 * ticket text (`ticket.ts`) and the structured data (`jsonld.ts`) all render this model, so they cannot drift apart.
 * Pure: the catalog is passed in.
 */

/** One label/value fact; `href` links it, `code` sets it as code. */
export interface Fact {
  label: string;
  value: string;
  href?: string | undefined;
  code?: boolean;
  /** Plain words after the value: "(no vendor code)". */
  note?: string;
}

/** A link to another entry, as every rendering shows one. */
export interface EntryRef {
  id: string;
  display: string;
  title: string;
  path: string;
  markdownPath: string;
  retired: boolean;
}

export interface CodeModel {
  entry: Entry;
  /** `requestId`: where the vendor puts the id its support asks for (the ticket text names it). */
  vendor: {
    slug: string;
    name: string;
    path: string;
    requestId?: { header?: string | undefined; field?: string | undefined } | undefined;
  };
  namespace: { id: Namespace; title: string; path: string };
  /** The code as readers see it (`HTTP 429`, `WebSocket 1008`, a message for message-only entries). */
  display: string;
  title: string;
  /** `<title>`, meta description and the one-line summary. */
  pageTitle: string;
  description: string;
  summary: string;
  path: string;
  url: string;
  jsonPath: string;
  markdownPath: string;
  cardPath: string;
  retired?: { since?: string | undefined; replacement?: EntryRef | undefined } | undefined;
  category: Category & { path: string };
  httpStatus?: number | undefined;
  messages: (Message & { anchor: string })[];
  /** The messages' heading: "Message(s)", or "SDK description" when the source gives no printed text. */
  messagesTitle: string;
  examples: Example[];
  cause: string[];
  fix: string[];
  retry: {
    title: string;
    /** The vendor's specifics, else the policy's generic advice (`generic` says which). */
    text: string;
    generic: boolean;
    facts: Fact[];
  };
  who: { title: string; description: string };
  /** The identifier and where it comes from, as a fact list. */
  facts: Fact[];
  /** The SDK languages of an `sdk` entry, with the value in each. */
  sdks: { language: string; package?: string | undefined; versions?: string | undefined; value?: string | undefined }[];
  notes: string[];
  related: EntryRef[];
  others: {
    list: boolean;
    groups: { vendor: string; name: string; path: string; count: number; entries: EntryRef[] }[];
    more: number;
    /** The other vendors with no error in this category: "none documented", told apart from "not shown". */
    none: { vendor: string; name: string; path: string }[];
  };
  source: { url: string; section: string; retrieved: string; updated?: string | undefined };
  dateModified: string;
}

/** Whether every message is a description: the source documents no printed text for the entry. */
export const onlyDescriptions = (messages: readonly Message[]): boolean =>
  messages.every((m) => m.kind === 'description');

/** The heading over an entry's messages: descriptions are not what a client prints, so they are not called messages. */
export function messagesTitle(messages: readonly Message[]): string {
  const plural = messages.length > 1 ? 's' : '';
  return onlyDescriptions(messages) ? `SDK description${plural}` : `Message${plural}`;
}

export function entryRef(e: Entry): EntryRef {
  return {
    id: e.id,
    display: displayCode(e),
    title: e.data.title,
    path: errorUrl(e),
    markdownPath: entryMarkdownUrl(e),
    retired: e.data.retired,
  };
}

/** The facts that say what the identifier is and where it arrives. */
function identifierFacts(entry: Entry, vendorName: string, category: Category): Fact[] {
  const { data } = entry;
  const isMessage = entry.namespace === 'message';
  const surface: (Fact | false | undefined)[] = [
    'field' in data && !!data.field && { label: 'Field', value: data.field, code: true },
    'frame' in data && { label: 'Frame type', value: data.frame, code: true },
    !!data.api && { label: 'API', value: data.legacy ? `${data.api} (older API generation)` : data.api },
  ];
  return [
    { label: 'Vendor', value: vendorName, href: vendorUrl(entry.vendor) },
    {
      label: isMessage ? 'Identifier' : 'Code',
      value: entry.code,
      code: true,
      ...(isMessage ? { note: '(no vendor code)' } : {}),
    },
    { label: 'Kind', value: namespaceInfo[entry.namespace].title },
    ...surface.filter((f): f is Fact => !!f),
    { label: 'HTTP status', value: data.httpStatus ? String(data.httpStatus) : 'Not documented' },
    { label: 'Category', value: category.title, href: categoryUrl(category.id) },
    { label: 'google.rpc.Code', value: category.grpc, code: true },
  ];
}

export function codeModel(
  entry: Entry,
  catalog: Pick<Catalog, 'byId' | 'vendorBySlug' | 'index' | 'vendorSlugs'>,
  site: URL | string,
): CodeModel {
  const { data } = entry;
  const vendor = vendorOf(catalog, entry.vendor);
  const name = vendor.data.name;
  const category = categoryOf(entry);
  const policy = retryPolicyInfo[data.retry.policy];
  const replacement = data.replacedBy ? catalog.byId.get(data.replacedBy) : undefined;
  const anchors = messageAnchors(data.messages.map((m) => m.text));
  const others = otherVendors(entry, catalog.index, catalog.vendorSlugs);
  const retryFacts: (Fact | undefined)[] = [
    data.retry.delaysSeconds && {
      label: 'Delays',
      value: data.retry.delaysSeconds.map((s) => `${s} s`).join(', then '),
    },
    data.retry.maxRetries ? { label: 'At most', value: `${data.retry.maxRetries} retries` } : undefined,
    data.retry.delayFrom ? { label: 'Delay from', value: data.retry.delayFrom, code: true } : undefined,
  ];
  return {
    entry,
    vendor: { slug: vendor.slug, name, path: vendorUrl(vendor.slug), requestId: vendor.data.requestId },
    namespace: {
      id: entry.namespace,
      title: namespaceInfo[entry.namespace].title,
      path: `${vendorUrl(entry.vendor)}#${entry.namespace}`,
    },
    display: displayCode(entry),
    title: data.title,
    pageTitle: pageTitle(entry, name),
    description: pageDescription(entry, name),
    summary: summary(entry),
    path: errorUrl(entry),
    url: absoluteUrl(errorUrl(entry), site),
    jsonPath: entryJsonUrl(entry),
    markdownPath: entryMarkdownUrl(entry),
    cardPath: cardUrl(entry),
    retired: data.retired ? { since: data.retiredSince, replacement: replacement && entryRef(replacement) } : undefined,
    category: { ...category, path: categoryUrl(category.id) },
    httpStatus: data.httpStatus,
    messages: data.messages.map((m, i) => ({ ...m, anchor: anchors[i]! })),
    messagesTitle: messagesTitle(data.messages),
    examples: data.examples,
    cause: paragraphs(data.cause),
    fix: paragraphs(data.fix),
    retry: {
      title: policy.title,
      text: data.retry.details ?? policy.advice,
      generic: !data.retry.details,
      facts: retryFacts.filter((f): f is Fact => !!f),
    },
    who: actorInfo[data.who],
    facts: identifierFacts(entry, name, category),
    sdks: data.namespace === 'sdk' ? data.sdks.map((b) => ({ ...b, language: sdkLanguageNames[b.language] })) : [],
    notes: data.notes ? paragraphs(data.notes) : [],
    related: relatedEntries(entry, catalog.byId).map(entryRef),
    others: {
      list: others.list,
      more: others.more,
      groups: others.groups.map((g) => ({
        vendor: g.vendor,
        name: vendorOf(catalog, g.vendor).data.name,
        path: cellUrl(category.id, g.vendor),
        count: g.entries.length,
        entries: others.list ? g.entries.map(entryRef) : [],
      })),
      none: catalog.vendorSlugs
        .filter((v) => v !== entry.vendor && cellEntries(catalog.index, category.id, v).length === 0)
        .map((v) => ({ vendor: v, name: vendorOf(catalog, v).data.name, path: vendorUrl(v) })),
    },
    source: {
      url: sourceUrl(entry, vendor),
      section: data.section,
      retrieved: data.retrieved ?? vendor.data.retrieved,
      updated: data.updated,
    },
    dateModified: dateModified(entry, vendor),
  };
}
