import type { Namespace } from '../vocabulary';
import type { Signature } from './envelopes';
import type { TemplateForm } from './templates';

/**
 * The lookup index and the lookup's answer. The index is plain JSON (no Maps, no RegExps, no functions) so the
 * build can write it to a file the search page loads.
 */

export interface IndexedMessage {
  /** The message as the API prints it (`printed` when the catalog has it, else `text`): what results show. */
  text: string;
  /** Compiled forms of `text` and, when it differs, of `printed`. */
  forms: TemplateForm[];
}

export interface IndexedEntry {
  id: string;
  vendor: string;
  namespace: Namespace;
  /** The identifier as the vendor writes it; the URL segment is the id's last part. */
  code: string;
  title: string;
  category: string;
  httpStatus?: number;
  messages: IndexedMessage[];
  /** Normalised aliases. */
  aliases: string[];
  /** The body or frame field its vendor carries the code in, lower-cased, where the entry says. */
  field?: string;
  /** SDK entries: the enum's value in each SDK language that has one (a bare number means little alone). */
  values?: string[];
  /** For each of `values`, the SDK languages (display names) whose enum has it. */
  valueLanguages?: Record<string, string[]>;
  /** Normalised words of the API or product the entry belongs to (`live stt websocket wss v1 listen`). */
  surface?: string[];
}

export interface IndexedVendor {
  slug: string;
  name: string;
  /** Normalised names people use for the vendor: the slug, the display name and the vendor's aliases. */
  terms: string[];
  /** What marks a paste as this vendor's (hosts, headers, body shapes, text conventions), from its content file. */
  signatures: Signature[];
}

export interface LookupIndex {
  version: 1;
  vendors: IndexedVendor[];
  entries: IndexedEntry[];
  /** The whole catalog's size when `entries` is the part of a split index that a query loaded. */
  size?: number;
  /** With `size`: the whole catalog's most common words and how many entries use each (`commonWords`). */
  common?: Record<string, number>;
}

/** How sure a result is: the identifier or a full message matched, a good partial match, or merely similar. */
export type MatchLevel = 'exact' | 'likely' | 'related';

export interface LookupHit {
  id: string;
  url: string;
  vendor: string;
  code: string;
  namespace: string;
  title: string;
  category: string;
  /** The catalog message that matched, or else the entry's first message. */
  message?: string;
  match: MatchLevel;
  /** Why the result is here, in a sentence a reader can check. */
  reason: string;
}

export interface LookupResult {
  /** Best first. */
  results: LookupHit[];
  /** The vendor the text points to (named, or recognised by its body shape, headers or host). */
  vendorHint?: string;
  /** An error code in the text that the catalog does not document, with what its shape suggests. */
  unknownCode?: { vendor?: string; code: string; inference: string };
  /** A speech vendor the text names or points to (by host) that the catalog does not cover, with no catalog vendor's
   * evidence beside it: its display name. Results are then other vendors' look-alikes, never this vendor's answer. */
  uncoveredVendor?: string;
  /** Words left over for full-text search: not noise, not a vendor name, not a code already resolved. */
  terms: string[];
}

export interface LookupOptions {
  /** Maximum number of results (default 10). */
  limit?: number;
  /** How many characters of the input are read (default 32 KiB). */
  maxChars?: number;
}
