import { describe, expect, it } from "vitest";
import {
  generateCityDataset,
  generateSampleWorkbook,
  sampleData,
  sampleDeliberateErrors,
} from "../../shared/sample";
import { evaluatePlan } from "../../shared/targets/engine";
import { preset2023 } from "../../shared/targets/preset-2023";
import {
  type CellValue,
  modelToRows,
  readWorkbook,
  sheetTemplates,
  templateById,
} from "../../shared/templates";

const read = (workbook: Record<string, CellValue[][]>) => readWorkbook(workbook);
const dataRows = (workbook: Record<string, CellValue[][]>, sheet: string) => workbook[sheet]!.length - 1;

describe("sample workbook", () => {
  const workbook = generateSampleWorkbook();
  const result = sampleData();

  it("has every sheet, about 150 cadres and the planned units", () => {
    expect(Object.keys(workbook)).toEqual(sheetTemplates.map((t) => t.name));
    expect(dataRows(workbook, "Cán bộ")).toBeGreaterThanOrEqual(140);
    expect(dataRows(workbook, "Cán bộ")).toBeLessThanOrEqual(160);
    const units = result.data.units;
    expect(units[0]).toMatchObject({ name: "Đoàn phường Tân Phú", level: "Phường, xã" });
    const base = units.filter((u) => u.level === "Cơ sở");
    expect(base.length).toBeGreaterThanOrEqual(10);
    expect(base.length).toBeLessThanOrEqual(12);
    expect(new Set(base.map((u) => u.sector))).toEqual(
      new Set(["residential", "workers", "publicService", "schools", "armedForces"]),
    );
    expect(base.some((u) => u.name!.startsWith("Đoàn trường THPT"))).toBe(true);
    expect(base.some((u) => u.name!.startsWith("Đoàn trường Cao đẳng"))).toBe(true);
    expect(result.settings).toMatchObject({
      unitName: "Đoàn phường Tân Phú",
      planYear: 2023,
      presetId: "ke-hoach-can-bo-2023",
    });
  });

  it("reports exactly the deliberate errors, at their sheet, row and column", () => {
    const found = result.problems.map((p) => ({
      sheet: p.sheet,
      row: p.row,
      header: p.header,
      value: p.value,
    }));
    const planted = sampleDeliberateErrors.map((e) => ({
      sheet: e.sheet,
      row: e.row,
      header: e.header,
      value: e.value,
    }));
    expect(found).toEqual(planted);
    expect(result.missingSheets).toEqual([]);
    expect(result.missingColumns).toEqual([]);
    // The column number points at the header in the actual sheet.
    for (const p of result.problems) expect(workbook[p.sheet]![0]![p.column - 1]).toBe(p.header);
  });

  it("keeps every row, those with a bad cell too, and leaves only the bad cells out", () => {
    expect(result.data.cadres).toHaveLength(dataRows(workbook, "Cán bộ"));
    expect(result.data.trainings).toHaveLength(dataRows(workbook, "Đào tạo bồi dưỡng"));
    for (const error of sampleDeliberateErrors.filter((e) => e.sheet === "Cán bộ")) {
      const cadre = result.data.cadres.find((c) => c.row === error.row)!;
      expect(cadre, `row ${error.row}`).toBeDefined();
      expect(Object.values(cadre.invalid ?? {}), `row ${error.row}`).toEqual([
        expect.stringContaining(`ô "${error.header}" (dòng ${error.row})`),
      ]);
    }
    expect(result.data.units).toHaveLength(dataRows(workbook, "Đơn vị"));
    expect(result.data.successions).toHaveLength(dataRows(workbook, "Quy hoạch"));
    expect(result.data.rotations).toHaveLength(dataRows(workbook, "Luân chuyển bố trí"));
    expect(result.data.reviews).toHaveLength(dataRows(workbook, "Đánh giá"));
    expect(result.data.submissions).toHaveLength(dataRows(workbook, "Nộp kế hoạch"));
    const allRows = Object.values(workbook).reduce((sum, rows) => sum + rows.length - 1, 0);
    expect(result.rowsRead).toBe(allRows - dataRows(workbook, "Cài đặt"));
  });

  it("reads what people type: phones without their 0, dates as text, labels without diacritics", () => {
    const rows = workbook["Cán bộ"]!;
    const phone = rows[0]!.indexOf("Điện thoại");
    const typedAsNumber = rows.filter((r) => typeof r[phone] === "number");
    expect(typedAsNumber.length).toBeGreaterThan(0);
    for (const row of typedAsNumber) {
      const cadre = result.data.cadres.find((c) => c.id === row[0]);
      if (cadre) expect(cadre.phone).toBe(`0${row[phone]}`);
    }
    const birth = rows[0]!.indexOf("Ngày sinh");
    expect(
      rows.some((r) => typeof r[birth] === "string" && /^\d\d\/\d\d\/\d{4}$/.test(String(r[birth]))),
    ).toBe(true);
  });

  it("carries the preset's targets and gives a mix of results", () => {
    expect(result.plan.targets).toEqual(preset2023.targets);
    const statuses = new Set(
      evaluatePlan(result.plan, result.data, { today: "2023-12-31" }).map((r) => r.status),
    );
    expect(statuses).toEqual(new Set(["met", "notMet", "insufficientData"]));
  });

  it("is deterministic: same seed, same workbook; another seed, other people", () => {
    expect(generateSampleWorkbook()).toEqual(workbook);
    expect(generateSampleWorkbook({ seed: 7 })).toEqual(generateSampleWorkbook({ seed: 7 }));
    expect(generateSampleWorkbook({ seed: 7 })["Cán bộ"]).not.toEqual(workbook["Cán bộ"]);
  });

  it("reports the same planted errors for any seed", () => {
    const other = read(generateSampleWorkbook({ seed: 99 }));
    expect(other.problems.map((p) => [p.sheet, p.row, p.header])).toEqual(
      sampleDeliberateErrors.map((e) => [e.sheet, e.row, e.header]),
    );
  });

  it("reads back what was read, once written again: the bad cells blank, the unknown id still unknown", () => {
    const again = read({
      ...workbook,
      "Đơn vị": modelToRows("units", result.data.units),
      "Cán bộ": modelToRows("cadres", result.data.cadres),
      "Đào tạo bồi dưỡng": modelToRows("trainings", result.data.trainings),
      "Quy hoạch": modelToRows("successions", result.data.successions),
      "Luân chuyển bố trí": modelToRows("rotations", result.data.rotations),
      "Đánh giá": modelToRows("reviews", result.data.reviews),
      "Nộp kế hoạch": modelToRows("submissions", result.data.submissions),
    });
    // The bad cells were left out, so they come back blank: only the required one is a problem again.
    expect(again.problems.map((p) => [p.sheet, p.row, p.header, p.message])).toEqual([
      ["Cán bộ", 24, "Họ và tên", "ô này không được để trống"],
      ["Đào tạo bồi dưỡng", 6, "Từ ngày", "ô này không được để trống"],
      ["Đào tạo bồi dưỡng", 11, "Mã cán bộ", 'mã cán bộ "CB999" không có trong trang "Cán bộ"'],
    ]);
    const values = (items: readonly object[]) =>
      items.map((item) => {
        const { invalid: _invalid, ...rest } = item as { invalid?: unknown };
        return rest;
      });
    for (const key of [
      "units",
      "cadres",
      "trainings",
      "successions",
      "rotations",
      "reviews",
      "submissions",
    ] as const) {
      expect(values(again.data[key]), key).toEqual(values(result.data[key]));
    }
  });
});

describe("city dataset", () => {
  const size = { cadres: 400, trainings: 1500, units: 30 };
  const workbook = generateCityDataset(size);

  it("has the asked size and reads without problems", () => {
    expect(dataRows(workbook, templateById("cadres").name)).toBe(size.cadres);
    expect(dataRows(workbook, templateById("trainings").name)).toBe(size.trainings);
    expect(dataRows(workbook, templateById("units").name)).toBe(size.units);
    const result = read(workbook);
    expect(result.problems).toEqual([]);
    expect(result.missingSheets).toEqual([]);
    expect(result.data.cadres).toHaveLength(size.cadres);
    expect(result.data.trainings).toHaveLength(size.trainings);
    expect(new Set(result.data.units.map((u) => u.level))).toEqual(
      new Set(["Thành phố", "Phường, xã", "Cơ sở"]),
    );
  });

  it("is deterministic", () => {
    expect(generateCityDataset(size)).toEqual(workbook);
    expect(generateCityDataset({ ...size, seed: 5 })).not.toEqual(workbook);
  });
});
