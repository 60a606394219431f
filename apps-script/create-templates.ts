// "Tạo các trang kế hoạch": make every sheet of the plan from the templates. A sheet that exists
// (by our name or a name staff use for it) is never overwritten: only its missing columns are added
// at the end of its header row, its data stays. The targets sheet follows the chosen plan while it
// is as the add-on wrote it (plan-choice.ts). Running it again changes nothing.

import { standardsPreset } from "../shared/succession/standards-preset";
import { presets } from "../shared/targets/presets";
import {
  type CellValue,
  type ColumnTemplate,
  defaultSettings,
  modelToRows,
  readSettings,
  readSheetValues,
  type Settings,
  type SheetTemplate,
  settingItems,
  settingsRows,
  sheetTemplatesFor,
  targetRows,
  templateById,
  termOfYear,
} from "../shared/templates";
import { headerKey, locateSheets, matchColumns } from "../shared/templates/locate";
import { runTime } from "./clock";
import {
  loadTargetsOrigin,
  planOf,
  replaceTargets,
  saveTargetsOrigin,
  targetsFingerprint,
} from "./plan-choice";
import { ensureSize } from "./report-sheet";
import { alertReply, type Changes, runExclusive } from "./run";
import { markSheet, unmarkSheet } from "./sheet-marks";
import { asSerialDates, planSheetsOf, SheetReader, type SheetValues } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const title = "Tạo các trang kế hoạch";
export const headerBackground = "#d9e7fd";
export const dateFormat = "dd/mm/yyyy";

/** What the run will do to one sheet, decided before anything is written. */
type SheetAction =
  | { kind: "create"; template: SheetTemplate; rows: CellValue[][] }
  | {
      kind: "addColumns";
      template: SheetTemplate;
      existing: SheetValues;
      columns: ColumnTemplate[];
      /** 1-based header row and first new column. */
      headerRow: number;
      start: number;
    }
  | { kind: "addSettingItems"; existing: SheetValues; rows: CellValue[][] }
  | { kind: "followPlan"; existing: SheetValues; settings: Settings };

const isBlankCell = (cell: CellValue) => cell === null || cell === undefined || String(cell).trim() === "";

/**
 * A sheet holds nothing when no cell has a value and none has a formula: a formula whose result is
 * "" reads as blank, but it is the user's work (its formulas are read only for a sheet that looks empty).
 */
function isEmptySheet(existing: SheetValues): boolean {
  if (!existing.values.every((r) => r.every(isBlankCell))) return false;
  return existing.sheet
    .getDataRange()
    .getFormulas()
    .every((r) => r.every((formula) => formula === ""));
}

/** The settings a new settings sheet starts with: the current plan year. */
function startingSettings(): Settings {
  const year = Number(runTime().today.slice(0, 4));
  return { ...defaultSettings, levels: [...defaultSettings.levels], planYear: year, term: termOfYear(year) };
}

/** The settings of the settings sheet as it is now (after this run created it), else the starting ones. */
function startingOrRead(spreadsheet: Spreadsheet): Settings {
  const { sheetNames, marked } = planSheetsOf(spreadsheet);
  const name = locateSheets(sheetNames, [templateById("settings")], marked).found.settings?.name;
  const sheet = name ? spreadsheet.getSheetByName(name) : null;
  return sheet
    ? readSettings(sheet.getDataRange().getValues() as CellValue[][]).settings
    : startingSettings();
}

function planActions(spreadsheet: Spreadsheet, sheets: SheetReader): SheetAction[] {
  const { sheetNames: names, marked } = planSheetsOf(spreadsheet);
  const settingsTemplate = templateById("settings");
  const settingsName = locateSheets(names, [settingsTemplate], marked).found.settings?.name;
  const settingsSheet = settingsName ? sheets.get(settingsName) : null;
  const settings = settingsSheet ? readSettings(settingsSheet.values).settings : startingSettings();
  const templates = sheetTemplatesFor(settings.levels);
  const { found } = locateSheets(names, templates, marked, settings.planYear);

  const actions: SheetAction[] = [];
  for (const template of templates) {
    const place = found[template.id];
    const existing = place ? sheets.get(place.name) : null;
    const empty = existing ? isEmptySheet(existing) : true;
    if (!existing || empty) {
      actions.push({ kind: "create", template, rows: startingRows(template, settings, templates) });
      continue;
    }
    if (template.id === "settings") {
      const items = new Set(existing.values.slice(1).map((r) => headerKey(String(r[0] ?? ""))));
      const missing = settingItems
        .filter((item) => ![item.label, ...item.aliases].some((label) => items.has(headerKey(label))))
        .map((item) => settingsRows(startingSettings()).find((r) => r[0] === item.label)!);
      if (missing.length > 0) actions.push({ kind: "addSettingItems", existing, rows: missing });
      continue;
    }
    const { headerRow } = readSheetValues(template, existing.values);
    const header = existing.values[headerRow] ?? [];
    const { index } = matchColumns(template, header);
    const columns = template.columns.filter((c) => index[c.key] === undefined);
    let width = header.length;
    while (width > 0 && isBlankCell(header[width - 1] ?? null)) width--;
    const start = Math.max(width, existing.values[0]?.length ?? 0) + 1;
    if (columns.length > 0) {
      actions.push({ kind: "addColumns", template, existing, columns, headerRow: headerRow + 1, start });
    }
    if (template.id === "targets" && followsPlan(existing, settings)) {
      actions.push({ kind: "followPlan", existing, settings });
    }
  }
  return actions;
}

