// Turning what a script writes into what a cell stores, as Sheets does.
import { dateFromSerial } from "./dates";
import type { CellValue } from "./grid";
import { isDate } from "./realm";

export const MAX_CELL_CHARACTERS = 50_000;

/** A written "=…" text: Sheets keeps it as a formula, not a value. */
export class FormulaText {
  constructor(readonly text: string) {}
}

function serialOf(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return;
  return (time - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * Locales whose typed dates Sheets reads month first ("05/03/1995" is 3 May there, and "25/12/2024"
 * stays text): en_US above all, the default of English-language Google accounts.
 */
const monthFirstLocales = /^(en_US|en_PH|es_US|en$)/;

/**
 * Text a spreadsheet reads as a date, at midnight in its time zone: d/M/yyyy in a day-first locale
 * (vi_VN), M/d/yyyy in a month-first one (en_US); yyyy-MM-dd in both. Text that is no date in the
 * locale's order stays text.
 */
function parseDateText(text: string, timeZone: string, locale: string): Date | undefined {
  let match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  let serial: number | undefined;
  const monthFirst = monthFirstLocales.test(locale);
  if (match) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    serial = monthFirst
      ? serialOf(Number(match[3]), first, second)
      : serialOf(Number(match[3]), second, first);
  }
  match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) serial = serialOf(Number(match[1]), Number(match[2]), Number(match[3]));
  return serial === undefined ? undefined : dateFromSerial(serial, timeZone);
}

export interface WriteRules {
  parseStrings: boolean;
  timeZone: string;
  /** The spreadsheet's locale: the order it reads typed dates in. */
  locale: string;
  fail(message: string): Error;
}

/** First characters that may start text Sheets converts: digits, + - space ' = t f. */
function mayConvert(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    code === 43 ||
    code === 45 ||
    code === 32 ||
    code === 39 ||
    code === 61 ||
    code === 116 ||
    code === 84 ||
    code === 102 ||
    code === 70
  );
}

/** The stored form of one written value (undefined for an empty cell). */
export function toCell(
  input: unknown,
  format: string | undefined,
  rules: WriteRules,
): CellValue | FormulaText | undefined {
  if (typeof input === "number" || typeof input === "boolean") return input;
  if (input === null || input === undefined || input === "") return undefined;
  if (isDate(input)) return new Date(input.getTime());
  const text = String(input);
  if (text.length > MAX_CELL_CHARACTERS) {
    throw rules.fail(
      `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
    );
  }
  if (!rules.parseStrings || format === "@" || !mayConvert(text.charCodeAt(0))) return text;
  if (text.startsWith("'")) return text.slice(1) || undefined;
  if (text.startsWith("=") && text.length > 1) return new FormulaText(text);
  const trimmed = text.trim();
  if (/^[+-]?\d{1,15}$/.test(trimmed)) return Number(trimmed);
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === "true";
  return parseDateText(trimmed, rules.timeZone, rules.locale) ?? text;
}
