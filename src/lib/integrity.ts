import type { z } from 'astro/zod';
import { errorSchema, vendorSchema, withNamespace, type ErrorRecord, type VendorRecord } from './schema';
import { codeSlug, parseEntryId, urlSafeCode, type EntryKey } from './urls';
import { isVendorSlug, namespaces } from './vocabulary';

/**
 * The catalog's tidy: checks the whole catalog at once and reports every problem with the file to fix, the way
 * rustc's tidy does. Pure: the caller reads the files (see `scripts/content.ts`) and hands them in.
 */

/** One content file as read from disk: its path relative to the repository root and its parsed data. */
export interface RawFile {
  file: string;
  data: unknown;
}

export interface CatalogInput {
  /** `content/errors/<vendor>/<namespace>/<code>.yaml` files. */
  errors: RawFile[];
  /** `content/vendors/<vendor>.md` front matter. */
  vendors: RawFile[];
  /** Any file under `content/errors/` whose path does not have the expected depth or extension. */
  strays?: string[];
  /** The root folder the paths are relative to (`content` unless the catalog is elsewhere). */
  root?: string;
}

export interface CheckedEntry extends EntryKey {
  id: string;
  /** The identifier as the vendor writes it (`data.code`). */
  code: string;
  file: string;
  data: ErrorRecord;
}

export interface CheckedVendor {
  slug: string;
  file: string;
  data: VendorRecord;
}

export interface CatalogReport {
  problems: string[];
  entries: CheckedEntry[];
  vendors: CheckedVendor[];
}

/** Formats a Zod error as `file: field.path: message` lines. */
export function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((i) => `${file}: ${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`);
}

/** Fields whose values are copied verbatim from the vendor, where a lost tail would silently change the record. */
const verbatimFields = ['code', 'text', 'printed', 'translation', 'title'];

/**
 * Problems YAML hides: in an unquoted value, ` #` starts a comment, so `text: Bad value #3` is read as "Bad value"
 * without a word of warning. Checks the source text of an entry file for verbatim fields written that way.
 */
export function checkYamlSource(file: string, text: string): string[] {
  const problems: string[] = [...encodingProblems(file, text)];
  const field = new RegExp(`^\\s*(?:-\\s+)?(${verbatimFields.join('|')}):\\s+(.*)$`);
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    const m = field.exec(line);
    if (!m || /^["'|>[{]/.test(m[2]!) || !/\s#/.test(m[2]!)) continue;
    problems.push(
      `${file}: ${m[1]} (line ${i + 1}): unquoted value contains " #", which YAML reads as a comment and drops; quote the value`,
    );
  }
  return problems;
}

/** Bidirectional controls reorder text on screen (U+202E shows `exe.txt` as `txt.exe`): never in catalog text. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/** A file read as UTF-8 that was not (Latin-1, Windows-1252) shows U+FFFD where each bad byte was. */
function encodingProblems(file: string, text: string): string[] {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return [];
  const line = text.slice(0, at).split('\n').length;
  return [`${file}: (line ${line}): not valid UTF-8 (a byte that is not UTF-8 became U+FFFD); save the file as UTF-8`];
}

/** Paths (`messages.0.text`) of the strings in a record that contain a bidirectional control character. */
function bidiPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return BIDI.test(value) ? [path.join('.')] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => bidiPaths(v, [...path, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => bidiPaths(v, [...path, k]));
  return [];
}

/**
 * Why a file name does not fit its entry's code, if it does not. The file name (the URL segment) is the code as
 * written when the code is URL-safe, else the code's slug (`Bad Request` is `bad-request`); several errors sharing
 * one identifier add `--<qualifier>` (`bad-request--invalid-audio`, `3006--invalid-json`). A `message` entry's
 * code is its minted slug, so it equals the file name.
 */
/** Extensions of the files published beside each page: a slug ending in one would collide with a sibling. */
const SIBLING_EXTENSION = /\.(?:json|md|png|html|xml|txt)$/i;

export function entrySlugProblem(namespace: string, slug: string, code: string): string | undefined {
  // `..` or `.hidden` would publish outside the entry's folder or as a hidden file, and `X.json` over a sibling.
  if (slug.startsWith('.') || codeSlug(code).startsWith('.'))
    return `"${code}" starts with a dot, which would publish outside its folder or as a hidden file`;
  if (SIBLING_EXTENSION.test(slug) || SIBLING_EXTENSION.test(codeSlug(code)))
    return `"${code}" ends like a published file name (.json, .md, .png…), which would collide with another entry's files`;
  if (namespace === 'message') {
    return slug === code ? undefined : `"${code}" must equal the file name "${slug}"`;
  }
  const base = codeSlug(code);
  if (!base) return `"${code}" has no ASCII letters or digits to name a file: use the message namespace`;
  if (
    slug === base ||
    (slug.startsWith(`${base}--`) && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug.slice(base.length + 2)))
  ) {
    return undefined;
  }
  const shape = urlSafeCode.test(code) ? `the code itself` : `the code's slug "${base}"`;
  return `the file name "${slug}" must be ${shape}, or "${base}--<qualifier>" (lower-case words joined by "-") when several errors share the code`;
}