/**
 * Whether the targets sheet, as the add-on last wrote it (not edited since), was made for another
 * plan, year or term than the settings now give: it then follows the settings.
 */
function followsPlan(existing: SheetValues, settings: Settings): boolean {
  const origin = loadTargetsOrigin();
  if (!origin || origin.fingerprint !== targetsFingerprint(existing.values)) return false;
  const plan = planOf(settings);
  return origin.preset !== plan.id || origin.year !== settings.planYear || origin.term !== settings.term;
}

/** Header row, plus the settings items or the preset's targets for those two sheets. */
function startingRows(
  template: SheetTemplate,
  settings: Settings,
  templates: SheetTemplate[],
): CellValue[][] {
  if (template.id === "settings") return settingsRows(settings);
  if (template.id === "targets") return targetRows(planOf(settings), templates);
  if (template.id === "standards") return modelToRows("standards", standardsPreset, templates);
  return [template.columns.map((c) => c.header)];
}

function validationRule(column: ColumnTemplate): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const builder = SpreadsheetApp.newDataValidation();
  if (column.type === "choice" && column.options?.length) {
    return builder
      .requireValueInList(column.options, true)
      .setAllowInvalid(false)
      .setHelpText(column.help)
      .build();
  }
  if (column.type === "choiceList" && column.options?.length) {
    // Several values go in one cell ("Bí thư; Phó Bí thư"): offer the list, accept other text.
    const help = `${column.help} Chọn một giá trị, hoặc ghi nhiều giá trị ngăn cách bằng dấu chấm phẩy.`;
    return builder
      .requireValueInList(column.options, true)
      .setAllowInvalid(true)
      .setHelpText(help.trim())
      .build();
  }
  if (column.type === "boolean") {
    return builder
      .requireValueInList(["Có", "Không"], true)
      .setAllowInvalid(false)
      .setHelpText(column.help)
      .build();
  }
  if (column.type === "date") {
    // Invalid dates are kept (with a warning) so that the data check can name them.
    return builder
      .requireDate()
      .setAllowInvalid(true)
      .setHelpText(`${column.help} Dạng ngày/tháng/năm.`.trim())
      .build();
  }
  return null;
}

function numberFormat(column: ColumnTemplate): string | null {
  if (column.type === "date") return dateFormat;
  // Phone numbers keep their leading 0; terms ("2025–2030") and ids stay text.
  if (
    column.type === "phone" ||
    column.type === "idNumber" ||
    column.type === "term" ||
    column.key === "id" ||
    column.key === "cadreId"
  )
    return "@";
  return null;
}

/** Headers (in `headerRow`), notes, widths, formats and dropdowns of `columns`, placed from column `start`. */
function formatColumns(sheet: Sheet, columns: ColumnTemplate[], start: number, headerRow = 1): void {
  const header = sheet.getRange(headerRow, start, 1, columns.length);
  header.setValues([columns.map((c) => c.header)]);
  header.setNotes([columns.map((c) => c.help)]);
  header.setFontWeight("bold").setBackground(headerBackground).setWrap(true);
  const dataRows = sheet.getMaxRows() - headerRow;
  columns.forEach((column, i) => {
    const position = start + i;
    sheet.setColumnWidth(position, column.width);
    if (dataRows < 1) return;
    const body = sheet.getRange(headerRow + 1, position, dataRows, 1);
    const format = numberFormat(column);
    if (format) body.setNumberFormat(format);
    const rule = validationRule(column);
    if (rule) body.setDataValidation(rule);
  });
}

