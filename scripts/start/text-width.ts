// How many terminal columns a string takes. Vietnamese is written with precomposed letters after
// NFC ("ệ" is one code point, one column); combining marks left over take none; East-Asian wide
// characters and emoji take two.

const combining = /^[\p{M}\u200b-\u200f\u2060\ufeff]$/u;
const control = /^\p{Cc}$/u;
const emoji = /^\p{Extended_Pictographic}$/u;

/** Code point ranges of East Asian Wide and Fullwidth characters (Unicode UAX #11, main blocks). */
const wideRanges: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

function charWidth(char: string): number {
  if (combining.test(char) || control.test(char)) return 0;
  const code = char.codePointAt(0) ?? 0;
  if (wideRanges.some(([from, to]) => code >= from && code <= to)) return 2;
  if (emoji.test(char) && code > 0xff) return 2;
  return 1;
}

/** Terminal columns of `text`, ignoring ANSI colour codes. */
export function displayWidth(text: string): number {
  let width = 0;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are control characters.
  for (const char of text.normalize("NFC").replace(/\x1b\[[0-9;]*m/g, "")) width += charWidth(char);
  return width;
}

/** Pad with spaces on the right (or left) to `width` columns. */
export function pad(text: string, width: number, align: "left" | "right" = "left"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + fill : fill + text;
}

/** Break plain text into lines of at most `width` columns, at spaces where possible. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.normalize("NFC").split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A single word longer than the line: cut it by columns.
    while (displayWidth(line) > width) {
      let cut = "";
      for (const char of line) {
        if (displayWidth(cut + char) > width) break;
        cut += char;
      }
      // Never an empty piece, even for a column narrower than one wide character.
      if (!cut) cut = String.fromCodePoint(line.codePointAt(0) ?? 32);
      lines.push(cut);
      line = line.slice(cut.length);
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