/**
 * Problems of a vendor file's Markdown body. Markdown passes HTML through, so a placeholder such as `<status>`
 * written as plain text becomes an unknown element and breaks the page: it must be in a code span.
 */
export function checkVendorBody(file: string, text: string): string[] {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---/, '');
  const problems: string[] = [...encodingProblems(file, text)];
  let fenced = false;
  for (const [i, line] of body.split(/\r?\n/).entries()) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const outside = line.replace(/`+[^`]*`+/g, '');
    const tag = /<\/?[A-Za-z][^>\s]*[^>]*>/.exec(outside);
    if (tag) problems.push(`${file}: body (line ${i + 1}): ${tag[0]} would be read as HTML; put it in a code span`);
    // A host that ignores _headers (no CSP) would run a script link; only web, mail and page links belong here.
    for (const link of outside.matchAll(/\]\(\s*<?([^)\s>]*)|<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi)) {
      const target = (link[1] ?? link[2] ?? '').trim();
      // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore control characters inside a scheme
      if (/^(?:javascript|data|vbscript|file):/i.test(target.replace(/[\s\x00-\x1f]/g, '')))
        problems.push(
          `${file}: body (line ${i + 1}): link to "${target.slice(0, 40)}" is not allowed; link to https:// pages only`,
        );
    }
    if (BIDI.test(line)) problems.push(`${file}: body (line ${i + 1}): contains a bidirectional control character`);
  }
  return problems;
}

