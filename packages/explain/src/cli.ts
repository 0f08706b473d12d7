import type { PackData } from './data';
import { explainWith } from './explain';
import { logItems } from './logs';
import { readInput } from './read';
import type { CatalogInfo, Explanation, Match } from './types';

/**
 * `speech-errors explain`: argument parsing, the human and JSON output, and exit statuses like grep's (0 something
 * matched exactly or likely, 1 nothing did, 2 usage error or unreadable input). No process access here: `bin.ts`
 * passes the arguments, standard input and output in, so the tests run the command in-process too.
 */

export interface Io {
  /** Standard input's bytes, or undefined when it is a terminal (nothing piped in). */
  stdin: () => Uint8Array | undefined;
  out: (text: string) => void;
  err: (text: string) => void;
  color: boolean;
}

export const usage = `Usage: speech-errors explain [options] [text...]

Explains an error a speech API returned: a code, a message, a JSON body, a log line or a WebSocket close.
With no text, reads standard input: a whole log, in which each error found is explained once.

Options:
  --json            print one JSON document (its schema: <site>/explain.schema.json)
  --vendor <slug>   only this vendor's entries (alibaba-nls, deepgram, ...)
  --open            print nothing but the best match's URL
  --version         print the package version and the date of the catalog it carries
  -h, --help        print this help

Exit status: 0 when something matched exactly or likely, 1 when nothing did, 2 on a usage error or unreadable input.`;

interface Options {
  json: boolean;
  open: boolean;
  vendor?: string;
  text: string[];
}

type Parsed = Options | { exit: number; out?: string; err?: string };

function parse(args: readonly string[], info: CatalogInfo): Parsed {
  const version = `speech-errors ${info.version} (catalog of ${info.date}: ${info.entries} errors from ${info.vendors.length} vendors)`;
  if (!args.length) return { exit: 2, err: usage };
  if (args[0] === '--version' || args[0] === '-v') return { exit: 0, out: version };
  if (args[0] === '--help' || args[0] === '-h' || args[0] === 'help') return { exit: 0, out: usage };
  if (args[0] !== 'explain')
    return { exit: 2, err: `speech-errors: unknown command '${args[0]}'; the command is 'explain'.\n\n${usage}` };
  const o: Options = { json: false, open: false, text: [] };
  for (let i = 1; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      o.text.push(...args.slice(i + 1));
      break;
    }
    if (a === '--json') o.json = true;
    else if (a === '--open') o.open = true;
    else if (a === '--version' || a === '-v') return { exit: 0, out: version };
    else if (a === '--help' || a === '-h') return { exit: 0, out: usage };
    else if (a === '--vendor' || a.startsWith('--vendor=')) {
      const slug = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (!slug) return { exit: 2, err: 'speech-errors: --vendor needs a vendor slug, e.g. --vendor deepgram.' };
      const known = info.vendors.map((v) => v.slug);
      if (!known.includes(slug)) {
        const close = known.filter((k) => k.startsWith(slug.slice(0, 3).toLowerCase()));
        const hint = close.length ? `Did you mean ${close.join(' or ')}? ` : '';
        return {
          exit: 2,
          err: `speech-errors: '${slug}' is not a catalog vendor. ${hint}Vendors: ${known.join(', ')}.`,
        };
      }
      o.vendor = slug;
    } else if (a.startsWith('--') && a.length > 2)
      return {
        exit: 2,
        err: `speech-errors: unknown option '${a}'. Put text that starts with -- after a lone --.\n\n${usage}`,
      };
    else o.text.push(a);
  }
  return o;
}

const useful = (e: Explanation): boolean => e.matches.some((m) => m.match !== 'related');

