import { codeKey } from './normalize';
import type { LookupIndex } from './types';

/** Field names that carry identifiers, shared by the code and status matchers and the ranking. */

/** Fields whose value is an identifier. */
export const CODE_KEYS = new Set([
  'code',
  'error_code',
  'errorcode',
  'err_code',
  'errcode',
  'error',
  'status',
  'status_code',
  'statuscode',
  'exception',
  'exception_type',
  'error_type',
  'errortype',
  'type',
  'name',
  'error_name',
  'errorname',
]);
/** Fields where Agora-style short numeric body codes live (not `status`, which is an HTTP status or Alibaba's). */
export const BODY_CODE_KEYS = new Set(['code', 'error_code', 'errorcode', 'err_code', 'errcode']);
/** Fields that hold an HTTP status (or, eight digits long, an Alibaba status code). */
export const STATUS_KEYS = new Set(['status', 'status_code', 'statuscode', 'http_status', 'httpstatus', 'http_code']);

/** The last dotted part of a name: the member of `Enum.Member`, the key of `error.code`. */
export const lastPart = (name: string): string => name.slice(name.lastIndexOf('.') + 1);

/**
 * Namespaces whose codes are identifiers people paste. Message-only codes are slugs we minted, and a job's status
 * (`error`, `FAILED`) is an ordinary word: those entries are found by their messages.
 */
const IDENTIFIER_NAMESPACES = new Set(['code', 'event', 'sdk', 'grpc', 'close']);

/**
 * The identifier keys of an entry: its code, and for an SDK `Enum.Member` also the member alone, which is how most
 * logs print it. Shared by the matcher maps and the split index (shards.ts), so both find an entry by the same keys.
 */
export function identifierKeys(e: { namespace: string; code: string }): string[] {
  if (!IDENTIFIER_NAMESPACES.has(e.namespace)) return [];
  const keys = [codeKey(e.code)];
  if (e.namespace === 'sdk' && e.code.lastIndexOf('.') > 0) keys.push(codeKey(lastPart(e.code)));
  return keys.filter(Boolean);
}

/** Entry positions by identifier key, by HTTP status (http namespace), by the status that carries a code, and by
 * the value an SDK enum member has in some language. */
export interface IndexMaps {
  codes: Map<string, number[]>;
  http: Map<number, number[]>;
  carried: Map<number, number[]>;
  values: Map<string, number[]>;
  /** Job entries by the code key of their status (`error`, `failed`). */
  jobs: Map<string, number[]>;
  /** The body fields entries declare their codes in (last key, lower case). */
  fields: Set<string>;
}
const cache = new WeakMap<LookupIndex, IndexMaps>();

function push<K>(map: Map<K, number[]>, key: K, i: number): void {
  map.set(key, [...(map.get(key) ?? []), i]);
}

/** Built once per index object: the index stays plain JSON, the lookups get maps. */
export function indexMaps(index: LookupIndex): IndexMaps {
  const cached = cache.get(index);
  if (cached) return cached;
  const m: IndexMaps = {
    codes: new Map(),
    http: new Map(),
    carried: new Map(),
    values: new Map(),
    jobs: new Map(),
    fields: new Set(),
  };
  index.entries.forEach((e, i) => {
    for (const key of identifierKeys(e)) push(m.codes, key, i);
    for (const v of new Set(e.values ?? [])) push(m.values, codeKey(v), i);
    if (e.namespace === 'job') push(m.jobs, codeKey(e.code), i);
    else if (e.field) m.fields.add(lastPart(e.field));
    if (e.namespace === 'http') push(m.http, Number(e.code), i);
    else if (e.httpStatus !== undefined) push(m.carried, e.httpStatus, i);
  });
  cache.set(index, m);
  return m;
}
