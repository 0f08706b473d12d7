import { lookup } from '../../../src/lib/lookup/index';
import type { PackData } from './data';
import { statedDelay } from './delay';
import { toText } from './input';
import type { ExplainOptions, Explanation, Match, RetryAdvice, RetryDecision } from './types';

/**
 * The package's answer, from the site's own lookup (`src/lib/lookup/`) over the catalog it carries: the same
 * results in the same order as the search page, with each entry's cause, retry advice and permanent URL added.
 */

/** As many as the search page asks for before it applies its filters. */
const CANDIDATES = 50;

function advice(data: PackData, entry: number, stated: ReturnType<typeof statedDelay>): RetryAdvice {
  const d = data.details[entry]!;
  const waits = d.policy === 'wait' || d.policy === 'backoff';
  const after =
    waits && stated
      ? { afterSeconds: stated.seconds, afterFrom: stated.from }
      : waits && d.delays?.length
        ? { afterSeconds: d.delays[0]!, afterFrom: 'catalog' }
        : {};
  return {
    policy: d.policy,
    title: data.retryTitles[d.policy],
    ...after,
    ...(d.details ? { details: d.details } : {}),
    ...(d.delayFrom ? { delayFrom: d.delayFrom } : {}),
  };
}

const positions = new WeakMap<PackData, { position: Map<string, number>; names: Map<string, string> }>();
/** Where each entry sits in the index, and the vendors' names: once per catalog, not once per call. */
function lookupTables(data: PackData) {
  let t = positions.get(data);
  if (!t) {
    t = {
      position: new Map(data.index.entries.map((e, i) => [e.id, i])),
      names: new Map(data.index.vendors.map((v) => [v.slug, v.name])),
    };
    positions.set(data, t);
  }
  return t;
}

export function explainWith(data: PackData, input: unknown, options: ExplainOptions = {}): Explanation {
  const query = toText(input);
  const result = lookup(data.index, query, { limit: CANDIDATES });
  const { position, names } = lookupTables(data);
  const stated = statedDelay(query);
  const limit = Math.max(0, options.limit ?? 10);
  const matches: Match[] = result.results
    .filter((r) => !options.vendor || r.vendor === options.vendor)
    .slice(0, limit)
    .map((r) => {
      const i = position.get(r.id)!;
      const e = data.index.entries[i]!;
      return {
        id: r.id,
        url: `${data.info.site}${r.url}`,
        vendor: r.vendor,
        vendorName: names.get(r.vendor) ?? r.vendor,
        namespace: r.namespace,
        code: r.code,
        title: r.title,
        match: r.match,
        why: r.reason,
        cause: data.details[i]!.cause,
        ...(e.httpStatus === undefined ? {} : { httpStatus: e.httpStatus }),
        retry: advice(data, i, stated),
      };
    });
  return {
    query,
    matches,
    vendorNotInCatalog: result.uncoveredVendor ?? null,
    unknownCode: result.unknownCode ?? null,
  };
}

/** For an HTTP client's retry hook: whether the same request may succeed later, and after how long. */
export function shouldRetryWith(data: PackData, input: unknown, options: ExplainOptions = {}): RetryDecision {
  const best = explainWith(data, input, { ...options, limit: 1 }).matches[0];
  if (!best || best.match === 'related') {
    const stated = statedDelay(toText(input));
    return { retry: false, ...(stated ? { afterSeconds: stated.seconds } : {}), policy: 'unknown', url: null };
  }
  const { policy, afterSeconds } = best.retry;
  return {
    retry: policy === 'backoff' || policy === 'wait',
    ...(afterSeconds === undefined ? {} : { afterSeconds }),
    policy,
    url: best.url,
  };
}
