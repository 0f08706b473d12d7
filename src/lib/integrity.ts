import type { z } from 'astro/zod';
import { errorSchema, vendorSchema, type ErrorRecord, type VendorRecord } from './schema';
import { parseEntryId, type EntryKey } from './urls';
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
    const parsed = errorSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...describeIssues(file, parsed.error));
      continue;
    }
    if (parsed.data.code !== key.code) {
      problems.push(`${file}: code: "${parsed.data.code}" must equal the file name "${key.code}"`);
    }
    entries.push({ ...key, id, file, data: parsed.data });
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
  const byFolded = new Map<string, CheckedEntry>();
  for (const e of entries) {
    const folded = `${e.vendor}/${e.code.toLowerCase()}`;
    const other = byFolded.get(folded);
    if (other && other.code !== e.code) {
      problems.push(`${e.file}: code: "${e.code}" differs from ${other.file} only in letter case`);
    } else if (!other) byFolded.set(folded, e);
    if ((namespaces as readonly string[]).includes(e.code.toLowerCase())) {
      problems.push(`${e.file}: code: "${e.code}" is reserved (it is a namespace name, /errors/${e.vendor}/${e.code}/)`);
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

