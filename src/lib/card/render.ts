import { Canvas, hex, type Rgb } from './canvas';
import type { Face } from './face';
import { face, type Fonts } from './fonts';
import { wrap } from './layout';
import { encodePng } from './png';
import { roundRect, fill } from './raster';
import { cardSize } from './size';

/**
 * The card design: `cardSize`, light, high-contrast,
 * sized so that it stays readable when chat apps show it about 400 px wide (every text at least 36 px here, 12 px
 * there; the code 50–112 px). Vendor on top, the code large, the title under it, the retry advice and the site name
 * at the bottom.
 */

export { cardSize };

/** Colour of the badge: red for "stop", amber for "fix first", blue for "retry", green for "not an error". */
export type Tone = 'stop' | 'fix' | 'retry' | 'ok';

export interface CardContent {
  /** Small line on top, e.g. the vendor's name. */
  eyebrow: string;
  /** The large line: the code as the page shows it. */
  headline: string;
  /** Shown instead of `headline` when the card font lacks some of its characters (e.g. a Chinese message). */
  headlineFallback?: string;
  /** Identifiers are set in monospace and may break inside words. */
  mono: boolean;
  /** The entry's title, or the site's tagline. */
  title: string;
  badge?: { label: string; tone: Tone };
  /** Bottom right, normally the site name. */
  footer: string;
}

const colours = {
  page: hex('#ffffff'),
  ink: hex('#16181d'),
  muted: hex('#4b5160'),
  accent: hex('#1d4ed8'),
  white: hex('#ffffff'),
};
const tones: Record<Tone, Rgb> = {
  stop: hex('#a4161a'),
  fix: hex('#8a4b00'),
  retry: hex('#1d4ed8'),
  ok: hex('#116329'),
};

const margin = 72;
const textWidth = cardSize.width - 2 * margin;
const footer = { top: 514, height: 66, text: 36 } as const;
const headlineSizes = [112, 96, 84, 72] as const;
/** Sizes for headlines that need two lines: the largest at which the whole text fits, else the last, cut. */
const headlineWrapSizes = [64, 56, 50] as const;
const titleSize = 50;

export interface TextLine {
  text: string;
  face: Face;
  x: number;
  baseline: number;
  /** Measured width, never more than the text column. */
  width: number;
}

export interface CardLayout {
  eyebrow: TextLine;
  headline: TextLine[];
  title: TextLine[];
  badge?: TextLine & { box: { x: number; y: number; w: number; h: number } };
  footer: TextLine;
}

/** Every text line of a laid-out card, top to bottom (the badge's label before the footer on the same row). */
export const cardTexts = (layout: CardLayout): TextLine[] => [
  layout.eyebrow,
  ...layout.headline,
  ...layout.title,
  ...(layout.badge ? [layout.badge] : []),
  layout.footer,
];

function lines(texts: string[], f: Face, top: number, lineHeight: number): TextLine[] {
  return texts.map((text, i) => ({
    text,
    face: f,
    x: margin,
    baseline: Math.round(top + i * lineHeight + f.size * 0.86),
    width: f.measure(text),
  }));
}

