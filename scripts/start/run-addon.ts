// Runs the BUILT add-on on a workbook's values in the in-memory Sheets runtime, menu item by menu
// item, as a user would in Sheets; keeps what it showed (alerts, the export dialog's payload) and
// says, after each step, what it did.
import { type Payload, PayloadSchema } from "../../shared/payload";
import type { CellValue } from "../../shared/templates/types";
import { createSheetsRuntime, type SheetsRuntime } from "../../test/sheets-runtime/index";
import { loadAddon } from "../../test/sheets-runtime/load";
import { loadSheets, type SheetInput, typeValues } from "./load-sheets";

export type { SheetInput } from "./load-sheets";

export interface SheetValues {
  name: string;
  values: CellValue[][];
}

/** The menu items run, in order, with what the progress line says. */
export const addonSteps = [
  { functionName: "createTemplates", label: "Tạo các trang" },
  { functionName: "validateData", label: "Kiểm tra dữ liệu" },
  { functionName: "trackSubmissions", label: "Theo dõi nộp" },
  { functionName: "checkTargets", label: "Kiểm tra chỉ tiêu" },
  { functionName: "createReport", label: "Lập báo cáo gửi cấp trên" },
  { functionName: "exportForForms", label: "Xuất dữ liệu cho biểu mẫu" },
] as const;
export type StepName = (typeof addonSteps)[number]["functionName"];

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
  steps?: readonly StepName[];
  /**
   * Start from an empty spreadsheet: make the plan's sheets from the templates, then type the
   * values into them, as a new user does (the sample). Otherwise the sheets are loaded as they are.
   */
  fromTemplates?: boolean;
  onStep?: (index: number, total: number, label: string) => void;
  /** After each step: how long it took, and what it did in a few words. */
  onStepDone?: (index: number, milliseconds: number, outcome: string) => void;
}

const entities: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};
const decodeEntities = (html: string) => html.replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e);

/** The first paragraph of an HTML page, as text. */
function firstParagraph(html: string): string {
  const match = /<p[^>]*>([\s\S]*?)<\/p>/.exec(html.slice(html.indexOf("<body>")));
  return match ? decodeEntities(match[1]!.replace(/<[^>]+>/g, "")).trim() : "";
}

/** What a step did, from what it showed: its alert, dialog or sidebar. */
function outcome(runtime: SheetsRuntime, step: StepName, shown: { alerts: number; dialogs: number }): string {
  const alert = runtime.ui.alerts[shown.alerts];
  if (alert) return alert.prompt.split("\n").filter(Boolean)[0] ?? "";
  const dialog = runtime.ui.dialogs[shown.dialogs];
  if (step === "checkTargets") {
    const sheet = runtime.spreadsheet.activeSheet;
    return `kết quả ghi ở trang “${sheet.name}”.`;
  }
  if (dialog && step === "trackSubmissions") {
    const counts = /<table>[\s\S]*?<\/table>/.exec(dialog.html)?.[0] ?? "";
    const cells = [...counts.matchAll(/<td>([^<]*)<\/td><td>(\d+)<\/td>/g)].map(
      (m) => `${decodeEntities(m[1]!)}: ${m[2]}`,
    );
    return cells.join(" · ");
  }
  if (dialog && step === "exportForForms") {
    const text = decodeEntities(dialog.html.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ");
    const count = /(\d+) hồ sơ cán bộ/.exec(text)?.[1];
    return count ? `1 hồ sơ đơn vị và ${count} hồ sơ cán bộ.` : "";
  }
  return dialog ? firstParagraph(dialog.html) : "";
}

export function runAddon(
  sheets: readonly SheetInput[],
  codePath: string,
  options: RunOptions = {},
): AddonRun {
  const runtime = createSheetsRuntime({
    ...(options.spreadsheetName ? { spreadsheetName: options.spreadsheetName } : {}),
    ...(options.now ? { now: options.now } : {}),
    // Values from a workbook already have their types; text stays text, as in an imported file.
    parseStrings: false,
  });
  const addon = loadAddon(runtime, codePath);
  const messages: AddonMessage[] = [];
  const wanted = options.steps ?? addonSteps.map((step) => step.functionName);
  const steps = addonSteps.filter((step) => wanted.includes(step.functionName));

  if (options.fromTemplates) {
    addon.call("createTemplates");
    for (const alert of runtime.ui.alerts)
      messages.push({ step: "Tạo các trang", title: alert.title, text: alert.prompt });
    typeValues(runtime, sheets);
    const blank = runtime.spreadsheet.getSheetByName("Sheet1");
    if (blank && !sheets.some((s) => s.name === "Sheet1")) runtime.spreadsheet.deleteSheet(blank);
  } else {
    loadSheets(runtime, sheets);
  }
  runtime.resetCalls();

  steps.forEach((step, index) => {
    options.onStep?.(index + 1, steps.length, step.label);
    const shown = { alerts: runtime.ui.alerts.length, dialogs: runtime.ui.dialogs.length };
    const started = Date.now();
    addon.call(step.functionName);
    options.onStepDone?.(index + 1, Date.now() - started, outcome(runtime, step.functionName, shown));
    for (const alert of runtime.ui.alerts.slice(shown.alerts)) {
      messages.push({ step: step.label, title: alert.title, text: alert.prompt });
    }
  });
  return { runtime, payload: exportedPayload(runtime), messages };
}

/** The payload in the export dialog's <script id="payload"> (JSON, "<" written \u003c). */
export function exportedPayload(runtime: SheetsRuntime): Payload | null {
  for (const dialog of [...runtime.ui.dialogs].reverse()) {
    const match = /<script type="application\/json" id="payload"[^>]*>([\s\S]*?)<\/script>/.exec(dialog.html);
    if (!match?.[1]) continue;
    return PayloadSchema.parse(JSON.parse(match[1]));
  }
  return null;
}
