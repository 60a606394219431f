// Date formatting as Apps Script does it: Utilities.formatDate takes Java SimpleDateFormat patterns
// and a time zone; cells show dates through Sheets number formats ("dd/MM/yyyy", "HH:mm").

interface DateParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number; // 0–23
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number; // local time minus UTC
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Offset (minutes) of a zone at an instant, through Intl; cached per zone and hour. */
const offsets = new Map<string, number>();

function offsetMinutes(time: number, timeZone: string): number {
  const hour = Math.floor(time / 3_600_000);
  const key = `${timeZone}|${hour}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const fields: Record<string, number> = {};
    for (const part of formatterFor(timeZone).formatToParts(new Date(hour * 3_600_000))) {
      if (part.type !== "literal") fields[part.type] = Number(part.value);
    }
    const local = Date.UTC(
      fields.year ?? 1970,
      (fields.month ?? 1) - 1,
      fields.day ?? 1,
      fields.hour ?? 0,
      fields.minute ?? 0,
      fields.second ?? 0,
    );
    offset = Math.round((local - hour * 3_600_000) / 60_000);
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** Calendar fields of an instant in a time zone (IANA name or "GMT+07:00" style). */
export function dateParts(date: Date, timeZone: string): DateParts {
  const time = date.getTime();
  const offset = offsetMinutes(time, normalizeZone(timeZone));
  const local = new Date(time + offset * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
    offsetMinutes: offset,
  };
}

/** Accepts "GMT+7", "GMT+07:00", "UTC" as well as IANA names, like Apps Script. */
function normalizeZone(timeZone: string): string {
  const match = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (!match) return timeZone;
  if (match[3] && match[3] !== "00") throw new Error(`Unsupported time zone: ${timeZone}`);
  // Etc/GMT zones have inverted signs.
  const hours = Number(match[2]);
  return hours === 0 ? "UTC" : `Etc/GMT${match[1] === "+" ? "-" : "+"}${hours}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ":" : ""}${pad(abs % 60, 2)}`;
}

function simpleDateField(letter: string, count: number, p: DateParts): string {
  switch (letter) {
    case "y":
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case "M":
      if (count >= 4) return MONTHS[p.month - 1]!;
      if (count === 3) return MONTHS[p.month - 1]!.slice(0, 3);
      return pad(p.month, count);
    case "d":
      return pad(p.day, count);
    case "H":
      return pad(p.hour, count);
    case "h":
      return pad(p.hour % 12 || 12, count);
    case "k":
      return pad(p.hour || 24, count);
    case "m":
      return pad(p.minute, count);
    case "s":
      return pad(p.second, count);
    case "S":
      return pad(p.millisecond, count);
    case "E":
      return count >= 4 ? WEEKDAYS[p.weekday]! : WEEKDAYS[p.weekday]!.slice(0, 3);
    case "u":
      return String(p.weekday || 7);
    case "a":
      return p.hour < 12 ? "AM" : "PM";
    case "Z":
      return offsetText(p.offsetMinutes, false);
    case "X":
      if (p.offsetMinutes === 0) return "Z";
      return count >= 3 ? offsetText(p.offsetMinutes, true) : offsetText(p.offsetMinutes, false);
    case "z":
      return `GMT${offsetText(p.offsetMinutes, true)}`;
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/** Utilities.formatDate: Java SimpleDateFormat patterns ('quoted literal', '' for a quote). */
export function formatSimpleDate(date: Date, timeZone: string, pattern: string): string {
  const parts = dateParts(date, timeZone);
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) throw new Error(`Unterminated quote in pattern: ${pattern}`);
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern[i + count] === ch) count++;
      out += simpleDateField(ch, count, parts);
      i += count;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** True when a Sheets number format shows a date or time ("dd/MM/yyyy", "HH:mm", "d mmm yyyy"). */
export function isDateFormat(format: string): boolean {
  const unquoted = format.replace(/"[^"]*"|\\./g, "");
  return /[dyhs]/i.test(unquoted);
}

/**
 * Shows a date through a Sheets number format: d, dd, ddd, dddd, M/m, MM/mm, MMM, MMMM, yy, yyyy,
 * H/h, HH/hh, m/mm as minutes after an hour or before seconds, ss, AM/PM, "quoted" and \escaped text.
 */
export function formatSheetsDate(date: Date, timeZone: string, format: string): string {
  let render = compiledFormats.get(format);
  if (!render) {
    render = compileSheetsDateFormat(format);
    compiledFormats.set(format, render);
  }
  return render(dateParts(date, timeZone));
}

const compiledFormats = new Map<string, (p: DateParts) => string>();

/** Turns a Sheets date format into a renderer (done once per format: display runs per cell). */
function compileSheetsDateFormat(format: string): (p: DateParts) => string {
  const tokens: Array<{ text: string; field?: string }> = [];
  const pattern = /"([^"]*)"|\\(.)|(AM\/PM|am\/pm|A\/P)|([dDmMyYhHsS])\4*|(.)/g;
  for (const match of format.matchAll(pattern)) {
    if (match[1] !== undefined) tokens.push({ text: match[1] });
    else if (match[2] !== undefined) tokens.push({ text: match[2] });
    else if (match[3] !== undefined) tokens.push({ text: "", field: "ampm" });
    else if (match[4] !== undefined) tokens.push({ text: "", field: match[0] });
    else tokens.push({ text: match[5] ?? "" });
  }
  const twelveHour = tokens.some((t) => t.field === "ampm");
  const fieldIndexes = tokens.flatMap((t, i) => (t.field ? [i] : []));
  const parts = tokens.map((token, i): ((p: DateParts) => string) => {
    const field = token.field;
    if (!field) return () => token.text;
    if (field === "ampm") return (p) => (p.hour < 12 ? "AM" : "PM");
    const letter = field[0]!.toLowerCase();
    const n = field.length;
    if (letter === "m") {
      const at = fieldIndexes.indexOf(i);
      const before = tokens[fieldIndexes[at - 1] ?? -1]?.field?.[0]?.toLowerCase();
      const after = tokens[fieldIndexes[at + 1] ?? -1]?.field?.[0]?.toLowerCase();
      // "m" is minutes after an hour or before seconds; "M" is always the month.
      if (field[0] === "m" && (before === "h" || after === "s") && n <= 2) return (p) => pad(p.minute, n);
      if (n >= 4) return (p) => MONTHS[p.month - 1]!;
      if (n === 3) return (p) => MONTHS[p.month - 1]!.slice(0, 3);
      return (p) => pad(p.month, n);
    }
    if (letter === "d") {
      if (n >= 4) return (p) => WEEKDAYS[p.weekday]!;
      if (n === 3) return (p) => WEEKDAYS[p.weekday]!.slice(0, 3);
      return (p) => pad(p.day, n);
    }
    if (letter === "y") return (p) => (n <= 2 ? pad(p.year % 100, 2) : String(p.year));
    if (letter === "h") return (p) => pad(twelveHour ? p.hour % 12 || 12 : p.hour, Math.min(n, 2));
    return (p) => pad(p.second, Math.min(n, 2));
  });
  return (p) => {
    let out = "";
    for (const part of parts) out += part(p);
    return out;
  };
}

/** Sheets serial day number (days since 30/12/1899, local to the time zone) of an instant. */
export function serialFromDate(date: Date, timeZone: string): number {
  const p = dateParts(date, timeZone);
  const localUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return (localUtc - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** The instant a serial day number stands for in a time zone. */
export function dateFromSerial(serial: number, timeZone: string): Date {
  const localUtc = Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000);
  const guess = new Date(localUtc);
  return new Date(localUtc - dateParts(guess, timeZone).offsetMinutes * 60000);
}
