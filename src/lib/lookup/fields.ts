/**
 * Key/value pairs out of pasted text. Well-formed JSON is parsed; everything else (a truncated body, a Python dict
 * printed by a logger, `key=value` log fields, YAML-ish `code: 2`) goes through one tolerant scanner. Both give the
 * same flat list, so the rest of the lookup does not care which one read the paste.
 */

export interface Field {
  /** Dotted path of lower-cased keys (`header.status`); the scanner, which cannot see nesting, gives the key alone. */
  path: string;
  /** Last key of the path, lower-cased. */
  key: string;
  /** The value as text. */
  value: string;
  /** `number` for unquoted numbers, `string` for quoted text, `bare` for an unquoted word (`error_code=FOO`). */
  kind: 'number' | 'string' | 'bare';
}

const MAX_FIELDS = 300;
const MAX_JSON = 64 * 1024;
const MAX_DEPTH = 8;

function walk(value: unknown, path: string, out: Field[], depth: number): void {
  if (out.length >= MAX_FIELDS || depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) walk(item, path, out, depth + 1);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      walk(v, path ? `${path}.${k.toLowerCase()}` : k.toLowerCase(), out, depth + 1);
    }
  } else if (
    typeof value === 'string' &&
    /^\s*\{[\s\S]*\}\s*$/.test(value) &&
    value.length <= MAX_JSON &&
    depth < MAX_DEPTH
  ) {
    // A body quoted inside a string (IBM's grammar error holds its 500 body as text): read it as the body it is.
    let inner: unknown;
    try {
      inner = JSON.parse(value);
    } catch {
      inner = undefined;
    }
    if (inner && typeof inner === 'object') walk(inner, path, out, depth + 1);
    else if (path) out.push({ path, key: path.slice(path.lastIndexOf('.') + 1), value, kind: 'string' });
  } else if ((typeof value === 'string' || typeof value === 'number') && path) {
    const key = path.slice(path.lastIndexOf('.') + 1);
    out.push({ path, key, value: String(value), kind: typeof value === 'number' ? 'number' : 'string' });
  }
}

/**
 * `"key": value`, `'key': value`, `key=value` and `key: value`. Every quantifier is bounded and the alternatives
 * of the string bodies cannot overlap, so the scan stays linear on any input. A string may run to the end of the
 * text unclosed, which is how a truncated body ends.
 */
const PAIR =
  /(?:"([A-Za-z_][\w.-]{0,60})"|'([A-Za-z_][\w.-]{0,60})'|(?<![\w.-])([A-Za-z_][\w.-]{0,60}))[ \t]{0,4}[:=][ \t]{0,4}("(?:[^"\\\r\n]|\\.){0,4000}(?:"|$)|'(?:[^'\\\r\n]|\\.){0,4000}(?:'|$)|-?\d{1,20}(?:\.\d{1,10})?(?![\w.])|[A-Za-z_][\w.:-]{0,200})/g;

function unquote(raw: string): { value: string; kind: Field['kind'] } {
  const q = raw[0];
  if (q === '"' || q === "'") {
    const body = raw.length > 1 && raw.endsWith(q) ? raw.slice(1, -1) : raw.slice(1);
    if (q === '"') {
      try {
        return { value: JSON.parse(`"${body}"`) as string, kind: 'string' };
      } catch {
        // A stray backslash or a cut-off escape: keep the text as written.
      }
    }
    return { value: body.replace(/\\(['"\\])/g, '$1'), kind: 'string' };
  }
  return { value: raw, kind: /^-?\d/.test(raw) ? 'number' : 'bare' };
}

/** Scans free text for key/value pairs. */
export function scanPairs(text: string, out: Field[] = []): Field[] {
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m && out.length < MAX_FIELDS; m = PAIR.exec(text)) {
    const key = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    const { value, kind } = unquote(m[4] ?? '');
    if (value) out.push({ path: key, key, value, kind });
  }
  return out;
}

/**
 * Reads every key/value pair: the JSON body when the text from its first `{` to its last `}` parses, plus a scan
 * of whatever surrounds it (a log prefix with `status=…`); otherwise a scan of the whole text.
 */
export function readFields(text: string): { fields: Field[]; parsed: boolean } {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start >= 0 && end > start && end - start < MAX_JSON) {
    try {
      const fields: Field[] = [];
      walk(JSON.parse(text.slice(start, end + 1)), '', fields, 0);
      scanPairs(text.slice(0, start), fields);
      scanPairs(text.slice(end + 1), fields);
      return { fields, parsed: true };
    } catch {
      // Not JSON after all (or not only JSON): fall through to the scanner.
    }
  }
  return { fields: scanPairs(text), parsed: false };
}
