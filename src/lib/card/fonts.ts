import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as opentype from 'opentype.js';
import type { Font } from 'opentype.js';
import { Face } from './face';

/**
 * The card fonts: IBM Plex Sans and Plex Mono (SIL Open Font License), read from their npm packages so that the
 * build downloads nothing. Each family is the Latin subset with Latin Extended behind it for accented names.
 */

const require = createRequire(import.meta.url);

// opentype.js is CommonJS under Node and ESM under Vite; only the ESM build has a named `parse` export.
const parse: (b: ArrayBuffer) => Font =
  (opentype as { parse?: (b: ArrayBuffer) => Font }).parse ??
  (opentype as unknown as { default: { parse: (b: ArrayBuffer) => Font } }).default.parse;

function font(family: string, subset: string, weight: number): Font {
  const file = require.resolve(`@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff`);
  const bytes = readFileSync(file);
  return parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

export interface Fonts {
  sans: readonly Font[];
  sansBold: readonly Font[];
  mono: readonly Font[];
}

let loaded: Fonts | undefined;

/** Parses the fonts once per process (about 0.1 s). */
export function cardFonts(): Fonts {
  loaded ??= {
    sans: [font('ibm-plex-sans', 'latin', 500), font('ibm-plex-sans', 'latin-ext', 500)],
    sansBold: [font('ibm-plex-sans', 'latin', 600), font('ibm-plex-sans', 'latin-ext', 600)],
    mono: [font('ibm-plex-mono', 'latin', 600), font('ibm-plex-mono', 'latin-ext', 600)],
  };
  return loaded;
}

const faces = new Map<string, Face>();

/** A family at a pixel size, shared by every card of the process so that glyphs are rasterised once. */
export function face(family: keyof Fonts, size: number): Face {
  const key = `${family}@${size}`;
  let f = faces.get(key);
  if (!f) {
    f = new Face(cardFonts()[family], size);
    faces.set(key, f);
  }
  return f;
}
