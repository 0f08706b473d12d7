import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../scripts/content';
import { toEntry } from '../../src/lib/catalog';
import { entryCard, siteCard } from '../../src/lib/card/entry';
import { cardKey, ensureCards, placeCards } from '../../src/lib/card/cache';
import { cardJobs } from '../../src/lib/card/jobs';
import { pieces, wrap } from '../../src/lib/card/layout';
import { cardSize, cardTexts, drawCard, layoutCard, renderCard, type CardContent } from '../../src/lib/card/render';
import { cardUrl, errorUrl, siteCardUrl } from '../../src/lib/urls';

const report = loadCatalog();
const entries = report.entries.map((e) => toEntry(e.id, e.data));
const vendorName = (slug: string) => report.vendors.find((v) => v.slug === slug)!.data.name;

interface Chunk {
  type: string;
  data: Buffer;
  crc: number;
  computed: number;
}

/** Splits a PNG into chunks, checking each CRC with zlib's own CRC-32 (independent of the encoder's table). */
function chunks(png: Uint8Array): Chunk[] {
  const buf = Buffer.from(png);
  const out: Chunk[] = [];
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    out.push({
      type,
      data,
      crc: buf.readUInt32BE(at + 8 + length),
      computed: crc32(buf.subarray(at + 4, at + 8 + length)),
    });
    at += 12 + length;
  }
  return out;
}

const longTitle =
  'A deliberately long title that goes on and on about sample rates, channels, codecs, container formats and ' +
  'every other property of the uploaded audio that the service could possibly reject before transcribing it';
const longCode = 'Gateway:VERY_LONG_IDENTIFIER_ThatKeepsGoingWithoutSpaces.and.dots-1234567890';

describe('card PNG encoding', () => {
  const entry = entries[0]!;
  const png = renderCard(entryCard(entry, vendorName(entry.vendor)));

  it('starts with the PNG signature and declares the card size in IHDR', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [ihdr] = chunks(png);
    expect(ihdr!.type).toBe('IHDR');
    expect(ihdr!.data.readUInt32BE(0)).toBe(cardSize.width);
    expect(ihdr!.data.readUInt32BE(4)).toBe(cardSize.height);
    expect([ihdr!.data[8], ihdr!.data[9]]).toEqual([8, 3]); // 8-bit indexed colour
  });

  it('writes IHDR, PLTE, IDAT, IEND with valid CRCs', () => {
    const list = chunks(png);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    for (const c of list) expect(c.crc, c.type).toBe(c.computed);
  });

  it('holds one unfiltered scanline per row whose indices all exist in the palette', () => {
    const list = chunks(png);
    const colours = list.find((c) => c.type === 'PLTE')!.data.length / 3;
    const raw = inflateSync(list.find((c) => c.type === 'IDAT')!.data);
    expect(raw.length).toBe((cardSize.width + 1) * cardSize.height);
    for (let y = 0; y < cardSize.height; y++) expect(raw[y * (cardSize.width + 1)]).toBe(0);
    expect(raw.reduce((max, v) => Math.max(max, v), 0)).toBeLessThan(colours);
  });

  it('gives the same bytes for the same content', () => {
    expect(Buffer.from(renderCard(entryCard(entry, vendorName(entry.vendor))))).toEqual(Buffer.from(png));
  });

  it('stays small: a few tens of kilobytes', () => {
    expect(png.length).toBeLessThan(60_000);
  });
});

