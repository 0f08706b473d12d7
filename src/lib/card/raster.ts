/**
 * Anti-aliased filling of outlines (glyphs, rounded rectangles) into 8-bit coverage bitmaps, by accumulating the
 * exact area each edge covers in each pixel and summing along the rows (the approach of font-rs). It runs once per
 * glyph and size, never per card, so clarity beats speed here.
 */

/** Outline commands in pixel space, y down: the shape of opentype.js path commands. */
export type PathCommand =
  | { type: 'M' | 'L'; x: number; y: number }
  | { type: 'Q'; x1: number; y1: number; x: number; y: number }
  | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { type: 'Z' };

export interface Bitmap {
  width: number;
  height: number;
  /** Coverage 0–255, row by row. */
  data: Uint8Array;
}

type Segment = [number, number, number, number];

/** Flattens curves into line segments, at most about a third of a pixel off the true curve. */
export function flatten(commands: readonly PathCommand[]): Segment[] {
  const segments: Segment[] = [];
  let sx = 0;
  let sy = 0;
  let x = 0;
  let y = 0;
  const lineTo = (nx: number, ny: number) => {
    if (nx !== x || ny !== y) segments.push([x, y, nx, ny]);
    x = nx;
    y = ny;
  };
  const steps = (len: number) => Math.min(32, Math.max(1, Math.ceil(Math.sqrt(len) * 0.8)));
  for (const c of commands) {
    switch (c.type) {
      case 'M':
        if (x !== sx || y !== sy) lineTo(sx, sy);
        sx = x = c.x;
        sy = y = c.y;
        break;
      case 'L':
        lineTo(c.x, c.y);
        break;
      case 'Q': {
        const [x0, y0] = [x, y];
        const n = steps(Math.hypot(c.x1 - x0, c.y1 - y0) + Math.hypot(c.x - c.x1, c.y - c.y1));
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          lineTo(u * u * x0 + 2 * u * t * c.x1 + t * t * c.x, u * u * y0 + 2 * u * t * c.y1 + t * t * c.y);
        }
        break;
      }
      case 'C': {
        const [x0, y0] = [x, y];
        const n = steps(
          Math.hypot(c.x1 - x0, c.y1 - y0) + Math.hypot(c.x2 - c.x1, c.y2 - c.y1) + Math.hypot(c.x - c.x2, c.y - c.y2),
        );
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const u = 1 - t;
          const a = u * u * u;
          const b = 3 * u * u * t;
          const d = 3 * u * t * t;
          const e = t * t * t;
          lineTo(a * x0 + b * c.x1 + d * c.x2 + e * c.x, a * y0 + b * c.y1 + d * c.y2 + e * c.y);
        }
        break;
      }
      case 'Z':
        lineTo(sx, sy);
        break;
    }
  }
  lineTo(sx, sy);
  return segments;
}

function accumulate(acc: Float32Array, width: number, height: number, [ax, ay, bx, by]: Segment): void {
  if (ay === by) return;
  const dir = ay < by ? 1 : -1;
  const [x0p, y0p, , y1p] = ay < by ? [ax, ay, bx, by] : [bx, by, ax, ay];
  const dxdy = (ay < by ? bx - ax : ax - bx) / (y1p - y0p);
  let x = x0p;
  if (y0p < 0) x -= y0p * dxdy;
  const yEnd = Math.min(height, Math.ceil(y1p));
  for (let y = Math.max(0, Math.floor(y0p)); y < yEnd; y++) {
    const row = y * width;
    const dy = Math.min(y + 1, y1p) - Math.max(y, y0p);
    const xnext = x + dxdy * dy;
    const d = dy * dir;
    const lo = Math.min(x, xnext);
    const hi = Math.max(x, xnext);
    const loFloor = Math.floor(lo);
    const loI = loFloor;
    const hiCeil = Math.ceil(hi);
    const hiI = hiCeil;
    if (hiI <= loI + 1) {
      const xmf = 0.5 * (x + xnext) - loFloor;
      acc[row + loI]! += d - d * xmf;
      acc[row + loI + 1]! += d * xmf;
    } else {
      const s = 1 / (hi - lo);
      const lof = lo - loFloor;
      const a0 = 0.5 * s * (1 - lof) * (1 - lof);
      const hif = hi - hiCeil + 1;
      const am = 0.5 * s * hif * hif;
      acc[row + loI]! += d * a0;
      if (hiI === loI + 2) {
        acc[row + loI + 1]! += d * (1 - a0 - am);
      } else {
        const a1 = s * (1.5 - lof);
        acc[row + loI + 1]! += d * (a1 - a0);
        for (let xi = loI + 2; xi < hiI - 1; xi++) acc[row + xi]! += d * s;
        const a2 = a1 + (hiI - loI - 3) * s;
        acc[row + hiI - 1]! += d * (1 - a2 - am);
      }
      acc[row + hiI]! += d * am;
    }
    x = xnext;
  }
}

/**
 * Fills an outline (non-zero winding, overlapping contours clamp) into a bitmap of the given size. Callers shift
 * the outline so that it lies inside with a pixel of margin on each side.
 */
export function fill(commands: readonly PathCommand[], width: number, height: number): Bitmap {
  const acc = new Float32Array(width * height + 2);
  for (const s of flatten(commands)) accumulate(acc, width, height, s);
  const data = new Uint8Array(width * height);
  let sum = 0;
  for (let i = 0; i < data.length; i++) {
    sum += acc[i]!;
    data[i] = Math.min(255, Math.round(Math.abs(sum) * 255));
  }
  return { width, height, data };
}

/** A rounded rectangle as an outline, for pills and panels. */
export function roundRect(x: number, y: number, w: number, h: number, r: number): PathCommand[] {
  const k = 0.5523 * r; // cubic approximation of a quarter circle
  return [
    { type: 'M', x: x + r, y },
    { type: 'L', x: x + w - r, y },
    { type: 'C', x1: x + w - r + k, y1: y, x2: x + w, y2: y + r - k, x: x + w, y: y + r },
    { type: 'L', x: x + w, y: y + h - r },
    { type: 'C', x1: x + w, y1: y + h - r + k, x2: x + w - r + k, y2: y + h, x: x + w - r, y: y + h },
    { type: 'L', x: x + r, y: y + h },
    { type: 'C', x1: x + r - k, y1: y + h, x2: x, y2: y + h - r + k, x, y: y + h - r },
    { type: 'L', x, y: y + r },
    { type: 'C', x1: x, y1: y + r - k, x2: x + r - k, y2: y, x: x + r, y },
    { type: 'Z' },
  ];
}
