// Reading the spreadsheet: one getValues per sheet, whatever the number of rows.
import { dateToIso, isoToDate, isoToSerial } from "../shared/dates";
import { type CellValue, readWorkbook, type SheetId, type WorkbookRead } from "../shared/templates";
import { MarkedSheets } from "./sheet-marks";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetValues {
  sheet: Sheet;
  values: CellValue[][];
}

/**
 * Zones whose midnight the shared date rules already read as the right day: UTC+7 today, and
 * their older offsets fall within what shared/dates.ts allows for (see dateToIso).
 */
const vietnamLikeZones = new Set([
  "Asia/Ho_Chi_Minh",
  "Asia/Saigon",
  "Asia/Bangkok",
  "Asia/Phnom_Penh",
  "Asia/Vientiane",
  "Asia/Jakarta",
  "Etc/GMT-7",
]);

/**
 * Sheets hands a date cell over as the instant of midnight in the SPREADSHEET's time zone. The
 * shared rules read dates in Asia/Ho_Chi_Minh, so in a spreadsheet set to another zone (Tokyo,
 * Singapore…) a date would come out a day early. There each distinct date is named in the
 * spreadsheet's zone (one Utilities call per distinct value) and handed on as the same day at
 * midnight in Ho Chi Minh City.
 */
export class DateReader {
  private readonly days = new Map<number, Date>();
  private zone: string | null | undefined;

  constructor(private readonly spreadsheet: Spreadsheet) {}

  normalize(values: CellValue[][]): CellValue[][] {
    if (this.otherZone() === null) return values;
    for (const row of values) {
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell instanceof Date) row[c] = this.day(cell);
      }
    }
    return values;
  }

  private day(date: Date): Date {
    const zone = this.otherZone();
    const time = date.getTime();
    if (zone === null || Number.isNaN(time)) return date;
    let day = this.days.get(time);
    if (!day) {
      day = isoToDate(Utilities.formatDate(date, zone, "yyyy-MM-dd"));
      this.days.set(time, day);
    }
    return day;
  }

  /** The spreadsheet's zone when it is not one the shared rules read right, else null (asked once). */
  private otherZone(): string | null {
    if (this.zone === undefined) {
      const zone = this.spreadsheet.getSpreadsheetTimeZone();
      this.zone = !zone || vietnamLikeZones.has(zone) ? null : zone;
    }
    return this.zone;
  }
}

/** Reads sheets by name, each at most once. */
export class SheetReader {
  private readonly cache = new Map<string, SheetValues | null>();
  private readonly dates: DateReader;

  constructor(private readonly spreadsheet: Spreadsheet) {
    this.dates = new DateReader(spreadsheet);
  }

  get(name: string): SheetValues | null {
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached;
    const sheet = this.spreadsheet.getSheetByName(name);
    const read = sheet
      ? { sheet, values: this.dates.normalize(sheet.getDataRange().getValues() as CellValue[][]) }
      : null;
    this.cache.set(name, read);
    return read;
  }
}

/**
 * Locales whose typed dates Sheets reads day first, as staff type them (05/03/1995 is 5 March). In
 * others (en_US above all, the default of English-language accounts) it is read month first.
 */
const dayFirstLocales =
  /^(vi|en_GB|en_AU|en_NZ|en_IE|en_IN|fr|de|es(?!_US)|it|pt|nl|ru|id|th|ms|pl|tr|uk|cs|sk|hu|ro|el|da|nb|nn|fi|sv)/;

export function readsDayFirst(locale: string): boolean {
  return dayFirstLocales.test(locale);
}

/** The whole workbook through the templates, and the reader that kept each sheet's values. */
/**
 * The spreadsheet's sheet names in tab order, and the plan's sheets the add-on marked (found by
 * their mark whatever the user renamed them to): what locateSheets finds the plan's sheets among.
 */
export function planSheetsOf(spreadsheet: Spreadsheet): {
  sheetNames: string[];
  marked: (id: SheetId) => string | undefined;
} {
  const marks = MarkedSheets.read(spreadsheet);
  return {
    sheetNames: spreadsheet.getSheets().map((sheet) => sheet.getName()),
    marked: (id) => marks.get(id)?.getName(),
  };
}

export function readSpreadsheet(spreadsheet: Spreadsheet): { read: WorkbookRead; sheets: SheetReader } {
  const sheets = new SheetReader(spreadsheet);
  const read = readWorkbook(
    { ...planSheetsOf(spreadsheet), values: (name) => sheets.get(name)?.values ?? null },
    { dayFirst: readsDayFirst(spreadsheet.getSpreadsheetLocale()) },
  );
  return { read, sheets };
}

/**
 * Dates go in as serial day numbers under the column's date format: Sheets reads a Date object in
 * the spreadsheet's time zone, so in a spreadsheet not set to UTC+7 a Date would show a day early.
 */
export function asSerialDates(rows: CellValue[][]): CellValue[][] {
  return rows.map((r) => r.map((cell) => (cell instanceof Date ? isoToSerial(dateToIso(cell)) : cell)));
}
