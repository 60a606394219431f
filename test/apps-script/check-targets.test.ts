// "Kiểm tra chỉ tiêu (một chạm)" through the built bundle: the result sheet and the sidebar match
// the target engine; nothing else changes; service calls do not grow with rows.
import { beforeAll, describe, expect, it } from "vitest";
import { targetStatusLabels } from "../../shared/labels";
import { generateCityDataset } from "../../shared/sample";
import { evaluatePlan } from "../../shared/targets/engine";
import { readWorkbook } from "../../shared/templates";
import { snapshot } from "../sheets-runtime";
import { ensureBuilt } from "./built";
import { type Setup, sampleSetUp, setUp, sheetOf, stamp, today, unescapeHtml } from "./helpers";

beforeAll(ensureBuilt);

const resultSheet = "Kết quả chỉ tiêu";
const statusColors = { met: "#d9ead3", notMet: "#f4cccc", insufficientData: "#fff2cc" };

describe("checkTargets on the sample", () => {
  let setup: Setup & { workbook: ReturnType<typeof sampleSetUp>["workbook"] };
  let before: ReturnType<typeof snapshot>;
  beforeAll(() => {
    setup = sampleSetUp();
    before = snapshot(setup.runtime);
    setup.addon.call("checkTargets");
  });
  const expected = () => {
    const read = readWorkbook(setup.workbook);
    return evaluatePlan(read.plan, read.data, { today });
  };

  it("writes one row per target, as the engine computes it, with the time of the check", () => {
    const values = setup.runtime.getSheetValues(resultSheet);
    expect(String(values[0]?.[0])).toContain(`kiểm tra lúc ${stamp}`);
    expect(values[2]?.slice(0, 9)).toEqual([
      "Mã",
      "Chỉ tiêu",
      "Chỉ tiêu đặt ra",
      "Đạt được",
      "Tỉ lệ",
      "Tiến độ",
      "Đánh giá",
      "Chưa đạt",
      "Ghi chú dữ liệu",
    ]);
    const results = expected();
    expect(results.length).toBeGreaterThan(5);
    results.forEach((result, i) => {
      const row = values[3 + i]!;
      expect(row[0]).toBe(result.target.id);
      expect(row[1]).toBe(result.target.text);
      expect(row[3]).toBe(result.figure);
      expect(row[4]).toBeCloseTo(result.percent / 100, 10);
      expect(String(row[5])).toHaveLength(10);
      expect(String(row[5]).split("█").length - 1).toBe(Math.floor(result.percent / 10));
      expect(row[6]).toBe(targetStatusLabels[result.status]);
      if (result.shortfalls.length > 0) expect(String(row[7])).toContain(result.shortfalls[0]!.name);
      const cell = sheetOf(setup.runtime, resultSheet).getRange(4 + i, 7);
      expect(cell.getBackground()).toBe(statusColors[result.status]);
    });
  });

  it("lists who falls short, with the reason, then who lacks data, with what is missing", () => {
    const values = setup.runtime.getSheetValues(resultSheet);
    const header = values.findIndex((r) => r[0] === "Mã chỉ tiêu");
    expect(header).toBeGreaterThan(0);
    const listed = values.slice(header + 1).filter((r) => r[0] !== "");
    const shortfalls = expected().flatMap((r) => [
      ...r.shortfalls.map((s) => [r.target.id, s.id, s.name, s.reason]),
      ...r.unknowns.map((s) => [r.target.id, s.id, s.name, `Thiếu dữ liệu: ${s.reason}`]),
    ]);
    expect(listed.map((r) => [r[0], r[1], r[2], r[4]])).toEqual(shortfalls);
  });

  it("shows the same at a glance in a sidebar", () => {
    const sidebar = setup.runtime.ui.sidebars.at(-1)!;
    expect(sidebar.title).toBe("Kiểm tra chỉ tiêu");
    const text = unescapeHtml(sidebar.html);
    expect(text).toContain(stamp);
    for (const result of expected()) {
      expect(text).toContain(result.target.text);
      expect(text).toContain(result.figure);
    }
    expect(text).toContain("Đạt");
    expect(text).toContain("Chưa đạt");
  });

  it("touches no other sheet", () => {
    const after = snapshot(setup.runtime);
    expect(after.sheets.filter((s) => s.name !== resultSheet)).toEqual(before.sheets);
  });

  it("rewrites the result sheet on the next run, in the same place", () => {
    const position = setup.runtime.spreadsheet.getSheets().findIndex((s) => s.getName() === resultSheet);
    setup.addon.call("checkTargets");
    const names = setup.runtime.spreadsheet.getSheets().map((s) => s.getName());
    expect(names.filter((n) => n.startsWith(resultSheet))).toEqual([resultSheet]);
    expect(names.indexOf(resultSheet)).toBe(position);
  });
});

describe("service calls", () => {
  /**
   * A city dataset of `cadres` cadres (succession rows for every unit's key posts among them) run
   * through checkTargets twice: the calls of the first run (a new sheet) and of the second (the
   * sheet rewritten in place, the chart updated).
   */
  function callsFor(cadres: number): { first: number; second: number; byMethod: Record<string, number> } {
    const { runtime, addon } = setUp(generateCityDataset({ cadres, trainings: cadres * 3, units: 30 }));
    runtime.resetCalls();
    addon.call("checkTargets");
    expect(runtime.ui.alerts).toEqual([]);
    expect(runtime.spreadsheet.getSheetByName(resultSheet)).not.toBeNull();
    const first = runtime.calls.total;
    runtime.resetCalls();
    addon.call("checkTargets");
    expect(runtime.ui.alerts).toEqual([]);
    return { first, second: runtime.calls.total, byMethod: { ...runtime.calls.byMethod } };
  }

  it("do not grow with rows: 150 cadres, and ten times more, on the first run and on the rewrite", () => {
    const small = callsFor(150);
    const large = callsFor(1500);
    // The succession section has findings to list in both (a block written in one call each way).
    // Growing the new sheet's grid beyond its 1000 rows is the one call more allowed.
    expect(large.first - small.first).toBeGreaterThanOrEqual(0);
    expect(large.first - small.first).toBeLessThanOrEqual(1);
    expect(large.second - small.second).toBeGreaterThanOrEqual(0);
    expect(large.second - small.second).toBeLessThanOrEqual(1);
    // The chart is updated in place, in one call, on the rewrite.
    expect(large.byMethod["Sheet.updateChart"]).toBe(1);
    expect(large.byMethod["Sheet.insertChart"]).toBeUndefined();
    const sample = sampleSetUp();
    sample.runtime.resetCalls();
    sample.addon.call("checkTargets");
    // One read per sheet of the plan, whatever its rows.
    expect(sample.runtime.calls.byMethod["Range.getValues"]).toBe(10);
  }, 180_000);
});
