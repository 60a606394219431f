// Shared set-up of the add-on tests: a runtime with a fixed clock, the built bundle loaded into it.
import { generateSampleWorkbook } from "../../shared/sample";
import { type CellValue, readWorkbook, type WorkbookRead } from "../../shared/templates";
import { createSheetsRuntime, type RuntimeOptions, type SheetsRuntime } from "../sheets-runtime";
import { type LoadedAddon, loadAddon } from "../sheets-runtime/load";
import { MemoryRange } from "../sheets-runtime/range";
import { MemoryRangeList } from "../sheets-runtime/range-list";
import { MemorySheet } from "../sheets-runtime/sheet";
import { MemorySpreadsheet } from "../sheets-runtime/spreadsheet";
import { codePath } from "./built";

/** 31/12/2023 10:00 in Ho Chi Minh City: the end of the sample's plan year. */
export const now = new Date("2023-12-31T03:00:00.000Z");
export const today = "2023-12-31";
export const stamp = "31/12/2023 10:00";

export interface Setup {
  runtime: SheetsRuntime;
  addon: LoadedAddon;
}

export function setUp(workbook: Record<string, CellValue[][]> = {}, options: RuntimeOptions = {}): Setup {
  const runtime = createSheetsRuntime({ now, ...options });
  for (const [name, values] of Object.entries(workbook)) runtime.setSheetValues(name, values);
  return { runtime, addon: loadAddon(runtime, codePath) };
}

export function sampleSetUp(
  options: RuntimeOptions = {},
): Setup & { workbook: Record<string, CellValue[][]> } {
  const workbook = generateSampleWorkbook();
  return { ...setUp(workbook, options), workbook };
}

/** The raw sheet of the runtime (inspection does not count as calls). */
export function sheetOf(runtime: SheetsRuntime, name: string) {
  const sheet = runtime.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet "${name}"`);
  return sheet;
}

/** Text of an HTML page as a browser shows it, for looking up values. */
export function unescapeHtml(html: string): string {
  return html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

const services = {
  Range: MemoryRange,
  RangeList: MemoryRangeList,
  Sheet: MemorySheet,
  Spreadsheet: MemorySpreadsheet,
};

/** Makes the `failAt`-th call of `method` ("Range.setValues") of any runtime throw, once; returns the undo. */
export function failOn(name: `${keyof typeof services}.${string}`, failAt: number): () => void {
  const [kind, method] = name.split(".") as [keyof typeof services, string];
  const prototype = services[kind].prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = prototype[method]!;
  let calls = 0;
  prototype[method] = function (this: unknown, ...args: unknown[]) {
    calls++;
    if (calls === failAt) throw new Error(`Lỗi thử: ${name} thất bại`);
    return original.apply(this, args);
  };
  return () => {
    prototype[method] = original;
  };
}

/** The JSON in the export dialog's <script id="payload">, as the browser reads it (its text as is). */
export function payloadText(html: string): string {
  const match = /<script type="application\/json" id="payload"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error("no payload in the dialog");
  return match[1]!;
}

/** The runtime's spreadsheet read through the templates, as the add-on reads it. */
export function readRuntime(runtime: SheetsRuntime): WorkbookRead {
  const sheetNames = runtime.spreadsheet.getSheets().map((sheet) => sheet.getName());
  return readWorkbook({ sheetNames, values: (name) => runtime.getSheetValues(name) as CellValue[][] });
}
