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

/** Entry positions by identifier key, by HTTP status (http namespace), and by the status that carries a code. */
export interface IndexMaps {
  codes: Map<string, number[]>;
  http: Map<number, number[]>;
  carried: Map<number, number[]>;
}
const cache = new WeakMap<LookupIndex, IndexMaps>();

function push<K>(map: Map<K, number[]>, key: K, i: number): void {
  map.set(key, [...(map.get(key) ?? []), i]);
}

/** Built once per index object: the index stays plain JSON, the lookups get maps. */
export function indexMaps(index: LookupIndex): IndexMaps {
  const cached = cache.get(index);
  if (cached) return cached;
  const m: IndexMaps = { codes: new Map(), http: new Map(), carried: new Map() };
  index.entries.forEach((e, i) => {
    // Codes in the message namespace are slugs we minted, not identifiers anyone pastes.
    if (e.namespace === 'code') push(m.codes, codeKey(e.code), i);
    if (e.namespace === 'http') push(m.http, Number(e.code), i);
    else if (e.httpStatus !== undefined) push(m.carried, e.httpStatus, i);
  });
  cache.set(index, m);
  return m;
}
