// One cell in, one typed value out (reading), and back (writing). Each column type has one rule;
// a cell that breaks it gives a Vietnamese reason quoting what was typed.
import { formatDate, isoToDate, parseDate } from "../dates";
import { booleanLabels } from "../labels";
import { fold, typedText } from "../text";
import { emailPattern } from "../vocabulary";
import type { CellValue, ColumnTemplate } from "./types";

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

const blankValue: Parsed = { ok: true, value: undefined };

export function isBlank(value: CellValue | undefined): boolean {
  if (typeof value === "string") {
    // Most cells start with a visible ASCII character: not blank, no need to trim.
    const first = value.charCodeAt(0);
    return value.length === 0 || (!(first > 0x20 && first < 0x7f) && value.trim() === "");
  }
  return value === null || value === undefined;
}

/** /^[\x21-\x7e]*$/: plain ASCII without spaces (ids, numbers, e-mails), written out as it is hot. */
export function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x21 || code > 0x7e) return false;
  }
  return true;
}

/** Characters of a cell quoted in a message; a cell holds up to 50 000, a note or a dialog should not. */
const quotedLength = 80;

/** Text in quotes for a message, cut short (at a whole character) when long. */
export function quoted(text: string): string {
  if (text.length <= quotedLength) return `"${text}"`;
  return `"${Array.from(text).slice(0, quotedLength).join("")}…"`;
}

/** The cell as the user sees it, quoted, for messages. */
export function shown(value: CellValue): string {
  if (value instanceof Date) {
    const parsed = parseDate(value);
    return parsed.ok ? formatDate(parsed.value) : String(value);
  }
  if (typeof value === "boolean") return value ? booleanLabels.true : booleanLabels.false;
  return quoted(String(value ?? "").trim());
}

const trueWords = new Set(["co", "x", "✓", "✔", "true", "dung", "yes", "1"]);
const falseWords = new Set(["khong", "false", "sai", "no", "0"]);

/**
 * Numbers as Vietnamese staff type them: "12,5" is 12.5, "1.000" is 1000, "1.234,5" is 1234.5;
 * a trailing "%" is dropped (the column says whether it is a percent).
 */
export function parseNumberText(text: string): number | undefined {
  let s = text.trim().replace(/\s+/g, "").replace(/%$/, "");
  if (s.includes(",") && s.includes(".")) s = s.replace(/\./g, "").replace(",", ".");
  else if (s.includes(",")) s = s.replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, "");
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  return Number(s);
}

function toNumber(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") return parseNumberText(value);
  return undefined;
}

function asText(value: CellValue): string {
  if (value instanceof Date) {
    const parsed = parseDate(value);
    return parsed.ok ? formatDate(parsed.value) : String(value);
  }
  if (typeof value === "boolean") return value ? booleanLabels.true : booleanLabels.false;
  const text = String(value);
  // Plain ASCII without spaces (ids, numbers, e-mails) is already as typedText leaves it.
  return isPlainAscii(text) ? text : typedText(text);
}

function optionsHint(options: string[]): string {
  const list = options.length > 6 ? [...options.slice(0, 4), "…"] : options;
  return list.join(", ");
}

/**
 * The key an option is matched by: fold(), then what varies in how staff spell the same option:
 * spaces around commas ("Phường,xã"), dots and dashes ("Ths.", "Trung cấp - LLCT"), and i/y at the
 * end of a syllable after a consonant ("Thạc sỹ" = "Thạc sĩ", "Kỹ sư" = "Kĩ sư", "Quý" = "Quí").
 */
export function optionKey(text: string): string {
  return fold(text)
    .replace(/[.\-–—_/()]+/g, " ")
    .replace(/\s*,\s*/g, ",")
    .replace(/\b(qu|[bcdghklmnprstvx]h?|ngh?|tr|gi)y\b/g, "$1i")
    .replace(/\s+/g, " ")
    .trim();
}

