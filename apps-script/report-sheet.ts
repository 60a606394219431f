// The sheets the add-on writes (target results, submission tracking, the report to send up) are
// known by their mark and rewritten in place: the same sheet, the same id, so that the user's
// formulas, charts and filter views that point at them keep working. The new content is first
// written whole into a hidden scratch sheet, then pasted over the old content in one call; until
// then the old report is untouched, so a run that fails leaves it as it was. The paste covers the
// area the last report wrote and the new one's, no more: a note or colour the user put beside the
// report stays. A chart of the report is kept across runs (found by its id) and updated in place.
import type { CellValue } from "../shared/templates";
import { type Changes, UserError } from "./run";
import { freeSheetName, MarkedSheets, markSheet, type SheetRole } from "./sheet-marks";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Grid<T> = Array<Array<T | null>>;

/** A rectangle written with one call per property, from `column` (default A). */
export interface ReportBlock {
  row: number;
  column?: number;
  values: CellValue[][];
  backgrounds?: Grid<string>;
  fontColors?: Grid<string>;
  fontWeights?: Grid<"bold" | "normal">;
  fontStyles?: Grid<"italic" | "normal">;
  fontLines?: Grid<"underline" | "none">;
  /** Points; 10 is Sheets' own size. */
  fontSizes?: number[][];
  horizontalAlignments?: Grid<"left" | "center" | "right">;
  verticalAlignments?: Grid<"top" | "middle" | "bottom">;
  wraps?: boolean[][];
  numberFormats?: string[][];
  /** Cell notes ("" for none): what a short cell stands for, read by pointing at it. */
  notes?: string[][];
  /** Thin borders around and between every cell of the block (a table). */
  borders?: boolean;
  /** Every cell wraps its text (one call instead of a grid). */
  wrapAll?: boolean;
  /** Every cell's text starts at the top (rows of a table grow with their longest cell). */
  alignTop?: boolean;
}

/** A chart over the report's cells: kept across runs (known by `key`), updated in place. */
export interface ReportChart {
  /** Names the chart among the report's, e.g. "shareByTarget". */
  key: string;
  type: "COLUMN" | "BAR";
  /** Areas of the report: [row, column, rows, columns]; the first is the categories. */
  ranges: Array<[number, number, number, number]>;
  /** Header rows at the top of the ranges (their names become the series' names). */
  headers: number;
  /** The cell of its top left corner. */
  anchor: { row: number; column: number };
  /** Chart options set on every run (what the data needs: the axis as a share from 0 to 100 %). */
  options: Record<string, string | number | boolean | string[]>;
  /** Options set when the chart is made (title, colours, size): a user's change to them is kept. */
  look: Record<string, string | number | boolean | string[]>;
}

/** How the sheet prints: what Apps Script cannot set is kept in metadata for the PDF link and the .xlsx. */
export interface PrintSetup {
  orientation: "portrait" | "landscape";
  /** Scaled to the page's width. */
  fitWidth: boolean;
}

export interface ReportSheet {
  /** The name a new sheet takes; an existing one keeps whatever name the user gave it. */
  name: string;
  role: SheetRole;
  /** Frozen rows are repeated at the top of every printed page. */
  frozenRows: number;
  columnWidths: number[];
  blocks: ReportBlock[];
  /** Merged areas: [row, column, rows, columns]. */
  merges?: Array<[number, number, number, number]>;
  charts?: ReportChart[];
  /** Rows where named sections start (for links to them). */
  sections?: Record<string, number>;
  /** Heights of rows whose merged, wrapped text Sheets does not fit by itself (the others fit their text). */
  rowHeights?: Array<[row: number, pixels: number]>;
  /** Font of the whole written area, before the blocks' own sizes. */
  font?: { family: string; size: number };
  hideGridlines?: boolean;
  print: PrintSetup;
}

export const printKey = "cadrePlan.print";
/** The area the report last wrote, "57x16" (rows × columns): the next run rewrites no more than it and its own. */
export const areaKey = "cadrePlan.area";
/** "shareByTarget#1234567": the id of each chart the report made. */
export const chartKey = "cadrePlan.chart";

/** "A4 landscape fit-width": the print setup as kept on the sheet. */
export function printValue(print: PrintSetup): string {
  return `A4 ${print.orientation}${print.fitWidth ? " fit-width" : ""}`;
}

