// What getDisplayValues shows: a cell's value through its number format, in the spreadsheet's
// locale (vi_VN writes "1.234,5").
import { dateFromSerial, formatSheetsDate, isDateFormat, serialFromDate } from "./dates";
import type { CellValue } from "./grid";

/** The format Sheets reports for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = "0.###############";
/** How this runtime shows a date in a cell whose format is not a date format. */
export const DEFAULT_DATE_FORMAT = "dd/MM/yyyy";

export interface NumberLocale {
  decimal: string;
  group: string;
}

export function numberLocale(locale: string): NumberLocale {
  return /^(en|ja|zh|ko|th)/.test(locale) ? { decimal: ".", group: "," } : { decimal: ",", group: "." };
}

function groupDigits(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** Numbers through "0", "0.00", "#,##0", "#,##0.00", "0%", "0.0%" and the default format. */
function formatNumber(value: number, format: string, loc: NumberLocale): string {
  if (!Number.isFinite(value)) return String(value);
  const section = format.split(";")[0] ?? "";
  const percent = section.includes("%");
  const scaled = percent ? value * 100 : value;
  const numeric = /[#0](?:[#0,]*)(?:\.([#0]*))?/.exec(section);
  if (!numeric || section === DEFAULT_NUMBER_FORMAT || section.toLowerCase() === "general") {
    const [whole = "", fraction] = String(Number(scaled.toPrecision(15))).split(".");
    return `${whole}${fraction ? loc.decimal + fraction : ""}${percent ? "%" : ""}`;
  }
  const decimals = numeric[1] ?? "";
  const required = (decimals.match(/0/g) ?? []).length;
  const fixed = Math.abs(scaled).toFixed(decimals.length);
  let [whole = "0", fraction = ""] = fixed.split(".");
  while (fraction.length > required && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  if (numeric[0].includes(",")) whole = groupDigits(whole, loc.group);
  const sign = scaled < 0 && Number(fixed) !== 0 ? "-" : "";
  const body = `${sign}${whole}${fraction ? loc.decimal + fraction : ""}`;
  const prefix = section.slice(0, numeric.index).replace(/["\\]/g, "");
  const suffix = section.slice(numeric.index + numeric[0].length).replace(/["\\]/g, "");
  return prefix + body + suffix;
}

export function displayValue(
  value: CellValue | undefined,
  format: string,
  timeZone: string,
  locale: string,
): string {
  if (value === undefined || value === "") return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (format === "@")
    return value instanceof Date ? formatSheetsDate(value, timeZone, DEFAULT_DATE_FORMAT) : String(value);
  if (value instanceof Date) {
    const pattern = isDateFormat(format) ? format : DEFAULT_DATE_FORMAT;
    if (!isDateFormat(format) && format !== DEFAULT_NUMBER_FORMAT) {
      return formatNumber(serialFromDate(value, timeZone), format, numberLocale(locale));
    }
    return formatSheetsDate(value, timeZone, pattern);
  }
  if (isDateFormat(format)) return formatSheetsDate(dateFromSerial(value, timeZone), timeZone, format);
  return formatNumber(value, format, numberLocale(locale));
}
