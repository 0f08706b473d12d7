import { sortEntries, type Entry } from '../catalog';
import type { Evidence, VendorRecord } from '../schema';
import { sdkLanguageNames } from '../vocabulary';
import { compileEvidence, withoutSharedSignatures } from './envelopes';
import { identifierWords, normalize, words } from './normalize';
import { compileTemplate, type TemplateForm } from './templates';
import type { IndexedEntry, IndexedMessage, LookupIndex } from './types';

/** What the index needs to know about a vendor. */
export interface LookupVendorInput {
  slug: string;
  name: string;
  aliases: readonly string[];
  evidence?: Evidence;
}

/** The lookup's view of the catalog's vendors. */
export const lookupVendors = (vendors: readonly { slug: string; data: VendorRecord }[]): LookupVendorInput[] =>
  vendors.map((v) => ({ slug: v.slug, name: v.data.name, aliases: v.data.aliases, evidence: v.data.evidence }));

function sameForm(a: TemplateForm, b: TemplateForm): boolean {
  return a.p.length === b.p.length && a.p.every((piece, i) => piece === b.p[i]);
}

function indexMessage(m: Entry['data']['messages'][number]): IndexedMessage {
  const forms = compileTemplate(m.text, m.placeholders);
  if (m.printed) {
    // The printed form gets the placeholders that still occur in it.
    const kept = m.placeholders.filter((p) => m.printed!.includes(p));
    for (const f of compileTemplate(m.printed, kept)) if (!forms.some((g) => sameForm(f, g))) forms.push(f);
  }
  return { text: m.printed ?? m.text, forms };
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list.filter(Boolean))];
}

/** An SDK entry's enum values, and which SDK languages give each: the same number can name another error elsewhere. */
function valuesOf(e: Entry): Pick<IndexedEntry, 'values' | 'valueLanguages'> {
  if (e.data.namespace !== 'sdk') return {};
  const languages: Record<string, string[]> = {};
  for (const b of e.data.sdks) if (b.value) (languages[b.value] ??= []).push(sdkLanguageNames[b.language]);
  const values = Object.keys(languages);
  return values.length ? { values, valueLanguages: languages } : {};
}

/** Words that tell apart entries sharing an identifier on different APIs (`/v1/listen` against `/v1/speak`). */
function surfaceOf(e: Entry): Pick<IndexedEntry, 'surface'> {
  const text = [e.data.api ?? '', 'frame' in e.data ? e.data.frame : ''].join(' ');
  // The code's own words are the identifier's evidence already (an event's frame type is often its code).
  const own = new Set(words(identifierWords(e.code)));
  const surface = unique(words(normalize(text)).filter((w) => w.length > 1 && !own.has(w)));
  return surface.length ? { surface } : {};
}

/**
 * Builds the lookup index from the catalog: identifiers, titles, normalised aliases and compiled message templates.
 * Entries keep the catalog's display order, which is also the order of equally good results.
 */
export function buildLookupIndex(entries: readonly Entry[], vendors: readonly LookupVendorInput[]): LookupIndex {
  const indexed: IndexedEntry[] = sortEntries(entries).map((e) => ({
    id: e.id,
    vendor: e.vendor,
    namespace: e.namespace,
    code: e.code,
    title: e.data.title,
    category: e.data.category,
    ...(e.data.httpStatus === undefined ? {} : { httpStatus: e.data.httpStatus }),
    // A description is never printed, so a paste cannot contain it: matching against it would only add noise.
    messages: e.data.messages.filter((m) => m.kind === 'printed').map(indexMessage),
    aliases: unique(e.data.aliases.map(normalize)),
    ...('field' in e.data && e.data.field ? { field: e.data.field.toLowerCase() } : {}),
    ...valuesOf(e),
    ...surfaceOf(e),
  }));
  return {
    version: 1,
    vendors: withoutSharedSignatures(
      vendors.map((v) => ({
        slug: v.slug,
        name: v.name,
        terms: unique([v.slug, v.name, ...v.aliases].map(normalize)),
        signatures: compileEvidence(v.evidence),
      })),
    ),
    entries: indexed,
  };
}
