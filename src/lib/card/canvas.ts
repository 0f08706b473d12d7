import type { Face } from './face';
import type { IndexedImage } from './png';
import type { Bitmap } from './raster';

/**
 * An indexed-colour drawing surface. Anti-aliasing needs no colour maths per pixel: each ink is drawn over one
 * known background through a "ramp", a run of palette entries blending background into ink in `levels` steps, so
 * a pixel's coverage picks a palette index directly.
 */

export type Rgb = readonly [number, number, number];

export interface Ramp {
  base: number;
  levels: number;
}

export const hex = (h: string): Rgb => {
  const n = Number.parseInt(h.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

export class Canvas {
  /**
   * Pixels stored as PNG scanlines: each row is a filter-type byte (0, none) followed by one palette index per
   * pixel, so encoding needs no copy.
   */
  readonly scanlines: Uint8Array;
  private readonly stride: number;
  private readonly colours: number[] = [];
  private readonly ramps = new Map<string, Ramp>();
  private readonly steps = new Map<number, Uint8Array>();

  /** `buffer`, when given, is reused (cleared): allocating 750 kB per card costs more than drawing it. */
  constructor(
    readonly width: number,
    readonly height: number,
    buffer?: Uint8Array,
  ) {
    this.stride = width + 1;
    if (buffer && buffer.length !== this.stride * height) throw new Error('Canvas buffer has the wrong size');
    this.scanlines = buffer ? buffer.fill(0) : new Uint8Array(this.stride * height);
  }

  /** The palette index at (x, y). */
  at(x: number, y: number): number {
    return this.scanlines[y * this.stride + 1 + x]!;
  }

  /** The ramp from `background` (level 0) to `ink` (last level), added to the palette on first use. */
  ramp(ink: Rgb, background: Rgb, levels = 16): Ramp {
    const key = `${ink}|${background}|${levels}`;
    let r = this.ramps.get(key);
    if (!r) {
      const base = this.colours.length / 3;
      if (base + levels > 256) throw new Error('card palette is full (256 colours)');
      for (let i = 0; i < levels; i++) {
        const t = i / (levels - 1);
        for (let c = 0; c < 3; c++) this.colours.push(Math.round(background[c]! + (ink[c]! - background[c]!) * t));
      }
      r = { base, levels };
      this.ramps.set(key, r);
    }
    return r;
  }

  /** Coverage 0–255 → ramp level, rounded. */
  private levelOf(levels: number): Uint8Array {
    let t = this.steps.get(levels);
    if (!t) {
      t = new Uint8Array(256);
      for (let c = 0; c < 256; c++) t[c] = Math.round((c * (levels - 1)) / 255);
      this.steps.set(levels, t);
    }
    return t;
  }

  fillRect(x: number, y: number, w: number, h: number, ramp: Ramp): void {
    const index = ramp.base + ramp.levels - 1;
    const x0 = Math.max(0, Math.round(x));
    const x1 = Math.min(this.width, Math.round(x + w));
    for (let row = Math.max(0, Math.round(y)); row < Math.min(this.height, Math.round(y + h)); row++) {
      this.scanlines.fill(index, row * this.stride + 1 + x0, row * this.stride + 1 + x1);
    }
  }

  /** Draws a coverage bitmap with its top-left corner at (x, y) through a ramp; overlaps keep the stronger ink. */
  blit(bitmap: Bitmap, x: number, y: number, ramp: Ramp): void {
    // The hot loop of a card: clipped once up front so the inner loop has no bounds checks.
    const level = this.levelOf(ramp.levels);
    const base = ramp.base;
    const top = base + ramp.levels;
    const { width: bw, height: bh, data } = bitmap;
    const out = this.scanlines;
    const stride = this.stride;
    const bx0 = Math.max(0, -x);
    const bx1 = Math.min(bw, this.width - x);
    const by0 = Math.max(0, -y);
    const by1 = Math.min(bh, this.height - y);
    for (let by = by0; by < by1; by++) {
      const src = by * bw;
      const dst = (y + by) * stride + 1 + x;
      for (let bx = bx0; bx < bx1; bx++) {
        const c = data[src + bx]!;
        if (c === 0) continue;
        const index = base + level[c]!;
        const current = out[dst + bx]!;
        if (current < base || current >= top || index > current) out[dst + bx] = index;
      }
    }
  }

  /** Draws one line of text with its baseline at `baseline`, starting at `x`; returns the pen position after it. */
  text(face: Face, text: string, x: number, baseline: number, ramp: Ramp): number {
    let pen = x;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const g = face.glyph(cp);
      if (g.width) this.blit(g, Math.round(pen) + g.left, Math.round(baseline) + g.top, ramp);
      pen += g.advance;
    }
    return pen;
  }

  image(): IndexedImage {
    return {
      width: this.width,
      height: this.height,
      palette: Uint8Array.from(this.colours),
      scanlines: this.scanlines,
    };
  }
}