describe('card layout', () => {
  const right = cardSize.width - 72;
  const inBounds = (layout: ReturnType<typeof layoutCard>) => {
    for (const l of cardTexts(layout)) {
      expect(l.x, l.text).toBeGreaterThanOrEqual(0);
      expect(l.x + l.width, l.text).toBeLessThanOrEqual(right + 0.5);
      expect(l.baseline, l.text).toBeLessThan(cardSize.height);
    }
    const lastTitle = layout.title.at(-1)!;
    expect(lastTitle.baseline + lastTitle.face.descent).toBeLessThanOrEqual(
      (layout.badge?.box.y ?? cardSize.height) + 1,
    );
  };

  it('wraps a long title within the card and ends it with an ellipsis', () => {
    const content: CardContent = { eyebrow: 'Vendor', headline: 'E42', mono: true, title: longTitle, footer: 'Site' };
    const layout = layoutCard(content);
    inBounds(layout);
    expect(layout.title.length).toBeGreaterThan(1);
    expect(layout.title.at(-1)!.text.endsWith('…')).toBe(true);
    const shown = layout.title.map((l) => l.text.replace('…', '')).join(' ');
    expect(longTitle.startsWith(shown.trim().replace(/\s+/g, ' ').slice(0, 40))).toBe(true);
  });

  it('shrinks, then wraps a 60-character code onto at most two lines', () => {
    const headline = longCode.slice(0, 60);
    const layout = layoutCard({ eyebrow: 'Vendor', headline, mono: true, title: longTitle, footer: 'Site' });
    inBounds(layout);
    expect(layout.headline.length).toBeLessThanOrEqual(2);
    expect(layout.headline.map((l) => l.text).join('')).toBe(headline);
  });

  it('keeps a short code on one line at the largest size', () => {
    const short = layoutCard({ eyebrow: 'V', headline: '403', mono: true, title: 't', footer: 'S' });
    const long = layoutCard({ eyebrow: 'V', headline: longCode.slice(0, 30), mono: true, title: 't', footer: 'S' });
    expect(short.headline).toHaveLength(1);
    expect(short.headline[0]!.face.size).toBeGreaterThan(long.headline[0]!.face.size);
  });

  it('lays out every catalog entry within bounds', () => {
    for (const e of entries) inBounds(layoutCard(entryCard(e, vendorName(e.vendor))));
    inBounds(layoutCard(siteCard(5, entries.length)));
  });

  it('draws characters the fonts lack as boxes instead of failing', () => {
    const content: CardContent = {
      eyebrow: 'Ελληνικά · Русский',
      headline: '요청 오류 🙂',
      mono: true,
      title: 'ข้อผิดพลาด — ✓ ∑ ☃',
      footer: 'Site',
    };
    const png = renderCard(content);
    expect(chunks(png).every((c) => c.crc === c.computed)).toBe(true);
    const canvas = drawCard(content);
    const inked = (y0: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = 0; x < cardSize.width; x++) if (canvas.at(x, y) !== 0) n++;
      return n;
    };
    const { headline } = layoutCard(content);
    expect(inked(headline[0]!.baseline - 40, headline[0]!.baseline)).toBeGreaterThan(500);
  });

  it('shows the fallback headline when the headline has characters no card font has', () => {
    const layout = layoutCard({
      eyebrow: 'V',
      headline: '요청 오류',
      headlineFallback: 'bad-params',
      mono: true,
      title: 't',
      footer: 'S',
    });
    expect(layout.headline[0]!.text).toBe('bad-params');
  });

  it('sets a Chinese message as the headline, in Noto Sans SC, rather than the fallback', () => {
    const content: CardContent = {
      eyebrow: 'V',
      headline: '请求参数错误：appkey 不存在',
      headlineFallback: 'bad-params',
      mono: true,
      title: 't',
      footer: 'S',
    };
    const layout = layoutCard(content);
    expect(layout.headline.map((l) => l.text).join('')).toBe(content.headline);
    expect(layout.headline[0]!.face.covers('请求参数错误')).toBe(true);
  });

  it('draws every text of every catalog card with real glyphs, Chinese vendor names included, never a box', () => {
    const boxed = entries.flatMap((e) => {
      const texts = cardTexts(layoutCard(entryCard(e, vendorName(e.vendor))));
      return texts.some((t) => !t.face.covers(t.text.replace(/…$/, ''))) ? [e.id] : [];
    });
    expect(boxed).toEqual([]);
  });

  it("shows every catalog entry's own headline on its card, never the fallback", () => {
    const fellBack = entries
      .map((e) => ({ id: e.id, card: entryCard(e, vendorName(e.vendor)) }))
      .filter(({ card }) => !card.headline.startsWith(layoutCard(card).headline[0]!.text.replace(/…$/, '').trimEnd()))
      .map(({ id }) => id);
    expect(fellBack).toEqual([]);
  });
});