/** Splits a free list: on ";" when there is one (items may hold commas), else on ",". */
export function splitList(text: string): string[] {
  const separator = text.includes(";") ? ";" : ",";
  return text
    .split(separator)
    .map((s) => typedText(s))
    .filter((s) => s !== "");
}

/** Joins list items for writing, with ";" when an item holds a comma. */
export function joinList(items: string[]): string {
  return items.join(items.some((s) => s.includes(",")) ? "; " : ", ");
}

/** A cell that breaks its column's rule, with the reason (see cellReader). */
export class CellFailure {
  constructor(readonly message: string) {}
}

/** cellReader's answer for a blank cell. */
export const blankCell: unique symbol = Symbol("blank cell");

/** A parser for one column; keeps a cache because choice cells repeat a lot. */
export function cellParser(column: ColumnTemplate): (value: CellValue) => Parsed {
  const read = cellReader(column);
  return (value) => {
    const result = read(value);
    if (result === blankCell) return blankValue;
    if (result instanceof CellFailure) return { ok: false, message: result.message };
    return { ok: true, value: result };
  };
}

/**
 * cellParser without a result object per cell, for reading whole sheets: the value (undefined when
 * a list holds no item), blankCell for a blank cell, or a CellFailure.
 */
export function cellReader(column: ColumnTemplate): (value: CellValue) => unknown {
  const rule = ruleOf(column);
  // Each kind of column gets a reader of its own, so that what the engine learns from one kind of
  // cells (and compiles for it) is not undone by the next kind.
  if (column.type === "text") {
    const cached = remembered(rule);
    // Plain ASCII text is taken as it is; that costs less than a cache look-up.
    return (cell) => {
      if (isBlank(cell)) return blankCell;
      if (typeof cell === "string" && isPlainAscii(cell)) return cell;
      return cached(cell);
    };
  }
  // Numbers and phones cost less to check than to look up.
  if (
    column.type === "integer" ||
    column.type === "number" ||
    column.type === "phone" ||
    column.type === "idNumber"
  ) {
    return (cell) => (isBlank(cell) ? blankCell : rule(cell));
  }
  const cached = remembered(rule);
  return (cell) => (isBlank(cell) ? blankCell : cached(cell));
}

/** A number the field's own schema takes (its bounds), else why not. */
function withinField(column: ColumnTemplate, cell: CellValue, n: number): unknown {
  const checked = column.fieldSchema?.safeParse(n);
  if (!checked || checked.success) return n;
  return new CellFailure(`${shown(cell)} không hợp lệ: ${checked.error?.issues[0]?.message ?? ""}`.trim());
}

/** A cell's value by one column's rule: the value, or a CellFailure. */
type Rule = (value: CellValue) => unknown;

/**
 * A rule remembering its answer for each cell value, up to a bound: values repeat a lot in a big
 * sheet (labels, dates, titles, names). Dates are remembered by their time.
 */
function remembered(rule: Rule): Rule {
  const cache = new Map<string | number | boolean, unknown>();
  const dates = new Map<number, unknown>();
  return (cell) => {
    const isDate = cell instanceof Date;
    const key = isDate ? cell.getTime() : (cell as string | number | boolean);
    const store = isDate ? dates : cache;
    let result = store.get(key as never);
    if (result === undefined && !store.has(key as never)) {
      result = rule(cell);
      if (store.size < cacheLimit) store.set(key as never, result);
    }
    // A list is copied so that no two records share one array.
    return Array.isArray(result) ? [...result] : result;
  };
}

const cacheLimit = 50_000;