export function checkCatalog(input: CatalogInput): CatalogReport {
  const root = input.root ?? 'content';
  const problems: string[] = [];
  const entries: CheckedEntry[] = [];
  const vendors: CheckedVendor[] = [];

  for (const stray of input.strays ?? []) {
    problems.push(`${stray}: not an entry; errors live at ${root}/errors/<vendor>/<namespace>/<code>.yaml`);
  }

  for (const { file, data } of input.vendors) {
    const slug = file
      .split('/')
      .pop()!
      .replace(/\.mdx?$/, '');
    if (!isVendorSlug(slug)) {
      problems.push(`${file}: vendor slug "${slug}" is not declared in src/lib/vocabulary.ts (vendorSlugs)`);
    }
    const parsed = vendorSchema.safeParse(data);
    if (!parsed.success) problems.push(...describeIssues(file, parsed.error));
    else vendors.push({ slug, file, data: parsed.data });
  }

  const prefix = `${root}/errors/`;
  const folders = new Set<string>();
  for (const { file, data } of input.errors) {
    const id = file.slice(prefix.length).replace(/\.yaml$/, '');
    let key: EntryKey;
    try {
      key = parseEntryId(id);
    } catch (e) {
      problems.push(`${file}: path: ${(e as Error).message}`);
      continue;
    }
    folders.add(key.vendor);
    const parsed = errorSchema.safeParse(withNamespace(data, key.namespace));
    if (!parsed.success) {
      problems.push(...describeIssues(file, parsed.error));
      continue;
    }
    const slugProblem = entrySlugProblem(key.namespace, key.slug, parsed.data.code);
    if (slugProblem) problems.push(`${file}: code: ${slugProblem}`);
    entries.push({ ...key, id, file, code: parsed.data.code, data: parsed.data });
  }

  const vendorFiles = new Set(
    input.vendors.map((v) =>
      v.file
        .split('/')
        .pop()!
        .replace(/\.mdx?$/, ''),
    ),
  );
  for (const folder of folders) {
    if (!vendorFiles.has(folder)) problems.push(`${prefix}${folder}/: has no vendor file ${root}/vendors/${folder}.md`);
  }
  for (const slug of vendorFiles) {
    if (!folders.has(slug)) problems.push(`${root}/vendors/${slug}.md: has no errors in ${prefix}${slug}/`);
  }

  // Case-insensitive uniqueness: within a namespace two files would collide on macOS/Windows; across namespaces
  // the short alias /errors/<vendor>/<code>/ would.
  const byFile = new Map<string, CheckedEntry>();
  const byAlias = new Map<string, CheckedEntry>();
  for (const e of entries) {
    const file = `${e.vendor}/${e.namespace}/${e.slug.toLowerCase()}`;
    const sameFile = byFile.get(file);
    if (sameFile) problems.push(`${e.file}: path: differs from ${sameFile.file} only in letter case`);
    else byFile.set(file, e);
    const alias = codeSlug(e.code);
    const folded = `${e.vendor}/${alias.toLowerCase()}`;
    const other = byAlias.get(folded);
    if (other && codeSlug(other.code) !== alias) {
      problems.push(`${e.file}: code: "${e.code}" differs from ${other.file} only in letter case`);
    } else if (!other) byAlias.set(folded, e);
    if ((namespaces as readonly string[]).includes(alias.toLowerCase())) {
      problems.push(`${e.file}: code: "${e.code}" is reserved (it is a namespace name, /errors/${e.vendor}/${alias}/)`);
    }
  }

  const ids = new Set(entries.map((e) => e.id));
  const byId = new Map(entries.map((e) => [e.id, e]));
  // A chain of replacements must end at a live entry: a cycle would send readers round in circles.
  for (const e of entries) {
    const seen = new Set([e.id]);
    for (let next = e.data.replacedBy; next && byId.has(next); next = byId.get(next)!.data.replacedBy) {
      if (seen.has(next)) {
        problems.push(`${e.file}: replacedBy: the chain of replacements loops back (${[...seen, next].join(' → ')})`);
        break;
      }
      seen.add(next);
    }
  }
  for (const e of entries) {
    for (const [i, r] of e.data.related.entries()) {
      if (r === e.id) problems.push(`${e.file}: related.${i}: refers to the entry itself`);
      else if (!ids.has(r)) problems.push(`${e.file}: related.${i}: "${r}" does not exist (no ${prefix}${r}.yaml)`);
    }
    if (e.data.replacedBy === e.id) problems.push(`${e.file}: replacedBy: refers to the entry itself`);
    else if (e.data.replacedBy && !ids.has(e.data.replacedBy)) {
      problems.push(`${e.file}: replacedBy: "${e.data.replacedBy}" does not exist`);
    }
    if (e.data.replacedBy && !e.data.retired) problems.push(`${e.file}: replacedBy: set, but retired is not true`);
    for (const path of bidiPaths(e.data)) {
      problems.push(`${e.file}: ${path}: contains a bidirectional control character (U+202A-U+202E, U+2066-U+2069…)`);
    }
    for (const [i, r] of e.data.related.entries()) {
      const other = byId.get(r);
      if (other && other.id !== e.id && !other.data.related.includes(e.id))
        problems.push(`${e.file}: related.${i}: ${r} does not link back; add ${e.id} to its related`);
    }
    if (e.data.retiredSince && !e.data.retired) {
      problems.push(`${e.file}: retiredSince: set, but retired is not true`);
    }
    const texts = new Set<string>();
    for (const [i, m] of e.data.messages.entries()) {
      if (texts.has(m.text)) problems.push(`${e.file}: messages.${i}.text: duplicate of an earlier message`);
      texts.add(m.text);
      if (m.kind !== 'description') continue;
      // A message-only or job entry is named by its first message, which must be what a client sees.
      if (i === 0 && (e.namespace === 'message' || e.namespace === 'job')) {
        problems.push(
          `${e.file}: messages.0.kind: a ${e.namespace} entry is named by this text, so it must be printed`,
        );
      }
      if (m.printed || m.placeholders.length) {
        problems.push(
          `${e.file}: messages.${i}.kind: a description is not printed, so it has no printed form or placeholders`,
        );
      }
    }
  }

  return { problems, entries: entries.sort((a, b) => a.id.localeCompare(b.id)), vendors };
}