/**
 * Grows a sheet so that rows × columns fit (writing outside a sheet's grid is an error).
 * With `changes`, a failed run deletes the rows and columns added here.
 */
export function ensureSize(sheet: Sheet, rows: number, columns: number, changes?: Changes): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) {
    sheet.insertRowsAfter(maxRows, rows - maxRows);
    changes?.onUndo(() => sheet.deleteRows(maxRows + 1, rows - maxRows));
  }
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) {
    sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
    changes?.onUndo(() => sheet.deleteColumns(maxColumns + 1, columns - maxColumns));
  }
}

function writeBlock(sheet: Sheet, block: ReportBlock): void {
  const height = block.values.length;
  const width = block.values[0]?.length ?? 0;
  if (height === 0 || width === 0) return;
  const range = sheet.getRange(block.row, block.column ?? 1, height, width);
  if (block.numberFormats) range.setNumberFormats(block.numberFormats);
  range.setValues(block.values);
  if (block.backgrounds) range.setBackgrounds(block.backgrounds);
  if (block.fontColors) range.setFontColors(block.fontColors);
  if (block.fontWeights) range.setFontWeights(block.fontWeights);
  if (block.fontStyles) range.setFontStyles(block.fontStyles);
  if (block.fontLines) range.setFontLines(block.fontLines);
  if (block.fontSizes) range.setFontSizes(block.fontSizes);
  if (block.notes) range.setNotes(block.notes);
  if (block.horizontalAlignments) range.setHorizontalAlignments(block.horizontalAlignments);
  if (block.verticalAlignments) range.setVerticalAlignments(block.verticalAlignments);
  if (block.wraps) range.setWraps(block.wraps);
  if (block.wrapAll) range.setWrap(true);
  if (block.alignTop) range.setVerticalAlignment("top");
  if (block.borders) {
    range.setBorder(true, true, true, true, true, true, "#000000", SpreadsheetApp.BorderStyle.SOLID);
  }
}

export function reportSize(report: ReportSheet): { rows: number; columns: number } {
  let rows = 1;
  let columns = report.columnWidths.length;
  for (const block of report.blocks) {
    rows = Math.max(rows, block.row + block.values.length - 1);
    columns = Math.max(columns, (block.column ?? 1) - 1 + (block.values[0]?.length ?? 0));
  }
  return { rows, columns };
}

/** Writes the whole report into a sheet that holds nothing yet (new, or scratch). */
function writeReport(sheet: Sheet, report: ReportSheet, size: { rows: number; columns: number }): void {
  ensureSize(sheet, size.rows, size.columns);
  const { rows, columns } = reportSize(report);
  if (report.font) {
    sheet.getRange(1, 1, rows, columns).setFontFamily(report.font.family).setFontSize(report.font.size);
  }
  for (const block of report.blocks) writeBlock(sheet, block);
  for (const [row, column, height, width] of report.merges ?? []) {
    sheet.getRange(row, column, height, width).merge();
  }
}

/** The sheet's look that is not in its cells: frozen rows, widths, gridlines, print setup. */
function setSheetLook(sheet: Sheet, report: ReportSheet, changes?: Changes): void {
  if (changes) {
    const frozen = sheet.getFrozenRows();
    const gridlines = sheet.hasHiddenGridlines();
    const widths = report.columnWidths.map((_, i) => sheet.getColumnWidth(i + 1));
    changes.onUndo(() => {
      sheet.setFrozenRows(frozen);
      sheet.setHiddenGridlines(gridlines);
      widths.forEach((width, i) => {
        sheet.setColumnWidth(i + 1, width);
      });
    });
  }
  sheet.setFrozenRows(report.frozenRows);
  sheet.setHiddenGridlines(Boolean(report.hideGridlines));
  report.columnWidths.forEach((width, i) => {
    sheet.setColumnWidth(i + 1, width);
  });
  const size = reportSize(report);
  setMetadata(sheet, printKey, [printValue(report.print)], changes);
  setMetadata(sheet, areaKey, [`${size.rows}x${size.columns}`], changes);
}

/**
 * Sets the sheet's metadata under `key` to `values`: entries already there are given their new
 * value in place (nothing moves when nothing changed); with `changes`, a failed run puts the old back.
 */