function paint(color: boolean) {
  const wrap = (code: string) => (s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { bold: wrap('1'), dim: wrap('2'), green: wrap('32'), yellow: wrap('33'), cyan: wrap('36') };
}

function label(m: Match): string {
  const code =
    m.namespace === 'http' ? `HTTP ${m.code}` : m.namespace === 'close' ? `WebSocket close ${m.code}` : m.code;
  return `${m.vendorName} ${code}`;
}

function retryLine(m: Match): string {
  const after =
    m.retry.afterSeconds === undefined
      ? ''
      : `: wait ${m.retry.afterSeconds} s` +
        (m.retry.afterFrom === 'catalog'
          ? " (the vendor's delay)"
          : m.retry.afterFrom === 'text'
            ? ' (stated in the error)'
            : ` (from ${m.retry.afterFrom})`);
  return `${m.retry.title}${after}`;
}

function human(e: Explanation, color: boolean): string {
  const c = paint(color);
  const lines: string[] = [];
  if (e.vendorNotInCatalog) lines.push(`${e.vendorNotInCatalog} is not covered by the catalog yet.`);
  const [best, ...rest] = e.matches;
  if (!best || !useful(e)) {
    lines.push('No catalog entry matches this text exactly or likely.');
    if (e.unknownCode) lines.push(e.unknownCode.inference);
  }
  if (best) {
    const level =
      best.match === 'exact' ? c.green(best.match) : best.match === 'likely' ? c.yellow(best.match) : c.dim(best.match);
    if (!useful(e)) lines.push('', 'Similar errors at covered vendors:');
    lines.push(`${level}  ${c.bold(label(best))}: ${best.title}`);
    lines.push(`  Cause  ${best.cause}`);
    lines.push(`  Retry  ${retryLine(best)}`);
    lines.push(`  ${c.cyan(best.url)}`);
    if (rest.length) {
      lines.push('', 'Other candidates:');
      for (const m of rest.slice(0, 4)) lines.push(`  ${m.match.padEnd(7)} ${label(m)}: ${m.title}  ${c.dim(m.url)}`);
    }
  }
  return lines.join('\n');
}

export function run(args: readonly string[], data: PackData, info: CatalogInfo, io: Io): number {
  const parsed = parse(args, info);
  if ('exit' in parsed) {
    if (parsed.out) io.out(parsed.out);
    if (parsed.err) io.err(parsed.err);
    return parsed.exit;
  }
  let text: string;
  let fromStdin = false;
  if (parsed.text.length) {
    text = parsed.text.join(' ');
    const checked = readInput(new TextEncoder().encode(text));
    if ('problem' in checked) {
      io.err(`speech-errors: ${checked.problem}`);
      return 2;
    }
  } else {
    const bytes = io.stdin();
    if (!bytes) {
      io.err(`speech-errors: give the error text as arguments, or pipe it in.\n\n${usage}`);
      return 2;
    }
    const checked = readInput(bytes);
    if ('problem' in checked) {
      io.err(`speech-errors: ${checked.problem}`);
      return 2;
    }
    text = checked.text;
    fromStdin = true;
  }
  if (!text.trim()) {
    io.err('speech-errors: the input is empty: give the error text as arguments, or pipe it in.');
    return 2;
  }
  const options = parsed.vendor ? { vendor: parsed.vendor } : {};
  const items = fromStdin ? logItems(text) : [];
  if (items.length <= 1) {
    const e = explainWith(data, fromStdin ? text.trim() : text, options);
    if (parsed.open) {
      if (useful(e)) io.out(e.matches[0]!.url);
    } else io.out(parsed.json ? JSON.stringify(e, null, 2) : human(e, io.color));
    return useful(e) ? 0 : 1;
  }
  return runLog(text, items, options, parsed, data, io);
}

/** A whole log: each error-looking item explained, each entry once (at the first line that gave it). */
function runLog(
  text: string,
  items: ReturnType<typeof logItems>,
  options: { vendor?: string },
  parsed: Options,
  data: PackData,
  io: Io,
): number {
  const c = paint(io.color);
  const explained: (Explanation & { line: number })[] = [];
  const shown = new Set<string>();
  for (const item of items) {
    const e = explainWith(data, item.text, options);
    const best = e.matches[0];
    if (!best || !useful(e) || shown.has(best.id)) continue;
    shown.add(best.id);
    explained.push({ ...e, line: item.line });
  }
  if (parsed.open) {
    if (explained[0]) io.out(explained[0].matches[0]!.url);
  } else if (parsed.json) {
    io.out(
      JSON.stringify(
        {
          query: text,
          matches: explained.map((e) => ({ ...e.matches[0]!, line: e.line })),
          vendorNotInCatalog: explained.find((e) => e.vendorNotInCatalog)?.vendorNotInCatalog ?? null,
          unknownCode: null,
          items: explained,
        },
        null,
        2,
      ),
    );
  } else if (!explained.length) {
    io.out(`No catalog entry matches any of the ${items.length} error-looking lines exactly or likely.`);
  } else {
    const blocks = explained.map((e) => {
      const first = e.query.split('\n')[0]!;
      const head = c.dim(`line ${e.line}: ${first.length > 100 ? `${first.slice(0, 99)}…` : first}`);
      return `${head}\n${human({ ...e, matches: e.matches.slice(0, 1) }, io.color)}`;
    });
    io.out(`${blocks.join('\n\n')}\n\n${explained.length} of ${items.length} error-looking lines explained.`);
  }
  return explained.length ? 0 : 1;
}
