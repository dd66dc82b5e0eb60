import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The fonts shipped with the app (SIL Open Font License 1.1, from the @expo-google-fonts packages,
 * whose LICENSE_FONT files carry the licence text): Noto Sans and Noto Serif for Latin, Cyrillic
 * and Greek, Noto Sans SC for Chinese and the kana/kanji of Japanese. Only these weights ship
 * (electron-builder.yml leaves the others out).
 */
export const FONT_FILES = [
  '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
] as const;

/** Scripts the shipped fonts draw; anything else (Arabic, Hebrew, emoji...) prints as empty boxes. */
const COVERED =
  /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Common}\p{Script=Inherited}\p{Script=Bopomofo}]/u;
const EMOJI = /\p{Extended_Pictographic}/u;

/** Characters of `text` no shipped font can draw (first few, deduplicated), for a warning. */
export function uncoveredCharacters(text: string, limit = 8): string[] {
  const out = new Set<string>();
  for (const ch of text) {
    if (out.size >= limit) break;
    if (EMOJI.test(ch) || !COVERED.test(ch)) out.add(ch);
  }
  return [...out];
}

/** Reads the font files (through Electron's asar-aware fs in the packaged app). */
export function loadFontBlobs(): Buffer[] {
  const require = createRequire(import.meta.url);
  return FONT_FILES.map((f) => readFileSync(require.resolve(f)));
}
