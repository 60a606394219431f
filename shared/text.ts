// Vietnamese text: canonical storage form, the fold used for matching, and collation.
// Plain string code only (no Intl/ICU): it also runs inside Google Apps Script.

/**
 * The same function, remembering its answer for each argument it has seen: for names and cell
 * values that repeat over many rows, reasons that depend on a count. Keep one per run, not per
 * module, so that memory ends with the run.
 */
export function remembering<K, V = string>(compute: (key: K) => V): (key: K) => V {
  const answers = new Map<K, V>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = compute(text);
      answers.set(text, answer);
    }
    return answer;
  };
}

/** Fold for matching: no diacritics, đ→d, lower case, single spaces, trimmed. */
export function fold(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The key ids match by: without regard to case, spacing and marks ("cb 056" is "CB056"). */
export function idKey(id: string): string {
  return /^[\x21-\x7e]*$/.test(id) ? id.toLowerCase() : fold(id).replace(/\s+/g, "");
}

/** The key names (units, documents) match by: fold(), so case, marks and spacing do not matter. */
export function nameKey(name: string): string {
  return fold(name);
}

/**
 * Whether NFC could change the text: only a combining mark can be composed with the letter before it
 * (Vietnamese typed on some phones and Macs comes as letters + marks). Most cells have none and are
 * kept as they are, with no new string made.
 */
function mayCompose(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x300) continue;
    if (code <= 0x36f || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff))
      return true;
    if (
      (code >= 0xfe20 && code <= 0xfe2f) ||
      (code >= 0x1100 && code <= 0x11ff) ||
      (code >= 0xd800 && code <= 0xdfff)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Text as the user typed it, for storing and showing: NFC (so "Hòa" typed as NFD shows the same),
 * runs of whitespace collapsed to one space, trimmed. The tone marks stay where the user put them:
 * "Thùy" stays "Thùy", "Thuỳ" stays "Thuỳ" (fold() and normalizeText() make them match).
 */
export function typedText(value: string): string {
  const nfc = mayCompose(value) ? value.normalize("NFC") : value;
  return collapseSpaces(nfc);
}

/**
 * Canonical form for comparing (never shown): NFC, tone marks placed by the modern rule (see canonicalizeTones),
 * runs of whitespace collapsed to one space, trimmed. Idempotent.
 */
export function normalizeText(value: string): string {
  let result = normalizedTexts.get(value);
  if (result === undefined) {
    result = collapseSpaces(canonicalizeTones(value));
    // Short texts (names, units, labels) come back often, and normalized again: remember both.
    if (value.length <= 80 && normalizedTexts.size < memoLimit) {
      normalizedTexts.set(value, result);
      normalizedTexts.set(result, result);
    }
  }
  return result;
}

const normalizedTexts = new Map<string, string>();

/** Runs of whitespace to one space, trimmed; most texts have none to change, and are kept as they are. */
function collapseSpaces(text: string): string {
  return /\s\s|[^\S ]|^ | $/.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

// ---------------------------------------------------------------------------------------------
// Letters: each Vietnamese vowel with a tone is split into its toneless letter and its tone.

/** Tones in dictionary order: ngang (none), huyền, hỏi, ngã, sắc, nặng. */
const toneMarks = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const;
const vowelLetters = "aăâeêioôơuưy";
const modifiedVowels = new Set("ăâêôơư");

interface VowelInfo {
  /** The vowel without tone, same case as the input. */
  letter: string;
  /** Index into toneMarks. */
  tone: number;
}

const vowelTable = new Map<string, VowelInfo>();
const composeTable = new Map<string, string>(); // letter + tone index → precomposed char
for (const lower of vowelLetters) {
  for (const letter of [lower, lower.toUpperCase()]) {
    toneMarks.forEach((mark, tone) => {
      const char = (letter + mark).normalize("NFC");
      vowelTable.set(char, { letter, tone });
      composeTable.set(letter + tone, char);
    });
  }
}

function isVietnameseLetter(char: string): boolean {
  return vowelTable.has(char) || /^[a-zA-ZđĐ]$/.test(char);
}

// ---------------------------------------------------------------------------------------------
// Tone placement.

// Longest first, so "ngh" wins over "ng" and "gi"/"qu" over "g"; a shorter one is tried when the
// longer leaves no vowel ("gìn" is g + i + n).
const initials = [
  "ngh",
  "ng",
  "nh",
  "ch",
  "gh",
  "gi",
  "kh",
  "ph",
  "th",
  "tr",
  "qu",
  "b",
  "c",
  "d",
  "đ",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "x",
  "",
];
const finals = new Set(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]);
// Vowel nuclei of Vietnamese (after the u of "qu" and the i of "gi", which belong to the initial).
const nuclei = new Set(
  (
    "a ă â e ê i o ô ơ u ư y " +
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê " +
    "iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu"
  ).split(" "),
);
// Open two-vowel nuclei that start with a glide: the tone goes on the second vowel (modern rule).
const glideFirst = new Set(["oa", "oe", "uy"]);

interface Syllable {
  /** Index of the first vowel of the nucleus in the word. */
  start: number;
  nucleus: string;
  final: string;
}

function parseSyllable(word: string): Syllable | undefined {
  for (const initial of initials) {
    if (!word.startsWith(initial)) continue;
    let end = initial.length;
    while (end < word.length && vowelLetters.includes(word[end]!)) end++;
    const nucleus = word.slice(initial.length, end);
    const final = word.slice(end);
    if (nucleus !== "" && nuclei.has(nucleus) && finals.has(final)) {
      return { start: initial.length, nucleus, final };
    }
  }
  return undefined;
}

/** Offset of the vowel carrying the tone inside the nucleus, by the modern rule. */
function tonePosition(nucleus: string, final: string): number {
  for (let i = nucleus.length - 1; i >= 0; i--) {
    if (modifiedVowels.has(nucleus[i]!)) return i; // ươ → ơ, iê → ê, ưa → ư
  }
  if (final !== "") return nucleus.length - 1; // toán, hoàng, huỳnh
  if (nucleus.length === 3) return 1; // oài, khuỷu, ngoẹo
  if (nucleus.length === 2 && glideFirst.has(nucleus)) return 1; // hoà, khoẻ, thuý
  return 0; // mái, của, kìa, túi
}

/** Re-places the tone of one word if it is a Vietnamese syllable with exactly one tone mark. */
function canonicalizeWord(word: string): string {
  const chars = Array.from(word);
  if (!chars.every(isVietnameseLetter)) return word;
  let tone = 0;
  let toneCount = 0;
  const bare = chars.map((char) => {
    const info = vowelTable.get(char);
    if (info === undefined) return char;
    if (info.tone !== 0) {
      tone = info.tone;
      toneCount++;
    }
    return info.letter;
  });
  if (toneCount !== 1) return word;
  const syllable = parseSyllable(bare.join("").toLowerCase());
  if (syllable === undefined) return word;
  const at = syllable.start + tonePosition(syllable.nucleus, syllable.final);
  bare[at] = composeTable.get(bare[at]! + tone)!;
  return bare.join("");
}

/**
 * NFC, and each Vietnamese syllable's tone mark on its main vowel (the modern rule, "kiểu mới"):
 * - on the vowel with a hat, breve or horn if there is one (ươ → ơ): "người", "quyết", "giữa";
 * - else, with a final consonant, on the last vowel: "toán", "hoàng", "huỳnh";
 * - else on the middle of three vowels ("ngoài", "khuỷu"), on the second of oa/oe/uy ("hoà",
 *   "khoẻ", "thuý") and on the first of other pairs ("mái", "của", "túi").
 * The u of "qu" and the i of "gi" (before another vowel) never carry the tone: "Qùy" → "Quỳ",
 * "gìa" → "già". Case is kept. Words that are not a single Vietnamese syllable with exactly one
 * tone mark (foreign names, abbreviations) are left as they are. Idempotent.
 */
export function canonicalizeTones(value: string): string {
  const text = value.normalize("NFC");
  // Outside the Basic Multilingual Plane a letter takes two code units: the regular expression
  // handles that rare text; the scan below reads one code unit at a time.
  if (/[\ud800-\udfff]/.test(text)) return text.replace(/[\p{L}\p{M}]+/gu, canonicalWord);
  // The runs of letters and marks ([\p{L}\p{M}]+), found by a scan: the regular expression costs
  // several times more on names, and every distinct name in a sheet comes here.
  let result = "";
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    if (!isLetterOrMark(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isLetterOrMark(text.charCodeAt(end))) end++;
    const word = text.slice(i, end);
    const canonical = canonicalWord(word);
    if (canonical !== word) {
      result += text.slice(copied, i) + canonical;
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

/** For each code unit met: 0 not yet known, 1 a letter or mark (\p{L} or \p{M}), 2 neither. */
const letterOrMark = new Uint8Array(0x10000);

function isLetterOrMark(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  let known = letterOrMark[code]!;
  if (known === 0) {
    known = /[\p{L}\p{M}]/u.test(String.fromCharCode(code)) ? 1 : 2;
    letterOrMark[code] = known;
  }
  return known === 1;
}

// Words repeat a lot (names, unit names, titles in a big sheet): remember them, up to a bound.
const canonicalWords = new Map<string, string>();
const memoLimit = 100_000;

function canonicalWord(word: string): string {
  let canonical = canonicalWords.get(word);
  if (canonical === undefined) {
    canonical = canonicalizeWord(word);
    if (canonicalWords.size < memoLimit) canonicalWords.set(word, canonical);
  }
  return canonical;
}

// ---------------------------------------------------------------------------------------------
// Collation.

const alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"; // Vietnamese order; f j w z at their Latin place

/** Weights of one character at three levels: letter, tone, case. */
interface CharWeights {
  primary: number;
  secondary: number;
  tertiary: number;
}

const toneCount = toneMarks.length;

// Weights depend on the character only: computed once per character met, up to a bound.
const weightsByChar = new Map<string, CharWeights>();

function charWeights(char: string): CharWeights {
  let weights = weightsByChar.get(char);
  if (weights === undefined) {
    weights = computeCharWeights(char);
    if (weightsByChar.size < memoLimit) weightsByChar.set(char, weights);
  }
  return weights;
}

function computeCharWeights(char: string): CharWeights {
  const info = vowelTable.get(char);
  const letter = info ? info.letter : char;
  const lower = letter.toLowerCase();
  const tertiary = lower === letter ? 0 : 1; // lower case before upper case
  const rank = alphabet.indexOf(lower);
  if (rank >= 0 && lower.length === 1) return { primary: 1000 + rank, secondary: info?.tone ?? 0, tertiary };
  if (/\s/.test(char)) return { primary: 1, secondary: 0, tertiary: 0 };
  if (/[0-9]/.test(char)) return { primary: 100 + Number(char), secondary: 0, tertiary: 0 };
  // A letter with another accent (ü, é...) sorts with its base letter, after its Vietnamese tones.
  const base = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const baseRank = alphabet.indexOf(base.toLowerCase());
  if (base.length === 1 && baseRank >= 0) {
    return { primary: 1000 + baseRank, secondary: toneCount, tertiary: base === base.toLowerCase() ? 0 : 1 };
  }
  const code = char.codePointAt(0) ?? 0;
  // Punctuation and symbols before digits; other scripts after the Latin letters.
  return /\p{L}/u.test(char)
    ? { primary: 2000 + code, secondary: 0, tertiary: 0 }
    : { primary: 2 + code / 0x110000, secondary: 0, tertiary: 0 };
}

/** A precomputed sort key; compare two with compareKeys. */
export interface CollationKey {
  primary: number[];
  secondary: number[];
  tertiary: number[];
  text: string;
}

export function collationKey(value: string): CollationKey {
  return keyOfNormalized(normalizeText(value));
}

/** collationKey of a text already in normalizeText form. */
function keyOfNormalized(text: string): CollationKey {
  const key: CollationKey = { primary: [], secondary: [], tertiary: [], text };
  for (const char of text) {
    const weights = charWeights(char);
    key.primary.push(weights.primary);
    key.secondary.push(weights.secondary);
    key.tertiary.push(weights.tertiary);
  }
  return key;
}

function compareArrays(a: number[], b: number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export function compareKeys(a: CollationKey, b: CollationKey): number {
  if (a === b) return 0; // shared keys (personKey) are common: equal given names
  return (
    compareArrays(a.primary, b.primary) ||
    compareArrays(a.secondary, b.secondary) ||
    compareArrays(a.tertiary, b.tertiary) ||
    (a.text === b.text ? 0 : a.text < b.text ? -1 : 1)
  );
}

/**
 * Vietnamese collation, without Intl: letters in the order a ă â b c d đ e ê g h i k l m n o ô ơ
 * p q r s t u ư v x y (f j w z at their Latin place); tones only break ties, in the order
 * a à ả ã á ạ; then lower case before upper case. Spaces sort first, then punctuation, then
 * digits, then letters. Texts equal after normalizeText compare 0 ("Hoà" and "Hòa").
 */
export function compareVietnamese(a: string, b: string): number {
  return compareKeys(collationKey(a), collationKey(b));
}

// ---------------------------------------------------------------------------------------------
// Person names: Vietnamese names are sorted by given name (the last word).

export interface PersonName {
  family: string;
  middle: string;
  given: string;
}

/** "Nguyễn Thị Minh Khai" → family "Nguyễn", middle "Thị Minh", given "Khai". One word is a given name. */
export function splitPersonName(fullName: string): PersonName {
  // normalizeText leaves single spaces between words and none at the ends: the first and the last
  // space mark the parts, with no list of words to make.
  const name = normalizeText(fullName);
  const first = name.indexOf(" ");
  if (first < 0) return { family: "", middle: "", given: name };
  const last = name.lastIndexOf(" ");
  return {
    family: name.slice(0, first),
    middle: first === last ? "" : name.slice(first + 1, last),
    given: name.slice(last + 1),
  };
}

/** A precomputed sort key of a person's name; compare two with comparePersonKeys. */
export interface PersonKey {
  given: CollationKey;
  middle: CollationKey;
  family: CollationKey;
}

/** A precomputed key for each person's name; its parts' keys are shared between names (don't change them). */
export function personKey(fullName: string): PersonKey {
  const name = splitPersonName(fullName);
  return { given: partKey(name.given), middle: partKey(name.middle), family: partKey(name.family) };
}

// Names share their words (many Anh, Nguyễn, Thị): one key per part, remembered up to a bound.
const partKeys = new Map<string, CollationKey>();

function partKey(part: string): CollationKey {
  let key = partKeys.get(part);
  if (key === undefined) {
    // The parts of a normalized name are normalized already: no need to normalize them again.
    key = keyOfNormalized(part);
    if (partKeys.size < memoLimit) partKeys.set(part, key);
  }
  return key;
}

/** The order of comparePersonNames, on precomputed keys (for sorting many names). */
export function comparePersonKeys(a: PersonKey, b: PersonKey): number {
  return compareKeys(a.given, b.given) || compareKeys(a.middle, b.middle) || compareKeys(a.family, b.family);
}

/**
 * The rank of each name in the order of comparePersonNames (names that compare equal share one), and
 * how many ranks there are: for sorting many names. Each distinct word group (a given, middle or
 * family name) is compared once; a name is then three numbers.
 */
export function personNameRanks(names: readonly string[]): { ranks: Int32Array; count: number } {
  const nameIds = new Map<string, number>();
  const nameOf = new Int32Array(names.length);
  const parts: string[] = [];
  const partIds = new Map<string, number>();
  const partOf = (part: string): number => {
    let id = partIds.get(part);
    if (id === undefined) {
      id = parts.push(part) - 1;
      partIds.set(part, id);
    }
    return id;
  };
  /** Given, middle and family name of each distinct name, as part ids. */
  const nameParts: number[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    let id = nameIds.get(name);
    if (id === undefined) {
      id = nameIds.size;
      nameIds.set(name, id);
      const { given, middle, family } = splitPersonName(name);
      nameParts.push(partOf(given), partOf(middle), partOf(family));
    }
    nameOf[i] = id;
  }
  // Distinct parts are distinct texts: compareKeys tells every two apart.
  const keys = parts.map(partKey);
  const partRank = new Int32Array(parts.length);
  [...parts.keys()]
    .sort((a, b) => compareKeys(keys[a]!, keys[b]!))
    .forEach((part, rank) => {
      partRank[part] = rank;
    });
  const rankOf = (name: number, part: number) => partRank[nameParts[3 * name + part]!]!;
  const compareNames = (a: number, b: number) =>
    rankOf(a, 0) - rankOf(b, 0) || rankOf(a, 1) - rankOf(b, 1) || rankOf(a, 2) - rankOf(b, 2);
  const sorted = [...nameIds.values()].sort(compareNames);
  const nameRank = new Int32Array(sorted.length);
  let count = 0;
  sorted.forEach((name, k) => {
    if (k > 0 && compareNames(sorted[k - 1]!, name) !== 0) count++;
    nameRank[name] = count;
  });
  return { ranks: nameOf.map((name) => nameRank[name]!), count: sorted.length === 0 ? 0 : count + 1 };
}

/** By given name, then middle name, then family name, each by compareVietnamese. */
export function comparePersonNames(a: string, b: string): number {
  return comparePersonKeys(personKey(a), personKey(b));
}

/** A new array sorted by comparePersonNames (stable: equal names keep their order). */
export function sortByPersonName<T>(items: readonly T[], name: (item: T) => string): T[] {
  const { ranks } = personNameRanks(items.map(name));
  return items
    .map((item, i) => ({ item, rank: ranks[i]! }))
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.item);
}
