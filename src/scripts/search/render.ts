import type { Row } from './engine';

/** Builds result links with DOM methods (never innerHTML): pasted text can hold markup and must stay text. */

const matchLabels = { exact: 'Exact match', likely: 'Likely match', related: 'Related' } as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// As src/lib/catalog.ts's displayCode shows it; message-only and job entries show their message below instead.
const displayCode = (row: Row) =>
  row.namespace === 'http'
    ? `HTTP ${row.code}`
    : row.namespace === 'close'
      ? `WebSocket ${row.code}`
      : row.namespace === 'message' || row.namespace === 'job'
        ? ''
        : row.code;

/** One result: `<a data-search-result data-match>` to the entry's canonical URL. */
export function resultLink(row: Row, id: string): HTMLAnchorElement {
  const a = el(
    'a',
    'block rounded border border-line bg-surface p-3 no-underline text-ink hover:border-accent focus:border-accent',
  );
  a.href = row.url;
  a.id = id;
  a.dataset.searchResult = '';
  a.dataset.match = row.match;
  const head = el('span', 'flex flex-wrap items-baseline gap-x-2');
  head.append(el('span', 'text-sm text-muted', row.vendorName));
  const code = displayCode(row);
  if (code) head.append(el('code', 'font-semibold text-accent', code));
  head.append(el('span', 'font-medium', row.title));
  head.append(
    el(
      'span',
      `ml-auto rounded-full border border-line px-2 text-xs ${row.match === 'exact' ? 'bg-accent text-accent-ink' : ''}`,
      matchLabels[row.match],
    ),
  );
  a.append(head);
  if (row.message) {
    const m = el('code', 'mt-1 block break-words text-sm', row.message);
    m.setAttribute('translate', 'no');
    a.append(m);
  }
  a.append(el('span', 'mt-1 block text-xs text-muted', `${row.categoryTitle} · ${row.reason}`));
  return a;
}

/** What the results say while a search waits for the network (replaced by the answer). */
export function pendingNote(): HTMLParagraphElement {
  const p = el('p', 'text-sm text-muted', 'Searching…');
  p.dataset.searchPending = '';
  return p;
}
