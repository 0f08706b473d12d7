import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CardContent } from '../../src/lib/card/render';
import { cardTexts, drawCard, layoutCard, renderCard } from '../../src/lib/card/render';

/**
 * The cards' pixels. Golden images (tests/fixtures/cards/, regenerate with UPDATE_GOLDEN=1 after a deliberate change
 * and look at them) catch a drawing change that every structural test misses, such as glyphs without
 * anti-aliasing; the coverage test checks that ink falls where the layout put each text, so a glyph drawn 40 px
 * below its baseline fails even when the goldens are regenerated.
 */

const cards: Record<string, CardContent> = {
  latin: {
    eyebrow: 'Alibaba Cloud Intelligent Speech Interaction (NLS)',
    headline: '40000001',
    mono: true,
    title: 'Token expired or invalid',
    badge: { label: 'Retry after fixing the request', tone: 'fix' },
    footer: 'Speech Error Catalog',
  },
  chinese: {
    eyebrow: 'Example vendor',
    headline: '转写失败：音频格式不支持（请检查 format 参数）',
    mono: true,
    title: 'The file transcription task failed',
    badge: { label: 'Do not retry', tone: 'stop' },
    footer: 'Speech Error Catalog',
  },
  long: {
    eyebrow: 'Azure AI Speech',
    headline: 'InvalidSourceAzureResourceIdForBatchTranscription',
    mono: true,
    title: 'The source Azure resource id of the request does not name a Speech resource the caller may read from',
    badge: { label: 'Do not retry', tone: 'stop' },
    footer: 'Speech Error Catalog',
  },
};

/** Decodes the PNGs this renderer writes (8-bit indexed, filter 0) into RGB bytes. */
function decode(png: Uint8Array): { width: number; height: number; rgb: Uint8Array; index: Uint8Array } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let width = 0;
  let height = 0;
  let palette: Uint8Array = new Uint8Array();
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') [width, height] = [view.getUint32(at + 8), view.getUint32(at + 12)];
    if (type === 'PLTE') palette = data;
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgb = new Uint8Array(width * height * 3);
  const index = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    if (raw[y * (width + 1)] !== 0) throw new Error('only filter type 0 is written by this renderer');
    for (let x = 0; x < width; x++) {
      const i = raw[y * (width + 1) + 1 + x]!;
      index[y * width + x] = i;
      rgb.set(palette.subarray(i * 3, i * 3 + 3), (y * width + x) * 3);
    }
  }
  return { width, height, rgb, index };
}

describe('card pixels', () => {
  for (const [name, content] of Object.entries(cards)) {
    it(`the ${name} card matches its golden image within a small tolerance`, () => {
      const png = renderCard(content);
      const file = `tests/fixtures/cards/${name}.png`;
      if (process.env['UPDATE_GOLDEN'] || !existsSync(file)) writeFileSync(file, png);
      const want = decode(readFileSync(file));
      const got = decode(png);
      expect([got.width, got.height]).toEqual([want.width, want.height]);
      let differing = 0;
      let total = 0;
      for (let i = 0; i < got.rgb.length; i += 3) {
        const d = Math.max(...[0, 1, 2].map((c) => Math.abs(got.rgb[i + c]! - want.rgb[i + c]!)));
        total += d;
        if (d > 48) differing++;
      }
      const pixels = got.width * got.height;
      // A font or zlib update may move a few edge pixels; anything visible moves far more.
      expect(differing / pixels, 'share of pixels that differ visibly').toBeLessThan(0.002);
      expect(total / pixels, 'mean difference per pixel').toBeLessThan(0.5);
    });

    it(`the ${name} card's ink lies on its texts, anti-aliased`, () => {
      const { width, height, index } = decode(renderCard(content));
      const layout = layoutCard(content);
      const boxes = cardTexts(layout).map((l) => ({
        x0: l.x - 4,
        x1: l.x + l.width + 4,
        y0: l.baseline - Math.ceil(l.face.size * 1.0),
        y1: l.baseline + Math.ceil(l.face.size * 0.3),
      }));
      // The accent band across the top.
      boxes.push({ x0: 0, x1: width, y0: 0, y1: 24 });
      if (layout.badge) {
        const b = layout.badge.box;
        boxes.push({ x0: b.x - 2, x1: b.x + b.w + 2, y0: b.y - 2, y1: b.y + b.h + 2 });
      }
      let ink = 0;
      let stray = 0;
      const levels = new Set<number>();
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          const i = index[y * width + x]!;
          if (i === 0) continue;
          ink++;
          levels.add(i);
          if (!boxes.some((b) => x >= b.x0 && x < b.x1 && y >= b.y0 && y < b.y1)) stray++;
        }
      expect(ink / (width * height), 'share of inked pixels').toBeGreaterThan(0.02);
      expect(stray / ink, 'share of ink outside every text box').toBeLessThan(0.01);
      // Smooth edges need the ramps' in-between levels, not just full ink.
      expect(levels.size, 'palette levels used').toBeGreaterThan(20);
      // Each line has ink of its own.
      for (const b of boxes.slice(0, -1)) {
        let inBox = 0;
        for (let y = Math.max(0, b.y0); y < Math.min(height, b.y1); y++)
          for (let x = Math.max(0, b.x0); x < Math.min(width, b.x1); x++) if (index[y * width + x] !== 0) inBox++;
        expect(inBox, JSON.stringify(b)).toBeGreaterThan(0);
      }
    });
  }

  it('draws the same pixels into a reused buffer as into a fresh one', () => {
    const a = drawCard(cards['latin']!).image().scanlines.slice();
    drawCard(cards['long']!, undefined);
    expect(Buffer.compare(Buffer.from(drawCard(cards['latin']!).image().scanlines), Buffer.from(a))).toBe(0);
  });
});