function createSheet(
  spreadsheet: Spreadsheet,
  action: Extract<SheetAction, { kind: "create" }>,
  changes: Changes,
) {
  const { template, rows } = action;
  const existing = spreadsheet.getSheetByName(template.name);
  const sheet = existing ?? spreadsheet.insertSheet(template.name, spreadsheet.getNumSheets());
  if (!existing) changes.onUndo(() => spreadsheet.deleteSheet(sheet));
  markSheet(sheet, template.id);
  if (existing) changes.onUndo(() => unmarkSheet(sheet));
  const width = template.columns.length;
  ensureSize(sheet, rows.length + 1, width, existing ? changes : undefined);
  if (existing) {
    undoColumnsLater(sheet, 1, width, changes);
    const frozen = existing.getFrozenRows();
    changes.onUndo(() => sheet.setFrozenRows(frozen));
  }
  formatColumns(sheet, template.columns, 1);
  if (rows.length > 1) sheet.getRange(2, 1, rows.length - 1, width).setValues(asSerialDates(rows.slice(1)));
  sheet.setFrozenRows(1);
  if (template.id === "settings") settingsNotes(sheet, rows.length - 1);
}

/** Each settings item carries its help as a note; the preset item offers the built-in plans. */
function settingsNotes(sheet: Sheet, items: number): void {
  sheet.getRange(2, 1, items, 1).setNotes(settingItems.slice(0, items).map((item) => [item.help]));
  const presetRow = settingItems.findIndex((item) => item.key === "presetId");
  if (presetRow >= 0 && presetRow < items) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(
        presets.map((p) => p.label),
        true,
      )
      .setAllowInvalid(false)
      .build();
    sheet.getRange(presetRow + 2, 2).setDataValidation(rule);
  }
}

/**
 * Registers the undo of columns about to be written: the cells go back to blank, without format,
 * note or dropdown, and the columns to their widths.
 */
function undoColumnsLater(sheet: Sheet, start: number, count: number, changes: Changes): void {
  const widths = Array.from({ length: count }, (_, i) => sheet.getColumnWidth(start + i));
  changes.onUndo(() => {
    const range = sheet.getRange(1, start, sheet.getMaxRows(), count);
    range.clear();
    range.clearDataValidations();
    range.clearNote();
    widths.forEach((width, i) => {
      sheet.setColumnWidth(start + i, width);
    });
  });
}

export function createTemplates(): void {
  runExclusive(title, (changes: Changes) => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const actions = planActions(spreadsheet, new SheetReader(spreadsheet));
    const done: string[] = [];
    for (const action of actions) {
      if (action.kind === "create") {
        createSheet(spreadsheet, action, changes);
        if (action.template.id === "targets") {
          const settings = startingOrRead(spreadsheet);
          const sheet = spreadsheet.getSheetByName(action.template.name)!;
          saveTargetsOrigin(planOf(settings), settings, sheet, changes);
        }
        done.push(`Đã tạo trang “${action.template.name}”.`);
      } else if (action.kind === "addColumns") {
        const { sheet } = action.existing;
        ensureSize(sheet, 1, action.start + action.columns.length - 1, changes);
        undoColumnsLater(sheet, action.start, action.columns.length, changes);
        formatColumns(sheet, action.columns, action.start, action.headerRow);
        const names = action.columns.map((c) => `“${c.header}”`).join(", ");
        done.push(`Trang “${sheet.getName()}”: thêm cột ${names} vào cuối.`);
      } else if (action.kind === "followPlan") {
        const plan = replaceTargets(action.existing.sheet, action.settings, changes);
        done.push(
          `Trang “${action.existing.sheet.getName()}”: cập nhật theo “${plan.title}” (chưa sửa tay nên được thay).`,
        );
      } else {
        const { sheet, values } = action.existing;
        const start = values.length + 1;
        ensureSize(sheet, start + action.rows.length - 1, 2, changes);
        const range = sheet.getRange(start, 1, action.rows.length, 2);
        changes.onUndo(() => range.clearContent());
        range.setValues(action.rows);
        const names = action.rows.map((r) => `“${r[0]}”`).join(", ");
        done.push(`Trang “Cài đặt”: thêm mục ${names}.`);
      }
    }
    const first = spreadsheet.getSheetByName(templateById("settings").name);
    if (actions.some((a) => a.kind === "create") && first) first.activate();
    const message = done.length
      ? `${done.join("\n")}\n\nDữ liệu sẵn có được giữ nguyên.`
      : "Các trang kế hoạch đã đủ, không có gì thay đổi.";
    return alertReply(title, message);
  });
}