function setMetadata(sheet: Sheet, key: string, values: string[], changes?: Changes): void {
  const old = sheet.createDeveloperMetadataFinder().withKey(key).find();
  const before = old.map((m) => m.getValue() ?? "");
  if (before.length === values.length) {
    old.forEach((metadata, i) => {
      if (before[i] === values[i]) return;
      metadata.setValue(values[i]!);
      changes?.onUndo(() => metadata.setValue(before[i]!));
    });
    return;
  }
  for (const metadata of old) metadata.remove();
  for (const value of values) sheet.addDeveloperMetadata(key, value);
  changes?.onUndo(() => {
    for (const metadata of sheet.createDeveloperMetadataFinder().withKey(key).find()) metadata.remove();
    for (const value of before) sheet.addDeveloperMetadata(key, value);
  });
}

/**
 * The area the last report wrote: from its metadata, or, on a sheet written before the area was
 * kept, the extent of its content.
 */
function lastArea(sheet: Sheet): { rows: number; columns: number } {
  const [kept] = sheet.createDeveloperMetadataFinder().withKey(areaKey).find();
  const match = /^(\d+)x(\d+)$/.exec(kept?.getValue() ?? "");
  if (match) return { rows: Number(match[1]), columns: Number(match[2]) };
  return { rows: sheet.getLastRow(), columns: sheet.getLastColumn() };
}

/**
 * Puts the report's charts on the sheet: a chart made by an earlier run (its id kept in the
 * sheet's metadata) is updated in place, so that it stays one chart with whatever the user changed
 * in its look; a chart the user deleted is made again. Charts of the user's are left alone.
 */
function writeCharts(sheet: Sheet, report: ReportSheet, changes?: Changes): void {
  const wanted = report.charts ?? [];
  const kept = new Map<string, number>();
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(chartKey).find()) {
    const [key, id] = (metadata.getValue() ?? "").split("#");
    if (key && id) kept.set(key, Number(id));
  }
  if (wanted.length === 0 && kept.size === 0) return;
  const charts = sheet.getCharts();
  const ids: string[] = [];
  for (const chart of wanted) {
    const old = charts.find((c) => c.getChartId() === kept.get(chart.key));
    let builder = (old ? old.modify() : sheet.newChart()).clearRanges();
    builder = chart.type === "BAR" ? builder.asBarChart() : builder.asColumnChart();
    for (const [row, column, rows, columns] of chart.ranges)
      builder = builder.addRange(sheet.getRange(row, column, rows, columns));
    builder = builder
      .setNumHeaders(chart.headers)
      .setMergeStrategy(Charts.ChartMergeStrategy.MERGE_COLUMNS)
      .setPosition(chart.anchor.row, chart.anchor.column, 0, 0);
    const options = old ? chart.options : { ...chart.look, ...chart.options };
    for (const [option, value] of Object.entries(options)) builder = builder.setOption(option, value);
    if (old) {
      sheet.updateChart(builder.build());
      changes?.onUndo(() => sheet.updateChart(old));
      ids.push(`${chart.key}#${old.getChartId()}`);
    } else {
      const before = new Set(sheet.getCharts().map((c) => c.getChartId()));
      sheet.insertChart(builder.build());
      const made = sheet.getCharts().find((c) => !before.has(c.getChartId()));
      if (made) {
        changes?.onUndo(() => sheet.removeChart(made));
        ids.push(`${chart.key}#${made.getChartId()}`);
      }
    }
  }
  setMetadata(sheet, chartKey, ids, changes);
}

/** Rows fit their text again (an older report's heights do not linger), then the merged ones are set. */
function fitRows(sheet: Sheet, report: ReportSheet): void {
  sheet.autoResizeRows(1, reportSize(report).rows);
  for (const [row, pixels] of report.rowHeights ?? []) sheet.setRowHeight(row, pixels);
}

/**
 * A link that downloads the sheet as a PDF with its print setup (A4, orientation, fit to width,
 * frozen rows repeated, no gridlines): Sheets' own export, opened in the user's browser, so the
 * add-on needs no more permission than it has.
 */