/** The rule of a column's type, one function per type. */
function ruleOf(column: ColumnTemplate): Rule {
  switch (column.type) {
    case "text":
      return asText;
    case "integer":
      return (value) => {
        const n = toNumber(value);
        return n === undefined || !Number.isInteger(n)
          ? new CellFailure(`${shown(value)} không phải số nguyên`)
          : withinField(column, value, n);
      };
    case "number": {
      return (value) => {
        const n = toNumber(value);
        return n === undefined
          ? new CellFailure(`${shown(value)} không phải số`)
          : withinField(column, value, n);
      };
    }
    case "date":
      return (value) => {
        const parsed = parseDate(value);
        return parsed.ok ? parsed.value : new CellFailure(parsed.message);
      };
    case "boolean":
      return readBoolean;
    case "choice":
    case "choiceList":
      return choiceRule(column);
    case "email":
      return (value) => {
        const text = asText(value);
        return emailPattern.test(text)
          ? text
          : new CellFailure(`${quoted(text)} không phải địa chỉ email hợp lệ`);
      };
    case "phone":
      return readPhone;
    case "idNumber":
      return readIdNumber;
    case "term":
      return (value) => {
        const parsed = parseTerm(asText(value));
        return parsed.ok ? parsed.value : new CellFailure(parsed.message);
      };
  }
}

function readBoolean(value: CellValue): unknown {
  if (typeof value === "boolean") return value;
  const word = typeof value === "number" ? String(value) : fold(asText(value));
  if (trueWords.has(word)) return true;
  if (falseWords.has(word)) return false;
  return new CellFailure(`${shown(value)} không phải "${booleanLabels.true}" hoặc "${booleanLabels.false}"`);
}

/**
 * A choice column's values by the key (optionKey) of each text that gives them: each option's
 * label, its key and its other spellings. A label wins over another option's alias.
 */
function choiceLookup(column: ColumnTemplate): Map<string, string> {
  const lookup = new Map<string, string>();
  const add = (text: string, key: string) => {
    const k = optionKey(text);
    if (!lookup.has(k)) lookup.set(k, key);
  };
  const options = column.options ?? [];
  options.forEach((label, i) => {
    add(label, column.keys?.[i] ?? label);
  });
  for (const key of column.keys ?? []) add(key, key);
  options.forEach((label, i) => {
    for (const alias of column.optionAliases?.[i] ?? []) add(alias, column.keys?.[i] ?? label);
  });
  return lookup;
}

/** Every value a "choice" column's cells can give (its keys, or its labels when it has none). */
export function choiceValues(column: ColumnTemplate): Set<string> {
  return new Set(choiceLookup(column).values());
}

/** A choice (one option) or a choice list (options separated by "," or ";"), by the option's label or key. */
function choiceRule(column: ColumnTemplate): Rule {
  const options = column.options ?? [];
  const lookup = choiceLookup(column);
  const notAllowed = (text: string) =>
    new CellFailure(`${quoted(text)} không thuộc danh sách cho phép (${optionsHint(options)})`);

  if (column.type === "choice") {
    return (value) => {
      const text = asText(value);
      return lookup.get(optionKey(text)) ?? notAllowed(text);
    };
  }
  return (value) => {
    // Items are separated by "," or ";", but options may hold commas ("Phường, xã"):
    // join neighbouring pieces to the longest option that matches.
    const pieces = asText(value)
      .split(/[,;]/)
      .map((s) => typedText(s))
      .filter((s) => s !== "");
    const values: string[] = [];
    let i = 0;
    while (i < pieces.length) {
      let matched = false;
      for (let j = pieces.length; j > i && lookup.size > 0; j--) {
        const key = lookup.get(optionKey(pieces.slice(i, j).join(",")));
        if (key !== undefined) {
          if (!values.includes(key)) values.push(key);
          i = j;
          matched = true;
          break;
        }
      }
      if (!matched) {
        const piece = pieces[i] ?? "";
        if (options.length > 0 && !column.allowOther) return notAllowed(piece);
        if (!values.includes(piece)) values.push(piece);
        i++;
      }
    }
    return values.length ? values : undefined;
  };
}

