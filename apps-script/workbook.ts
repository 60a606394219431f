// Reading the spreadsheet: one getValues per sheet, whatever the number of rows.
import { type CellValue, readWorkbook, type WorkbookRead } from "../shared/templates";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetValues {
  sheet: Sheet;
  values: CellValue[][];
}

/** Reads sheets by name, each at most once. */
export class SheetReader {
  private readonly cache = new Map<string, SheetValues | null>();

  constructor(private readonly spreadsheet: Spreadsheet) {}

  get(name: string): SheetValues | null {
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached;
    const sheet = this.spreadsheet.getSheetByName(name);
    const read = sheet ? { sheet, values: sheet.getDataRange().getValues() as CellValue[][] } : null;
    this.cache.set(name, read);
    return read;
  }
}

/** The whole workbook through the templates, and the reader that kept each sheet's values. */
export function readSpreadsheet(spreadsheet: Spreadsheet): { read: WorkbookRead; sheets: SheetReader } {
  const sheets = new SheetReader(spreadsheet);
  const read = readWorkbook((name) => sheets.get(name)?.values ?? null);
  return { read, sheets };
}
