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
  const problems: string[] = [];
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

/**
 * Why a file name does not fit its entry's code, if it does not. The file name (the URL segment) is the code as
 * written when the code is URL-safe, else the code's slug (`Bad Request` is `bad-request`); several errors sharing
 * one identifier add `--<qualifier>` (`bad-request--invalid-audio`, `3006--invalid-json`). A `message` entry's
 * code is its minted slug, so it equals the file name.
 */
export function entrySlugProblem(namespace: string, slug: string, code: string): string | undefined {
  if (namespace === 'message') {
    return slug === code ? undefined : `"${code}" must equal the file name "${slug}"`;
  }
  const base = codeSlug(code);
  if (!base) return `"${code}" has no ASCII letters or digits to name a file: use the message namespace`;
  if (slug === base || (slug.startsWith(`${base}--`) && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug.slice(base.length + 2)))) {
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
  const problems: string[] = [];
  let fenced = false;
  for (const [i, line] of body.split(/\r?\n/).entries()) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const outside = line.replace(/`+[^`]*`+/g, '');
    const tag = /<\/?[A-Za-z][^>\s]*[^>]*>/.exec(outside);
    if (tag) problems.push(`${file}: body (line ${i + 1}): ${tag[0]} would be read as HTML; put it in a code span`);
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
    const slug = file.split('/').pop()!.replace(/\.mdx?$/, '');
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

  const vendorFiles = new Set(input.vendors.map((v) => v.file.split('/').pop()!.replace(/\.mdx?$/, '')));
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
  for (const e of entries) {
    for (const [i, r] of e.data.related.entries()) {
      if (r === e.id) problems.push(`${e.file}: related.${i}: refers to the entry itself`);
      else if (!ids.has(r)) problems.push(`${e.file}: related.${i}: "${r}" does not exist (no ${prefix}${r}.yaml)`);
    }
    if (e.data.replacedBy && !ids.has(e.data.replacedBy)) {
      problems.push(`${e.file}: replacedBy: "${e.data.replacedBy}" does not exist`);
    }
    if (e.data.retiredSince && !e.data.retired) {
      problems.push(`${e.file}: retiredSince: set, but retired is not true`);
    }
    const texts = new Set<string>();
    for (const [i, m] of e.data.messages.entries()) {
      if (texts.has(m.text)) problems.push(`${e.file}: messages.${i}.text: duplicate of an earlier message`);
      texts.add(m.text);
    }
  }

  return { problems, entries: entries.sort((a, b) => a.id.localeCompare(b.id)), vendors };
}

