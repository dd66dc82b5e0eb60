/**
 * Decides from CSS declarations whether an element is invisible to a person: display:none,
 * visibility:hidden, opacity 0, font-size 0, zero-size boxes, off-screen positioning, clipping, and
 * text the same colour as its background.
 */

export type Declarations = Map<string, string>;

const LENGTH = /^(-?\d*\.?\d+)(px|em|rem|pt|%|vw|vh)?$/;

function length(value: string | undefined): number | null {
  if (!value) return null;
  const m = LENGTH.exec(value.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2] ?? 'px';
  return unit === 'em' || unit === 'rem' ? n * 16 : unit === 'pt' ? n * 1.33 : n;
}

/** Why the declarations hide an element, or null when they do not. Colour is checked separately. */
export function hiddenReason(d: Declarations): string | null {
  const display = d.get('display');
  if (display === 'none') return 'display:none';
  const visibility = d.get('visibility');
  if (visibility === 'hidden' || visibility === 'collapse') return 'visibility:hidden';
  const opacity = d.get('opacity');
  if (opacity !== undefined && Number(opacity) <= 0.05) return 'opacity:0';
  const fontSize = length(d.get('font-size'));
  if (fontSize !== null && fontSize < 2) return 'font-size:0';
  const position = d.get('position');
  if (position === 'absolute' || position === 'fixed') {
    for (const side of ['left', 'top', 'right']) {
      const v = length(d.get(side));
      if (v !== null && v <= -500) return 'off-screen';
    }
  }
  const indent = length(d.get('text-indent'));
  if (indent !== null && indent <= -500) return 'off-screen';
  const transform = d.get('transform') ?? '';
  if (/translate[xy]?\(\s*-\d{4,}/i.test(transform) || /scale\(\s*0(\.0+)?\s*\)/i.test(transform)) return 'off-screen';
  const clip = (d.get('clip') ?? '').replace(/\s|,/g, '');
  if (clip === 'rect(0000)' || clip === 'rect(0px0px0px0px)' || clip === 'rect(1px1px1px1px)') return 'clipped';
  if (/inset\(\s*50%/.test(d.get('clip-path') ?? '')) return 'clipped';
  const overflow = d.get('overflow') ?? d.get('overflow-y') ?? d.get('overflow-x');
  const width = length(d.get('width') ?? d.get('max-width'));
  const height = length(d.get('height') ?? d.get('max-height'));
  if ((width !== null && width <= 1) || (height !== null && height <= 1)) {
    if (overflow === 'hidden' || overflow === 'clip' || width === 0 || height === 0) return 'zero-size';
  }
  return null;
}

export type Rgba = [number, number, number, number];

const NAMED: Record<string, Rgba> = {
  white: [255, 255, 255, 1],
  black: [0, 0, 0, 1],
  red: [255, 0, 0, 1],
  green: [0, 128, 0, 1],
  blue: [0, 0, 255, 1],
  yellow: [255, 255, 0, 1],
  gray: [128, 128, 128, 1],
  grey: [128, 128, 128, 1],
  silver: [192, 192, 192, 1],
  whitesmoke: [245, 245, 245, 1],
  snow: [255, 250, 250, 1],
  ivory: [255, 255, 240, 1],
  transparent: [0, 0, 0, 0],
};

/** Parses #rgb, #rrggbb(aa), rgb()/rgba() and a few names; null for anything else (var(), gradients...). */
export function parseColor(value: string | undefined): Rgba | null {
  if (!value) return null;
  const v = value
    .trim()
    .toLowerCase()
    .replace(/\s*!important$/, '');
  if (v in NAMED) return NAMED[v]!;
  const hex = /^#([0-9a-f]{3,8})$/.exec(v)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const n = (i: number): number => parseInt(full.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), full.length >= 8 ? n(6) / 255 : 1];
  }
  const rgb = /^rgba?\(([^)]+)\)$/.exec(v)?.[1];
  if (rgb) {
    const parts = rgb
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map((p) => (p.endsWith('%') ? (Number(p.slice(0, -1)) / 100) * 255 : Number(p)));
    if (parts.length < 3 || parts.some(Number.isNaN)) return null;
    const alpha = parts[3] === undefined ? 1 : parts[3] > 1 ? parts[3] / 255 : parts[3];
    return [parts[0]!, parts[1]!, parts[2]!, alpha];
  }
  return null;
}

/** Text colour indistinguishable from the background (or fully transparent). */
export function invisibleAgainst(color: Rgba, background: Rgba): boolean {
  if (color[3] <= 0.05) return true;
  return (
    Math.abs(color[0] - background[0]) + Math.abs(color[1] - background[1]) + Math.abs(color[2] - background[2]) <= 24
  );
}

/** The background colour an element declares, from background-color or a plain-colour background. */
export function declaredBackground(d: Declarations): Rgba | null {
  const bg = parseColor(d.get('background-color'));
  if (bg) return bg[3] > 0.5 ? bg : null;
  const shorthand = d.get('background');
  if (!shorthand || /url\(|gradient/.test(shorthand)) return null;
  const c = parseColor(shorthand.split(/\s+(?![^(]*\))/)[0]);
  return c && c[3] > 0.5 ? c : null;
}