/** Positions every text of a card; pure apart from the shared font cache. */
export function layoutCard(content: CardContent): CardLayout {
  const family: keyof Fonts = content.mono ? 'mono' : 'sansBold';
  const eyebrowFace = face('sansBold', 44);
  const eyebrowText = wrap(content.eyebrow, textWidth, 1, (t) => eyebrowFace.measure(t)).lines[0] ?? '';
  const eyebrow = lines([eyebrowText], eyebrowFace, 56, 0)[0]!;

  let headlineText = content.headline;
  if (content.headlineFallback && !face(family, headlineSizes[0]).covers(headlineText)) {
    headlineText = content.headlineFallback;
  }
  // The largest size at which the headline fits on one line; past the smallest, the largest at which it fits on
  // two; past that, two lines at the smallest size, the second ending in an ellipsis.
  let hFace = face(family, headlineSizes[0]);
  let hLines = [headlineText];
  const oneLine = headlineSizes.find((size) => face(family, size).measure(headlineText) <= textWidth);
  if (oneLine) {
    hFace = face(family, oneLine);
  } else {
    for (const size of headlineWrapSizes) {
      hFace = face(family, size);
      const wrapped = wrap(headlineText, textWidth, 2, (t) => hFace.measure(t));
      hLines = wrapped.lines;
      if (!wrapped.truncated) break;
    }
  }
  const headlineTop = 128;
  const hLineHeight = Math.round(hFace.size * 1.12);
  const headline = lines(hLines, hFace, headlineTop, hLineHeight);

  const tFace = face('sans', titleSize);
  const tLineHeight = Math.round(titleSize * 1.24);
  const titleTop = headlineTop + hLines.length * hLineHeight + 18;
  const room = Math.max(1, Math.floor((footer.top - 16 - titleTop) / tLineHeight));
  const title = lines(
    wrap(content.title, textWidth, room, (t) => tFace.measure(t)).lines,
    tFace,
    titleTop,
    tLineHeight,
  );

  const smallFace = face('sansBold', footer.text);
  const baseline = footer.top + Math.round(footer.height / 2 + smallFace.capHeight / 2);
  let badge: CardLayout['badge'];
  let footerRoom = textWidth;
  if (content.badge) {
    const pad = 26;
    const label = wrap(content.badge.label, textWidth * 0.6 - 2 * pad, 1, (t) => smallFace.measure(t)).lines[0] ?? '';
    const w = Math.ceil(smallFace.measure(label)) + 2 * pad;
    badge = {
      text: label,
      face: smallFace,
      x: margin + pad,
      baseline,
      width: w - 2 * pad,
      box: { x: margin, y: footer.top, w, h: footer.height },
    };
    footerRoom = textWidth - w - 32;
  }
  const footerText = wrap(content.footer, footerRoom, 1, (t) => smallFace.measure(t)).lines[0] ?? '';
  const footerWidth = smallFace.measure(footerText);
  const footerLine = {
    text: footerText,
    face: smallFace,
    x: cardSize.width - margin - footerWidth,
    baseline,
    width: footerWidth,
  };
  return { eyebrow, headline, title, ...(badge && { badge }), footer: footerLine };
}

/** Draws a card into an indexed canvas (into `buffer` when given, which it then owns until the next call). */
export function drawCard(content: CardContent, buffer?: Uint8Array): Canvas {
  const layout = layoutCard(content);
  const canvas = new Canvas(cardSize.width, cardSize.height, buffer);
  // The first ramp starts the palette, so its level 0 (the page colour) is the canvas's initial index 0.
  const ink = canvas.ramp(colours.ink, colours.page);
  const muted = canvas.ramp(colours.muted, colours.page);
  const accent = canvas.ramp(colours.accent, colours.page);
  canvas.fillRect(0, 0, cardSize.width, 16, accent);
  canvas.text(layout.eyebrow.face, layout.eyebrow.text, layout.eyebrow.x, layout.eyebrow.baseline, accent);
  for (const l of layout.headline) canvas.text(l.face, l.text, l.x, l.baseline, ink);
  for (const l of layout.title) canvas.text(l.face, l.text, l.x, l.baseline, ink);
  if (layout.badge && content.badge) {
    const { box } = layout.badge;
    const toneColour = tones[content.badge.tone];
    canvas.blit(pill(box.w, box.h), box.x - 1, box.y - 1, canvas.ramp(toneColour, colours.page));
    canvas.text(
      layout.badge.face,
      layout.badge.text,
      layout.badge.x,
      layout.badge.baseline,
      canvas.ramp(colours.white, toneColour),
    );
  }
  canvas.text(layout.footer.face, layout.footer.text, layout.footer.x, layout.footer.baseline, muted);
  return canvas;
}

const pills = new Map<string, ReturnType<typeof fill>>();
function pill(w: number, h: number) {
  const key = `${w}x${h}`;
  let p = pills.get(key);
  if (!p) {
    p = fill(roundRect(1, 1, w, h, h / 2), w + 2, h + 2);
    pills.set(key, p);
  }
  return p;
}

let scratch: Uint8Array | undefined;

/** The card as PNG bytes; the same content always gives the same bytes. */
export function renderCard(content: CardContent, level?: number): Uint8Array {
  scratch ??= new Uint8Array((cardSize.width + 1) * cardSize.height);
  return encodePng(drawCard(content, scratch).image(), level);
}