/** /^\+?\d{8,12}$/ (8 to 12 digits, a leading "+" allowed), by character code: it runs for every phone cell. */
function isPhoneDigits(text: string): boolean {
  const from = text.charCodeAt(0) === 0x2b ? 1 : 0;
  const digits = text.length - from;
  if (digits < 8 || digits > 12) return false;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** Sheets turns 0912345678 into the number 912345678: put the 0 back. */
function readPhone(value: CellValue): unknown {
  if (typeof value === "number") {
    const digits = String(Math.trunc(value));
    const restored = digits.startsWith("84") && digits.length === 11 ? `+${digits}` : `0${digits}`;
    if (Number.isInteger(value) && value > 0 && /^0\d{8,10}$|^\+84\d{9}$/.test(restored)) return restored;
    return new CellFailure(`${shown(value)} không phải số điện thoại`);
  }
  // Most phones are typed as digits only: taken as they are.
  if (typeof value === "string" && isPhoneDigits(value)) return value;
  const text = asText(value);
  const compact = text.replace(/[\s.\-()]/g, "");
  return isPhoneDigits(compact) ? compact : new CellFailure(`${quoted(text)} không phải số điện thoại`);
}

/**
 * Province codes that open a CCCD number (Thông tư 07/2016/TT-BCA): the provinces before the 2025
 * mergers. A number keeps its code for life, so these stay the valid ones.
 */
const provinceCodes = new Set(
  (
    "001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 " +
    "038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 " +
    "080 082 083 084 086 087 089 091 092 093 094 095 096"
  ).split(" "),
);

/**
 * A CCCD number: 12 digits whose first three are a province code. Sheets turns a typed
 * 079095001234 into the number 79095001234: the zeros in front are put back.
 */
function readIdNumber(value: CellValue): unknown {
  let digits: string;
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value <= 0 || value >= 1e12) {
      return new CellFailure(`${shown(value)} không phải số CCCD (12 chữ số)`);
    }
    digits = String(value).padStart(12, "0");
  } else digits = asText(value).replace(/[\s.-]/g, "");
  if (!/^\d{12}$/.test(digits)) {
    return new CellFailure(`${shown(value)} không phải số CCCD: số CCCD có đúng 12 chữ số`);
  }
  if (!provinceCodes.has(digits.slice(0, 3))) {
    return new CellFailure(
      `${shown(value)} không phải số CCCD: 3 chữ số đầu (${digits.slice(0, 3)}) không phải mã tỉnh, thành phố`,
    );
  }
  return digits;
}

/**
 * What a CCCD number says of its holder: the 4th digit gives the century of birth and the gender
 * (0 male 1900s, 1 female 1900s, 2 male 2000s, 3 female 2000s…), the 5th and 6th the year's last two
 * digits. Null when the number is not 12 digits.
 */
export function idNumberFacts(id: string): { birthYear: number; gender: "male" | "female" } | null {
  if (!/^\d{12}$/.test(id)) return null;
  const code = Number(id[3]);
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(code / 2)]!;
  return { birthYear: century + Number(id.slice(4, 6)), gender: code % 2 === 0 ? "male" : "female" };
}

/** "2025 - 2030", "2025–2030" → "2025–2030"; the second year must follow the first. */
export function parseTerm(text: string): Parsed {
  const match = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(text.trim());
  if (!match || Number(match[2]) <= Number(match[1])) {
    return { ok: false, message: `${quoted(text)} không phải nhiệm kỳ (dạng 2025–2030)` };
  }
  return { ok: true, value: `${match[1]}–${match[2]}` };
}

/** A model value as it goes into a cell: dates as Date, choices as their labels. */
export function formatCell(column: ColumnTemplate, value: unknown): CellValue {
  if (value === undefined || value === null || value === "") return "";
  const label = (key: unknown): string => {
    const i = column.keys ? column.keys.indexOf(String(key)) : -1;
    return i >= 0 ? (column.options?.[i] ?? String(key)) : String(key);
  };
  switch (column.type) {
    case "date":
      return isoToDate(String(value));
    case "boolean":
      return value ? booleanLabels.true : booleanLabels.false;
    case "integer":
    case "number":
      return typeof value === "number" ? value : String(value);
    case "choice":
      return label(value);
    case "choiceList":
      return Array.isArray(value) ? joinList(value.map(label)) : label(value);
    default:
      return String(value);
  }
}