describe('line breaking', () => {
  const measure = (t: string) => [...t].length * 10;

  it('breaks identifiers after separators and between lower- and upper-case letters', () => {
    expect(pieces('InvalidAudioFormat')).toEqual(['Invalid', 'Audio', 'Format']);
    expect(pieces('Gateway:IDLE_TIMEOUT')).toEqual(['Gateway:', 'IDLE_', 'TIMEOUT']);
    expect(pieces('the product name')).toEqual(['the ', 'product ', 'name']);
  });

  it('never returns a line wider than the width, cutting unbreakable pieces', () => {
    const { lines } = wrap('x'.repeat(95), 200, 10, measure);
    expect(lines.map((l) => l.length)).toEqual([20, 20, 20, 20, 15]);
  });

  it('reports truncation and keeps the ellipsis inside the width', () => {
    const result = wrap('one two three four five six seven eight nine ten', 100, 2, measure);
    expect(result.truncated).toBe(true);
    expect(result.lines).toHaveLength(2);
    for (const l of result.lines) expect(measure(l)).toBeLessThanOrEqual(100);
    expect(result.lines[1]!.endsWith('…')).toBe(true);
  });
});

describe('card jobs', () => {
  it('puts each card next to its page: the page URL without the trailing slash, plus .png', () => {
    for (const e of entries) expect(cardUrl(e)).toBe(`${errorUrl(e).slice(0, -1)}.png`);
  });

  it('makes the site card and one card per entry, each at its URL, all distinct', () => {
    const jobs = cardJobs(entries, vendorName);
    expect(jobs.map((j) => j.url)).toEqual([siteCardUrl, ...entries.map(cardUrl)]);
    expect(new Set(jobs.map((j) => j.url)).size).toBe(jobs.length);
    for (const [i, e] of entries.entries()) {
      const content = jobs[i + 1]!.content;
      expect(content.eyebrow).toBe(vendorName(e.vendor));
      expect(content.title).toBe(e.data.title);
    }
  });
});

describe('card cache', () => {
  const jobs = cardJobs(entries.slice(0, 3), vendorName);

  it('renders only what is missing, places every card at its URL and prunes cards no longer used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-test-'));
    try {
      const cache = join(dir, 'cache');
      const first = await ensureCards(jobs, { cacheDir: cache });
      expect(first.stats).toMatchObject({ cards: jobs.length, rendered: jobs.length, cached: 0 });
      const again = await ensureCards(jobs, { cacheDir: cache });
      expect(again.stats).toMatchObject({ rendered: 0, cached: jobs.length, bytes: first.stats.bytes });
      placeCards(jobs, again.files, join(dir, 'site'));
      for (const j of jobs) {
        const placed = readFileSync(join(dir, 'site', j.url));
        expect(Buffer.compare(placed, Buffer.from(renderCard(j.content))), j.url).toBe(0);
      }
      const changed = [{ ...jobs[1]!, content: { ...jobs[1]!.content, title: 'Another title' } }];
      const third = await ensureCards(changed, { cacheDir: cache, prune: true });
      expect(third.stats.rendered).toBe(1);
      expect(readdirSync(cache)).toEqual([`${cardKey(changed[0]!.content)}.png`]);
      expect(existsSync(third.files[0]!)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keys cards by their content', () => {
    expect(cardKey(jobs[1]!.content)).toBe(cardKey({ ...jobs[1]!.content }));
    expect(cardKey(jobs[1]!.content)).not.toBe(cardKey({ ...jobs[1]!.content, title: `${jobs[1]!.content.title}.` }));
  });
});
