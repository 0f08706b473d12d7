import { displayCode, type Entry } from '../catalog';
import { retryPolicyInfo, type RetryPolicy } from '../vocabulary';
import type { CardContent, Tone } from './render';

/** What the card of a code page and the site card say, from catalog data. */

export const siteName = 'Speech Error Catalog';

const retryTones: Record<RetryPolicy, Tone> = {
  'do-not-retry': 'stop',
  'fix-and-retry': 'fix',
  backoff: 'retry',
  wait: 'retry',
  'not-an-error': 'ok',
};

export function entryCard(entry: Entry, vendorName: string): CardContent {
  const policy = entry.data.retry.policy;
  return {
    eyebrow: vendorName,
    headline: displayCode(entry),
    headlineFallback: entry.code,
    mono: true,
    title: entry.data.title,
    badge: { label: retryPolicyInfo[policy].title, tone: retryTones[policy] },
    footer: siteName,
  };
}

/** Alt text for an entry's card: what it shows, in words. */
export function entryCardAlt(entry: Entry, vendorName: string): string {
  return `${vendorName} ${displayCode(entry)}: ${entry.data.title}. ${retryPolicyInfo[entry.data.retry.policy].title}.`;
}

export function siteCard(vendorCount: number, codeCount: number): CardContent {
  return {
    eyebrow: 'Speech-to-text · pronunciation · voice analysis',
    headline: siteName,
    mono: false,
    title: 'Every error a speech API returns, explained vendor by vendor and lined up across vendors.',
    badge: { label: `${codeCount} errors · ${vendorCount} vendors`, tone: 'retry' },
    footer: 'Causes, fixes, retry advice',
  };
}

export const siteCardAlt = `${siteName}: every error a speech API returns, explained vendor by vendor.`;
