// "Chọn kế hoạch mẫu": which built-in plan the targets sheet follows. The targets sheet is the
// user's to edit; the add-on remembers a fingerprint of what it last wrote there, so that it
// replaces the sheet only while it is as written, and asks before replacing targets the user edited.
import { dateToIso } from "../shared/dates";
import type { Plan } from "../shared/model";
import { findPreset, planFor, presets } from "../shared/targets/presets";
import {
  type CellValue,
  readSettings,
  type Settings,
  settingItems,
  sheetTemplatesFor,
  targetRows,
  templateById,
} from "../shared/templates";
import { headerKey, locateSheets } from "../shared/templates/locate";
import { alertReply, type Changes, runExclusive, UserError } from "./run";
import { asSerialDates, planSheetsOf } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const title = "Chọn kế hoạch mẫu";
const originKey = "cadrePlan.targetsOrigin";

/** What the add-on last wrote in the targets sheet: for which plan, year and term, and its fingerprint. */
export interface TargetsOrigin {
  preset: string;
  year: number;
  term: string;
  fingerprint: string;
}

/** The sheet's cells as one text (dates as yyyy-mm-dd, blank cells and rows at the ends dropped). */
export function targetsFingerprint(values: CellValue[][]): string {
  const rows = values.map((row) => {
    const cells = row.map((cell) =>
      cell instanceof Date ? dateToIso(cell) : cell === null ? "" : String(cell).trim(),
    );
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return JSON.stringify(rows);
}

export function loadTargetsOrigin(): TargetsOrigin | undefined {
  const text = PropertiesService.getDocumentProperties().getProperty(originKey);
  if (!text) return undefined;
  try {
    const origin = JSON.parse(text) as TargetsOrigin;
    return typeof origin.fingerprint === "string" ? origin : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers what the targets sheet now holds as the add-on's writing of `plan`. */
export function saveTargetsOrigin(plan: Plan, settings: Settings, sheet: Sheet, changes: Changes): void {
  const properties = PropertiesService.getDocumentProperties();
  const before = properties.getProperty(originKey);
  const origin: TargetsOrigin = {
    preset: plan.id,
    year: settings.planYear,
    term: settings.term,
    fingerprint: targetsFingerprint(sheet.getDataRange().getValues() as CellValue[][]),
  };
  properties.setProperty(originKey, JSON.stringify(origin));
  changes.onUndo(() => {
    if (before === null) properties.deleteProperty(originKey);
    else properties.setProperty(originKey, before);
  });
}

/** The plan of the settings; a preset the settings name that does not exist is the user's to fix. */
export function planOf(settings: Settings): Plan {
  if (!findPreset(settings.presetId)) {
    const known = presets.map((p) => `“${p.label}”`).join(", ");
    throw new UserError(
      `Trang “Cài đặt”, mục “Bộ chỉ tiêu”: không có kế hoạch mẫu “${settings.presetId}”. Các kế hoạch có sẵn: ${known}.`,
    );
  }
  return planFor(settings);
}

/** Writes the plan of the settings into the targets sheet in place of its rows, and remembers it. */
export function replaceTargets(sheet: Sheet, settings: Settings, changes: Changes): Plan {
  const plan = planOf(settings);
  const rows = targetRows(plan, sheetTemplatesFor(settings.levels));
  const old = sheet.getDataRange();
  const oldValues = old.getValues();
  const height = Math.max(oldValues.length, rows.length);
  const width = Math.max(oldValues[0]?.length ?? 0, rows[0]?.length ?? 0);
  if (sheet.getMaxRows() < height) sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
  const area = sheet.getRange(1, 1, height, width);
  const before = area.getValues();
  changes.onUndo(() => area.setValues(before));
  const padded = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? ""),
  );
  area.setValues(asSerialDates(padded));
  saveTargetsOrigin(plan, settings, sheet, changes);
  return plan;
}

interface Workbook {
  settingsSheet: Sheet;
  settings: Settings;
  /** The row of "Bộ chỉ tiêu" in the settings sheet (1-based), and its value column. */
  presetCell: { row: number; column: number } | undefined;
  targetsSheet: Sheet | null;
}

function workbookOf(spreadsheet: Spreadsheet): Workbook {
  const { sheetNames: names, marked } = planSheetsOf(spreadsheet);
  const settingsName = locateSheets(names, [templateById("settings")], marked).found.settings?.name;
  const settingsSheet = settingsName ? spreadsheet.getSheetByName(settingsName) : null;
  if (!settingsSheet)
    throw new UserError("Chưa có trang “Cài đặt”. Hãy chạy “Tạo các trang kế hoạch” trước.");
  const values = settingsSheet.getDataRange().getValues() as CellValue[][];
  const settings = readSettings(values, settingsSheet.getName()).settings;
  const item = settingItems.find((i) => i.key === "presetId")!;
  const labels = new Set([item.label, ...item.aliases].map(headerKey));
  const row = values.findIndex((r, i) => i > 0 && labels.has(headerKey(String(r[0] ?? ""))));
  const found = locateSheets(names, sheetTemplatesFor(settings.levels), marked, settings.planYear).found;
  return {
    settingsSheet,
    settings,
    presetCell: row > 0 ? { row: row + 1, column: 2 } : undefined,
    targetsSheet: found.targets ? spreadsheet.getSheetByName(found.targets.name) : null,
  };
}

/** Whether the targets sheet holds something the add-on did not write (edited, or made by hand). */
function isEdited(sheet: Sheet): boolean {
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const origin = loadTargetsOrigin();
  if (origin) return origin.fingerprint !== targetsFingerprint(values);
  // Never written by the add-on: edited when it holds more than a header.
  return values.slice(1).some((row) => row.some((cell) => cell !== "" && cell !== null));
}

export function choosePlan(): void {
  const ui = SpreadsheetApp.getUi();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let workbook: Workbook;
  try {
    workbook = workbookOf(spreadsheet);
  } catch (error) {
    if (error instanceof UserError) {
      ui.alert(title, error.message, ui.ButtonSet.OK);
      return;
    }
    throw error;
  }
  const current = findPreset(workbook.settings.presetId);
  const list = presets
    .map((p, i) => `${i + 1}. ${p.label}${p === current ? " (đang dùng)" : ""}\n    ${p.description}`)
    .join("\n\n");
  // Asked before the lock is taken: a question holds nothing while the user reads.
  const answer = ui.prompt(title, `${list}\n\nGõ số thứ tự của kế hoạch muốn dùng:`, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const chosen = presets[Number(answer.getResponseText().trim()) - 1];
  if (!chosen) {
    ui.alert(
      title,
      `“${answer.getResponseText()}” không phải số thứ tự trong danh sách (1–${presets.length}).`,
      ui.ButtonSet.OK,
    );
    return;
  }
  const edited = workbook.targetsSheet ? isEdited(workbook.targetsSheet) : false;
  if (edited) {
    const sure = ui.alert(
      title,
      `Trang “${workbook.targetsSheet!.getName()}” đã được sửa tay so với kế hoạch mẫu lần trước. ` +
        `Thay toàn bộ chỉ tiêu trên trang đó bằng “${chosen.label}”?\n\n` +
        "Chọn “Không” để giữ nguyên các chỉ tiêu đã sửa (chỉ đổi mục “Bộ chỉ tiêu” ở trang Cài đặt).",
      ui.ButtonSet.YES_NO,
    );
    if (sure === ui.Button.NO) {
      // Said only once the setting is written: a failed run says why instead.
      runExclusive(title, (changes) => {
        writePresetSetting(workbookOf(spreadsheet), chosen.label, changes);
        return alertReply(title, `Đã chọn “${chosen.label}”; trang Chỉ tiêu được giữ nguyên.`);
      });
      return;
    }
    if (sure !== ui.Button.YES) return;
  }
  runExclusive(title, (changes) => {
    const now = workbookOf(spreadsheet);
    if (now.targetsSheet && !edited && isEdited(now.targetsSheet)) {
      throw new UserError("Trang Chỉ tiêu vừa được sửa trong lúc chọn. Hãy chạy lại “Chọn kế hoạch mẫu”.");
    }
    writePresetSetting(now, chosen.label, changes);
    const settings = { ...now.settings, presetId: chosen.id };
    if (!now.targetsSheet) {
      return alertReply(
        title,
        `Đã chọn “${chosen.label}”. Chạy “Tạo các trang kế hoạch” để tạo trang Chỉ tiêu theo kế hoạch này.`,
      );
    }
    const plan = replaceTargets(now.targetsSheet, settings, changes);
    return alertReply(
      title,
      `Đã chọn “${chosen.label}”: trang “${now.targetsSheet.getName()}” có ${plan.targets.length} chỉ tiêu của năm ${settings.planYear}.`,
    );
  });
}

function writePresetSetting(workbook: Workbook, label: string, changes: Changes): void {
  const { settingsSheet, presetCell } = workbook;
  const at = presetCell ?? { row: settingsSheet.getLastRow() + 1, column: 2 };
  const range = settingsSheet.getRange(at.row, 1, 1, 2);
  const before = range.getValues();
  changes.onUndo(() => range.setValues(before));
  range.setValues([
    [presetCell ? before[0]![0] : settingItems.find((i) => i.key === "presetId")!.label, label],
  ]);
}
