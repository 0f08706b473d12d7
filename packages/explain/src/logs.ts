/**
 * Finds the errors in a whole log: each JSON body (on one line or spread over several) and each line that reads
 * like an error, with the line it starts on. A body keeps the line just before it when that line gives its context
 * (a request line, a status line, a host): that is what tells two vendors' look-alike bodies apart. Items that
 * repeat one already found are left out.
 */
export interface LogItem {
  /** 1-based line number where the item starts. */
  line: number;
  text: string;
}

const MAX_BODY_LINES = 200;
const ERRORISH =
  /\b(?:error|err|errors|fail(?:ed|ure|s)?|exception|denied|invalid|unauthori[sz]ed|forbidden|refused|time[d ]?out|timeout|cancel(?:l)?ed|rejected|rate.?limit|quota|exceeded|not found|unavailable|too many|closed?|disconnect(?:ed)?|traceback|panic|status(?:code)?\s*[:=]\s*[45]\d\d|HTTP\/?\S*\s+[45]\d\d|code\s*[:=]\s*\S+)\b|错误|失败|异常|超时|无效|拒绝|鉴权|欠费|超出|超过|限制|不存在/i;
const CONTEXT = /https?:\/\/|wss?:\/\/|\bHTTP\/\d|\b(?:GET|POST|PUT|PATCH|DELETE)\s+\S/;

/** The end (exclusive) of the balanced JSON object or array starting at `start`, or -1. */
function balancedEnd(text: string, start: number): number {
  const open = text[start];
  const close = open === '{' ? '}' : ']';
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === open || c === '{' || c === '[') depth++;
    else if (c === close || c === '}' || c === ']') {
      depth--;
      if (depth === 0) return c === close ? i + 1 : -1;
    }
  }
  return -1;
}

function jsonAt(lines: string[], n: number): { end: number; text: string } | undefined {
  if (n >= lines.length) return undefined;
  const at = lines[n]!.search(/\{|\[\s*[{"]/);
  if (at < 0) return undefined;
  const chunk = lines.slice(n, n + MAX_BODY_LINES).join('\n');
  const end = balancedEnd(chunk, at);
  if (end < 0) return undefined;
  const body = chunk.slice(at, end);
  try {
    JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!/"/.test(body)) return undefined;
  const lineCount = chunk.slice(0, end).split('\n').length;
  const rest = lines[n + lineCount - 1]!.slice(end - chunk.slice(0, end).lastIndexOf('\n') - 1);
  return { end: n + lineCount, text: (chunk.slice(0, end) + rest).trimEnd() };
}

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:\s*\S/;
const MAX_HEAD_LINES = 16;

/**
 * Where the HTTP message around a body starts: a request or status line, header lines and one blank line before
 * the body, walking back from line `n` (the body's first line). Returns `n` when there is none.
 */
function headStart(lines: string[], n: number): number {
  let i = n - 1;
  if (i >= 0 && !lines[i]!.trim()) i--;
  for (let top = i; i >= 0 && n - i <= MAX_HEAD_LINES; i--) {
    const l = lines[i]!.trim();
    if (CONTEXT.test(l)) {
      // A request line may sit right above the status line.
      return i > 0 && CONTEXT.test(lines[i - 1]!) && !/[{[]/.test(lines[i - 1]!) ? i - 1 : i;
    }
    if (!HEADER_LINE.test(l)) {
      // No request or status line above the headers: only a line that itself reads like an error is glued on.
      return top === n - 1 && ERRORISH.test(lines[top]!) ? top : n;
    }
  }
  return n;
}

export function logItems(text: string): LogItem[] {
  const lines = text.split(/\r?\n/);
  const items: (LogItem & { from: number })[] = [];
  const seen = new Set<string>();
  const push = (from: number, t: string) => {
    const key = t.trim();
    if (!key || seen.has(key)) return;
    seen.add(key);
    items.push({ line: from + 1, from, text: key });
  };
  for (let n = 0; n < lines.length; ) {
    const line = lines[n]!;
    const body = jsonAt(lines, n);
    if (!body) {
      if (ERRORISH.test(line)) push(n, line);
      n++;
      continue;
    }
    // A request or status line with its headers right before the body is part of that error.
    const start = headStart(lines, n);
    while (items.length && items.at(-1)!.from >= start) seen.delete(items.pop()!.text);
    push(start, start < n ? `${lines.slice(start, n).join('\n')}\n${body.text}` : body.text);
    n = body.end;
  }
  return items.map(({ line, text }) => ({ line, text }));
}
