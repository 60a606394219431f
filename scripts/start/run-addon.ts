// Runs the BUILT add-on on a workbook's values in the in-memory Sheets runtime, menu item by menu
// item, as a user would in Sheets; keeps what it showed (alerts, the export dialog's payload).
import { type Payload, PayloadSchema } from "../../shared/payload";
import type { CellValue } from "../../shared/templates/types";
import { createSheetsRuntime, type SheetsRuntime } from "../../test/sheets-runtime/index";
import { loadAddon } from "../../test/sheets-runtime/load";

export interface SheetValues {
  name: string;
  values: CellValue[][];
}

/** The menu items run, in order, with what the progress line says. */
export const addonSteps = [
  { functionName: "createTemplates", label: "Tạo các trang" },
  { functionName: "validateData", label: "Kiểm tra dữ liệu" },
  { functionName: "checkTargets", label: "Kiểm tra chỉ tiêu" },
  { functionName: "createReport", label: "Lập báo cáo gửi cấp trên" },
  { functionName: "trackSubmissions", label: "Theo dõi nộp" },
  { functionName: "exportForForms", label: "Xuất dữ liệu cho biểu mẫu" },
] as const;

export interface AddonMessage {
  step: string;
  title: string;
  text: string;
}

export interface AddonRun {
  runtime: SheetsRuntime;
  /** The export for the extension, or null when the add-on refused to export (see messages). */
  payload: Payload | null;
  /** Alerts the add-on showed: what it did, or why it could not. */
  messages: AddonMessage[];
}

export interface RunOptions {
  spreadsheetName?: string;
  /** Fixes the add-on's clock (tests compare two runs). */
  now?: Date;
  /** Menu items to run (default: all of addonSteps, in order). */
  steps?: ReadonlyArray<(typeof addonSteps)[number]["functionName"]>;
  onStep?: (index: number, total: number, label: string) => void;
  /** After each step, with how long it took. */
  onStepDone?: (index: number, milliseconds: number) => void;
}

export function runAddon(
  sheets: readonly SheetValues[],
  codePath: string,
  options: RunOptions = {},
): AddonRun {
  const runtime = createSheetsRuntime({
    ...(options.spreadsheetName ? { spreadsheetName: options.spreadsheetName } : {}),
    ...(options.now ? { now: options.now } : {}),
    // Values from a workbook already have their types; text stays text, as in an imported file.
    parseStrings: false,
  });
  const blank = runtime.spreadsheet.sheets[0];
  for (const sheet of sheets) runtime.setSheetValues(sheet.name, sheet.values);
  // The new spreadsheet's own empty sheet is not the user's.
  if (blank && sheets.length > 0 && !sheets.some((s) => s.name === blank.name)) {
    runtime.spreadsheet.deleteSheet(blank);
  }

  const addon = loadAddon(runtime, codePath);
  const messages: AddonMessage[] = [];
  const wanted = options.steps ?? addonSteps.map((step) => step.functionName);
  const steps = addonSteps.filter((step) => wanted.includes(step.functionName));
  steps.forEach((step, index) => {
    options.onStep?.(index + 1, steps.length, step.label);
    const before = runtime.ui.alerts.length;
    const started = Date.now();
    addon.call(step.functionName);
    options.onStepDone?.(index + 1, Date.now() - started);
    for (const alert of runtime.ui.alerts.slice(before)) {
      messages.push({ step: step.label, title: alert.title, text: alert.prompt });
    }
  });
  return { runtime, payload: exportedPayload(runtime), messages };
}

const entities: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/** The payload in the export dialog's text box (the add-on escapes it as HTML text). */
export function exportedPayload(runtime: SheetsRuntime): Payload | null {
  for (const dialog of [...runtime.ui.dialogs].reverse()) {
    const match = /<textarea[^>]*id="payload"[^>]*>([\s\S]*?)<\/textarea>/.exec(dialog.html);
    if (!match?.[1]) continue;
    const json = match[1].replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);
    return PayloadSchema.parse(JSON.parse(json));
  }
  return null;
}
