// Calendar dates as "yyyy-mm-dd" strings (IsoDate), read and shown in Asia/Ho_Chi_Minh (UTC+7, no
// daylight saving) so a date never shifts by a day between Sheets, Node and the browser.
// Plain arithmetic only: no Intl, no time-zone database (Apps Script and browsers differ there).
import type { IsoDate } from "./model";

export type ParseDateResult = { ok: true; value: IsoDate } | { ok: false; message: string };

const dayMs = 86_400_000;
const hourMs = 3_600_000;
const vietnamOffsetMs = 7 * hourMs;
/** Serial day 0 of Sheets and Excel: 1899-12-30. */
const serialEpochDays = -25_569;
const minYear = 1900;
const maxYear = 2200;

// ---------------------------------------------------------------------------------------------
// Days since 1970-01-01 ↔ year, month, day (proleptic Gregorian; H. Hinnant's algorithms).

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: month <= 2 ? yearOfEra + era * 400 + 1 : yearOfEra + era * 400, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function isoFromDays(days: number): IsoDate {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 of a valid IsoDate; throws RangeError otherwise. */
function daysOf(iso: IsoDate): number {
  if (!isValidIso(iso)) throw new RangeError(`Ngày "${iso}" không đúng dạng yyyy-mm-dd.`);
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

// ---------------------------------------------------------------------------------------------
// Public helpers.

/** A real calendar date written yyyy-mm-dd (any four-digit year). */
export function isValidIso(s: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** "2024-03-05" → "05/03/2024". Text that is not yyyy-mm-dd is returned unchanged. */
export function formatDate(iso: IsoDate): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** "dd/mm/yyyy HH:mm" of an instant in Asia/Ho_Chi_Minh, as staff read a time. */
export function formatDateTime(now: Date): string {
  const local = new Date(now.getTime() + vietnamOffsetMs);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${formatDate(todayIso(now))} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** Today's date in Asia/Ho_Chi_Minh. */
export function todayIso(now: Date = new Date()): IsoDate {
  return isoFromDays(Math.floor((now.getTime() + vietnamOffsetMs) / dayMs));
}

/** Sheets/Excel serial day number (1899-12-30 = 0). */
export function isoToSerial(iso: IsoDate): number {
  return daysOf(iso) - serialEpochDays;
}

/** Serial day number → date; a fractional part (time of day) is ignored. Throws on NaN/Infinity. */
export function serialToIso(n: number): IsoDate {
  if (!Number.isFinite(n)) throw new RangeError(`Số "${n}" không phải là ngày.`);
  return isoFromDays(Math.floor(n) + serialEpochDays);
}

/** The instant of 00:00 in Asia/Ho_Chi_Minh on that date (what Sheets gives for a date cell). */
export function isoToDate(iso: IsoDate): Date {
  return new Date(daysOf(iso) * dayMs - vietnamOffsetMs);
}

/**
 * The calendar date of an instant in Asia/Ho_Chi_Minh (UTC+7).
 * Before 1976 Vietnam's clocks were sometimes UTC+8 or more (and +7:06 before 1906), so Sheets'
 * midnight of such a date falls up to two hours before midnight at UTC+7; there, a time from
 * 22:00 counts as the next day.
 */
export function dateToIso(d: Date): IsoDate {
  return isoFromDays(vietnamDayOf(d.getTime()));
}

function vietnamDayOf(time: number): number {
  const local = time + vietnamOffsetMs;
  const days = Math.floor(local / dayMs);
  const timeOfDay = local - days * dayMs;
  return days < daysFromCivil(1976, 1, 1) && timeOfDay >= 22 * hourMs ? days + 1 : days;
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  return isoFromDays(daysOf(iso) + Math.trunc(n));
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

// ---------------------------------------------------------------------------------------------
// Reading a date from a cell or a form.

const example = "ví dụ 25/12/2024";

/** The value as the user typed it, for messages; never throws, even on odd objects. */
function quote(value: unknown): string {
  let text: string;
  try {
    text = String(value);
  } catch {
    text = "?";
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function fail(message: string): ParseDateResult {
  return { ok: false, message };
}

/** Checks the parts of a date written as text, in the order a person would want to hear about. */
function fromParts(text: string, year: number, month: number, day: number): ParseDateResult {
  if (month < 1 || month > 12) {
    const swapped =
      month > 12 && day >= 1 && day <= 12
        ? ` Có lẽ đây là ngày ${pad(month, 2)}/${pad(day, 2)}/${year}?`
        : "";
    return fail(
      `Ngày "${text}" không hợp lệ: tháng không thể là ${month}. Hãy viết theo dạng ngày/tháng/năm (${example}).${swapped}`,
    );
  }
  if (day < 1 || day > daysInMonth(year, month)) return fail(`Ngày "${text}" không có thật.`);
  if (year < minYear || year > maxYear) {
    return fail(`Ngày "${text}" có năm ${year} nằm ngoài khoảng ${minYear}–${maxYear}.`);
  }
  return { ok: true, value: isoFromDays(daysFromCivil(year, month, day)) };
}

/** A date from a day count, if its year is in range; `what` names the value for the message. */
function fromDays(days: number, what: string): ParseDateResult {
  const iso = isoFromDays(days);
  if (!isValidIso(iso) || yearOf(iso) < minYear || yearOf(iso) > maxYear) {
    return fail(`${what} không ứng với ngày nào trong khoảng năm ${minYear}–${maxYear}.`);
  }
  return { ok: true, value: iso };
}

function parseText(raw: string): ParseDateResult {
  const text = raw.trim();
  if (text === "") return fail("Chưa có ngày (ô trống).");
  const sep = "\\s*([/.-])\\s*";
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return fromParts(text, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const full = new RegExp(`^(\\d{1,2})${sep}(\\d{1,2})${sep}(\\d{4})$`).exec(text);
  if (full) {
    if (full[2] !== full[4]) {
      return fail(`Ngày "${text}" dùng lẫn dấu phân cách: hãy viết theo dạng ngày/tháng/năm (${example}).`);
    }
    return fromParts(text, Number(full[5]), Number(full[3]), Number(full[1]));
  }
  if (new RegExp(`^\\d{1,2}${sep}\\d{1,2}${sep}\\d{1,3}$`).test(text)) {
    return fail(`Ngày "${text}" không rõ: năm phải viết đủ 4 chữ số, theo dạng ngày/tháng/năm (${example}).`);
  }
  if (new RegExp(`^\\d{1,2}${sep}\\d{1,2}$`).test(text)) {
    return fail(`Ngày "${text}" thiếu năm: hãy viết theo dạng ngày/tháng/năm (${example}).`);
  }
  return fail(`Không hiểu ngày "${quote(text)}": hãy viết theo dạng ngày/tháng/năm (${example}).`);
}

/**
 * Reads a date from a Sheets cell value or typed text; never throws.
 * - Date: the calendar date in Asia/Ho_Chi_Minh (see dateToIso);
 * - number: a Sheets/Excel serial day (1899-12-30 = 0), time of day ignored;
 * - text: dd/mm/yyyy or d/m/yyyy (separator /, - or .), or yyyy-mm-dd.
 * Rejects, with a Vietnamese message quoting the value: dates that do not exist, missing or
 * two-digit years, month-first dates, years outside 1900–2200, empty cells and other values.
 */
export function parseDate(value: unknown): ParseDateResult {
  try {
    if (value === null || value === undefined) return fail("Chưa có ngày (ô trống).");
    if (Object.prototype.toString.call(value) === "[object Date]") {
      const time = (value as Date).getTime();
      if (Number.isNaN(time)) return fail("Ngày không hợp lệ (giá trị ngày bị hỏng).");
      const days = vietnamDayOf(time);
      const { year, month, day } = civilFromDays(days);
      return fromDays(days, `Ngày ${pad(day, 2)}/${pad(month, 2)}/${year}`);
    }
    if (typeof value === "number") {
      if (!Number.isFinite(value)) return fail(`Số "${quote(value)}" không phải là ngày.`);
      return fromDays(Math.floor(value) + serialEpochDays, `Số ngày "${quote(value)}"`);
    }
    if (typeof value === "string") return parseText(value);
    return fail(`Giá trị "${quote(value)}" không phải là ngày.`);
  } catch {
    return fail(`Giá trị "${quote(value)}" không phải là ngày.`);
  }
}
