// npm run template's workbook: the sheets the built add-on creates in an empty spreadsheet,
// written to .xlsx and read back with exceljs.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAddonBuilt } from "../../scripts/start/build-if-needed";
import { templateSheets } from "../../scripts/template";
import { useSheetTimeZone } from "../../scripts/xlsx/dates";
import { LIST_SHEET_NAME } from "../../scripts/xlsx/model";
import { writeWorkbookFile } from "../../scripts/xlsx/write";
import { findPreset } from "../../shared/targets/presets";
import { defaultSettings, sheetTemplates, templateById, termOfYear } from "../../shared/templates";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
let dir = "";
let book: ExcelJS.Workbook;

beforeAll(async () => {
  useSheetTimeZone();
  dir = await mkdtemp(join(tmpdir(), "template-"));
  const path = join(dir, "mau.xlsx");
  await writeWorkbookFile(templateSheets(await ensureAddonBuilt(root, () => {})), path);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the template workbook", () => {
  it("has every sheet of the plan with its headers, help notes and a frozen header", () => {
    expect(book.worksheets.filter((s) => s.name !== LIST_SHEET_NAME).map((s) => s.name)).toEqual(
      sheetTemplates.map((t) => t.name),
    );
    for (const template of sheetTemplates) {
      const sheet = book.getWorksheet(template.name)!;
      template.columns.forEach((column, i) => {
        const cell = sheet.getCell(1, i + 1);
        expect(cell.value).toBe(column.header);
        if (column.help) expect(cell.note).toBe(column.help);
      });
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
  });

  it("offers dropdowns from the options and formats dates as dd/mm/yyyy", () => {
    const cadres = templateById("cadres");
    const sheet = book.getWorksheet(cadres.name)!;
    const column = (key: string) => cadres.columns.findIndex((c) => c.key === key) + 1;
    const gender = sheet.getCell(2, column("gender")).dataValidation;
    expect(gender).toMatchObject({ type: "list", errorStyle: "stop" });
    const [, listColumn] = /!\$([A-Z]+)\$1:/.exec(String(gender.formulae[0])) ?? [];
    const lists = book.getWorksheet(LIST_SHEET_NAME)!;
    expect([lists.getCell(`${listColumn}1`).value, lists.getCell(`${listColumn}2`).value]).toEqual([
      "Nam",
      "Nữ",
    ]);
    expect(sheet.getCell(50, column("dateOfBirth")).numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getCell(50, column("dateOfBirth")).dataValidation).toMatchObject({ type: "date" });
    expect(sheet.getCell(2, column("phone")).numFmt).toBe("@");
    expect(sheet.getColumn(column("fullName")).width).toBeGreaterThan(
      sheet.getColumn(column("gender")).width ?? 0,
    );
  });

  it("fills the settings and the chosen preset's targets", () => {
    const settings = book.getWorksheet(templateById("settings").name)!;
    const items = settings.getColumn(1).values.slice(2);
    expect(items).toContain("Bộ chỉ tiêu");
    const preset = findPreset(defaultSettings.presetId)!;
    expect(settings.getColumn(2).values).toContain(preset.label);
    const targets = book.getWorksheet(templateById("targets").name)!;
    const year = Number(settings.getColumn(2).values[3]);
    expect(year).toBe(new Date().getFullYear());
    const ids = targets.getColumn(1).values.slice(2);
    expect(ids).toEqual(preset.targets({ planYear: year, term: termOfYear(year) }).map((t) => t.id));
  });
});
