import type { Font, Glyph } from 'opentype.js';
import { fill, type Bitmap, type PathCommand } from './raster';

/**
 * A font at one pixel size: glyph bitmaps are rasterised on first use and kept, so a build rasterises each
 * character once per size however many cards it draws. A character no font of the chain has is drawn as an empty
 * box of the same height (the conventional "missing glyph"), never skipped and never an error.
 */

export interface PlacedGlyph extends Bitmap {
  /** Offset of the bitmap's top-left corner from the pen position on the baseline. */
  left: number;
  top: number;
  advance: number;
}

export class Face {
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  private readonly glyphs = new Map<number, PlacedGlyph>();
  private readonly advances = new Map<number, number>();
  private readonly found = new Map<number, { font: Font; glyph: Glyph } | null>();

  /**
   * `fonts` are tried in order for each character (e.g. a Latin subset, then Latin Extended); `fallback` names a
   * font for a character none of them has, so that a large font (CJK, split by Unicode range) is read only for the
   * characters the cards use.
   */
  constructor(
    private readonly fonts: readonly Font[],
    readonly size: number,
    private readonly fallback?: (codePoint: number) => Font | undefined,
  ) {
    if (!fonts.length) throw new Error('Face needs at least one font');
    const main = fonts[0]!;
    const scale = size / main.unitsPerEm;
    this.ascent = main.ascender * scale;
    this.descent = -main.descender * scale;
    this.capHeight = (main.tables.os2?.sCapHeight || main.unitsPerEm * 0.7) * scale;
  }

  private lookup(codePoint: number): { font: Font; glyph: Glyph } | undefined {
    let hit = this.found.get(codePoint);
    if (hit === undefined) {
      const ch = String.fromCodePoint(codePoint);
      hit = null;
      for (const font of this.fonts) {
        const glyph = font.charToGlyph(ch);
        if (glyph.index > 0) {
          hit = { font, glyph };
          break;
        }
      }
      const extra = hit ? undefined : this.fallback?.(codePoint);
      const glyph = extra?.charToGlyph(ch);
      if (extra && glyph && glyph.index > 0) hit = { font: extra, glyph };
      this.found.set(codePoint, hit);
    }
    return hit ?? undefined;
  }

  /** Horizontal advance of one character in pixels. */
  advance(codePoint: number): number {
    let a = this.advances.get(codePoint);
    if (a === undefined) {
      const found = this.lookup(codePoint);
      a = found ? ((found.glyph.advanceWidth ?? 0) * this.size) / found.font.unitsPerEm : this.boxAdvance();
      this.advances.set(codePoint, a);
    }
    return a;
  }

  /** Width of a string in pixels (no kerning: the card's sizes do not need it). */
  measure(text: string): number {
    let w = 0;
    for (const ch of text) w += this.advance(ch.codePointAt(0)!);
    return w;
  }

  /** Whether every character of `text` has a real glyph. */
  covers(text: string): boolean {
    for (const ch of text) if (/\S/.test(ch) && !this.lookup(ch.codePointAt(0)!)) return false;
    return true;
  }

  glyph(codePoint: number): PlacedGlyph {
    let g = this.glyphs.get(codePoint);
    if (!g) {
      g = this.rasterise(codePoint);
      this.glyphs.set(codePoint, g);
    }
    return g;
  }

  private boxAdvance(): number {
    return this.size * 0.62;
  }

  private rasterise(codePoint: number): PlacedGlyph {
    if (/\s/.test(String.fromCodePoint(codePoint))) {
      return { width: 0, height: 0, data: new Uint8Array(0), left: 0, top: 0, advance: this.advance(codePoint) };
    }
    const found = this.lookup(codePoint);
    const commands: PathCommand[] = found
      ? (found.glyph.getPath(0, 0, this.size).commands as PathCommand[])
      : this.box();
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const c of commands) {
      if (c.type === 'Z') continue;
      const xs = c.type === 'C' ? [c.x, c.x1, c.x2] : c.type === 'Q' ? [c.x, c.x1] : [c.x];
      const ys = c.type === 'C' ? [c.y, c.y1, c.y2] : c.type === 'Q' ? [c.y, c.y1] : [c.y];
      minX = Math.min(minX, ...xs);
      maxX = Math.max(maxX, ...xs);
      minY = Math.min(minY, ...ys);
      maxY = Math.max(maxY, ...ys);
    }
    const advance = this.advance(codePoint);
    if (!Number.isFinite(minX)) return { width: 0, height: 0, data: new Uint8Array(0), left: 0, top: 0, advance };
    const left = Math.floor(minX) - 1;
    const top = Math.floor(minY) - 1;
    const width = Math.ceil(maxX) - left + 2;
    const height = Math.ceil(maxY) - top + 2;
    const shifted = commands.map((c) => shift(c, -left, -top));
    return { ...fill(shifted, width, height), left, top, advance };
  }

  /** The missing-glyph box: an outlined rectangle, cap height tall, drawn as two nested contours. */
  private box(): PathCommand[] {
    const w = this.boxAdvance();
    const x0 = w * 0.12;
    const x1 = w * 0.88;
    const y0 = -this.capHeight;
    const t = Math.max(1.5, this.size * 0.06);
    const rect = (ax: number, ay: number, bx: number, by: number, clockwise: boolean): PathCommand[] => {
      const pts = clockwise
        ? [
            [ax, ay],
            [bx, ay],
            [bx, by],
            [ax, by],
          ]
        : [
            [ax, ay],
            [ax, by],
            [bx, by],
            [bx, ay],
          ];
      return [
        { type: 'M', x: pts[0]![0]!, y: pts[0]![1]! },
        ...pts.slice(1).map(([x, y]) => ({ type: 'L' as const, x: x!, y: y! })),
        { type: 'Z' },
      ];
    };
    return [...rect(x0, y0, x1, 0, true), ...rect(x0 + t, y0 + t, x1 - t, -t, false)];
  }
}

function shift(c: PathCommand, dx: number, dy: number): PathCommand {
  switch (c.type) {
    case 'Z':
      return c;
    case 'M':
    case 'L':
      return { type: c.type, x: c.x + dx, y: c.y + dy };
    case 'Q':
      return { type: 'Q', x1: c.x1 + dx, y1: c.y1 + dy, x: c.x + dx, y: c.y + dy };
    case 'C':
      return { type: 'C', x1: c.x1 + dx, y1: c.y1 + dy, x2: c.x2 + dx, y2: c.y2 + dy, x: c.x + dx, y: c.y + dy };
  }
}