export function pdfLink(spreadsheet: Spreadsheet, sheet: Sheet, print: PrintSetup): string {
  const options = [
    "format=pdf",
    `gid=${sheet.getSheetId()}`,
    "size=A4",
    `portrait=${print.orientation === "portrait"}`,
    `fitw=${print.fitWidth}`,
    "gridlines=false",
    "fzr=true",
    "sheetnames=false",
    "printtitle=false",
    "pagenum=CENTER",
    "top_margin=0.79",
    "bottom_margin=0.79",
    "left_margin=1.18",
    "right_margin=0.59",
  ];
  return `https://docs.google.com/spreadsheets/d/${spreadsheet.getId()}/export?${options.join("&")}`;
}

/** Refused before anything is written: a protection the running person may not edit covers the sheet. */
export class ProtectedSheetError extends UserError {}

function checkEditable(sheet: Sheet): void {
  const types = [SpreadsheetApp.ProtectionType.SHEET, SpreadsheetApp.ProtectionType.RANGE];
  const blocked = types.some((type) => sheet.getProtections(type).some((p) => !p.canEdit()));
  if (!blocked) return;
  throw new ProtectedSheetError(
    `Trang “${sheet.getName()}” đang được bảo vệ và bạn không có quyền sửa, nên chưa ghi được kết quả mới; nội dung cũ của trang được giữ nguyên. Hãy nhờ người đã bảo vệ trang thêm bạn vào danh sách được sửa (Dữ liệu → Bảo vệ trang tính và dải ô), hoặc chọn “Chỉ hiện cảnh báo”.`,
  );
}

/** Sheets a run wrote into before it was cut off (past Apps Script's 6 minutes no undo runs). */
function deleteScratchSheets(spreadsheet: Spreadsheet, marks: MarkedSheets): void {
  for (const sheet of marks.all("scratch")) {
    try {
      spreadsheet.deleteSheet(sheet);
    } catch {
      // Left for the next run; it is hidden and holds nothing of the user's.
    }
  }
}

/**
 * Writes `report` into the add-on's sheet for its role: a new sheet the first time (named
 * `report.name`, or "… (2)" when a sheet of the user's has that name), the same sheet rewritten
 * in place afterwards. Returns the sheet.
 */
export function writeReportSheet(spreadsheet: Spreadsheet, report: ReportSheet, changes: Changes): Sheet {
  const marks = MarkedSheets.read(spreadsheet);
  deleteScratchSheets(spreadsheet, marks);
  const active = spreadsheet.getActiveSheet();
  changes.onUndo(() => active?.activate());
  const size = reportSize(report);

  const existing = marks.get(report.role);
  if (!existing) {
    const sheet = spreadsheet.insertSheet(
      freeSheetName(spreadsheet, report.name),
      spreadsheet.getNumSheets(),
    );
    changes.onUndo(() => spreadsheet.deleteSheet(sheet));
    markSheet(sheet, report.role);
    writeReport(sheet, report, size);
    setSheetLook(sheet, report);
    writeCharts(sheet, report);
    fitRows(sheet, report);
    return sheet;
  }

  checkEditable(existing);
  const scratch = spreadsheet.insertSheet(
    freeSheetName(spreadsheet, `${report.name} (đang ghi)`),
    spreadsheet.getNumSheets(),
  );
  changes.onUndo(() => spreadsheet.deleteSheet(scratch));
  markSheet(scratch, "scratch");
  scratch.hideSheet();
  // The paste covers the old report's area and the new one's: nothing of a longer old report is
  // left over, and what the user keeps beside the report is not touched.
  const old = lastArea(existing);
  const rows = Math.max(size.rows, old.rows);
  const columns = Math.max(size.columns, old.columns);
  writeReport(scratch, report, { rows, columns });
  ensureSize(existing, rows, columns, changes);
  writeCharts(existing, report, changes);
  setSheetLook(existing, report, changes);
  // The one call that replaces the old content (merges too): before it the old report is whole.
  scratch.getRange(1, 1, rows, columns).copyTo(existing.getRange(1, 1));
  changes.commit();
  changes.onUndo(() => active?.activate());
  try {
    spreadsheet.deleteSheet(scratch);
  } catch {
    // Deleted by the next run (it is marked as scratch).
  }
  fitRows(existing, report);
  return existing;
}
