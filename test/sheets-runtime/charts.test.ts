// Embedded charts as Sheets has them: built, inserted with an id, read back, modified and updated in
// place, removed; moved with their anchor; copied with their sheet; counted as calls.
import { describe, expect, it } from "vitest";
import { createSheetsRuntime, snapshot, typedServices } from "./index";

function setUp(options = {}) {
  const runtime = createSheetsRuntime(options);
  const { SpreadsheetApp, Charts } = typedServices(runtime);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0]!;
  sheet.getRange("A1:B4").setValues([
    ["Mã", "Tỉ lệ"],
    ["T01", 0.5],
    ["T02", 1],
    ["T03", 0.25],
  ]);
  return { runtime, SpreadsheetApp, Charts, ss, sheet };
}

describe("embedded charts", () => {
  it("a built chart has no id until inserted; the sheet's copy gets one, unique in the spreadsheet", () => {
    const { sheet, ss, Charts } = setUp();
    const built = sheet
      .newChart()
      .addRange(sheet.getRange("A1:A4"))
      .addRange(sheet.getRange("B1:B4"))
      .asColumnChart()
      .setTitle("Tỉ lệ đạt")
      .setLegendPosition(Charts.Position.NONE)
      .setRange(0, 1)
      .setPosition(6, 1, 0, 4)
      .build();
    expect(built.getChartId()).toBeNull();
    expect(sheet.getCharts()).toHaveLength(0);
    sheet.insertChart(built);
    const other = ss.insertSheet("Khác");
    other.insertChart(other.newChart().addRange(other.getRange("A1:B2")).build());
    const [chart] = sheet.getCharts();
    expect(chart!.getChartId()).toEqual(expect.any(Number));
    expect(chart!.getChartId()).not.toBe(other.getCharts()[0]!.getChartId());
    expect(chart!.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:A4", "B1:B4"]);
    expect(chart!.getOptions().get("title")).toBe("Tỉ lệ đạt");
    expect(chart!.getOptions().get("legend.position")).toBe("none");
    expect(chart!.getOptions().get("vAxis.viewWindow.max")).toBe(1);
    expect(chart!.getOptions().get("never set")).toBeNull();
    expect(chart!.modify().getChartType()).toBe(Charts.ChartType.COLUMN);
    const place = chart!.getContainerInfo();
    expect([place.getAnchorRow(), place.getAnchorColumn(), place.getOffsetX(), place.getOffsetY()]).toEqual([
      6, 1, 0, 4,
    ]);
  });

  it("modify() then updateChart() changes the same chart in place; a picture taken before does not change", () => {
    const { sheet } = setUp();
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange("A1:B3")).build());
    const before = sheet.getCharts()[0]!;
    const id = before.getChartId();
    // A range the chart has already is not added again.
    expect(before.modify().addRange(sheet.getRange("A1:B3")).getRanges()).toHaveLength(1);
    const changed = before
      .modify()
      .clearRanges()
      .addRange(sheet.getRange("A1:B4"))
      .setOption("title", "Mới")
      .setPosition(10, 2, 0, 0)
      .build();
    // Built but not yet updated: the sheet still has the old chart.
    expect(sheet.getCharts()[0]!.getOptions().get("title")).toBeNull();
    sheet.updateChart(changed);
    const after = sheet.getCharts();
    expect(after).toHaveLength(1);
    expect(after[0]!.getChartId()).toBe(id);
    expect(after[0]!.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B4"]);
    expect(after[0]!.getContainerInfo().getAnchorRow()).toBe(10);
    expect(before.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B3"]);
  });

  it("a chart removed cannot be updated; inserting a chart twice makes two", () => {
    const { sheet } = setUp();
    const built = sheet.newChart().addRange(sheet.getRange("A1:B4")).build();
    sheet.insertChart(built);
    sheet.insertChart(built);
    const [first, second] = sheet.getCharts();
    expect(first!.getChartId()).not.toBe(second!.getChartId());
    sheet.removeChart(first!);
    expect(sheet.getCharts().map((c) => c.getChartId())).toEqual([second!.getChartId()]);
    expect(() => sheet.updateChart(first!.modify().setOption("title", "x").build())).toThrow(
      "could not be found",
    );
    expect(() => sheet.updateChart(built)).toThrow("could not be found");
  });

  it("moves with its anchor when rows or columns are inserted or deleted above or before it", () => {
    const { sheet } = setUp();
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange("A1:B4")).setPosition(20, 3, 5, 5).build());
    const anchor = () => {
      const info = sheet.getCharts()[0]!.getContainerInfo();
      return [info.getAnchorRow(), info.getAnchorColumn()];
    };
    sheet.insertRowsBefore(5, 3);
    expect(anchor()).toEqual([23, 3]);
    sheet.insertRowsAfter(30, 2);
    expect(anchor()).toEqual([23, 3]);
    sheet.deleteRows(21, 5);
    expect(anchor()).toEqual([21, 3]);
    sheet.insertColumnsBefore(1, 2);
    expect(anchor()).toEqual([21, 5]);
    sheet.deleteColumns(1, 1);
    expect(anchor()).toEqual([21, 4]);
  });

  it("floats over the cells: pasting and clearing cells leave it; it goes with its sheet and is copied with it", () => {
    const { sheet, ss, runtime } = setUp();
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange("A1:B4")).build());
    sheet.getRange("A1:B4").copyTo(sheet.getRange("D1"));
    sheet.clear();
    expect(sheet.getCharts()).toHaveLength(1);
    ss.setActiveSheet(sheet);
    const copy = ss.duplicateActiveSheet();
    expect(copy.getCharts()).toHaveLength(1);
    expect(copy.getCharts()[0]!.getChartId()).not.toBe(sheet.getCharts()[0]!.getChartId());
    ss.deleteSheet(copy);
    expect(snapshot(runtime).sheets.map((s) => s.charts.length)).toEqual([1]);
  });

  it("is refused on a sheet protected from the person running", () => {
    const { sheet, runtime } = setUp({ ownerEmail: "bi-thu@example.com" });
    sheet.protect();
    runtime.setActiveUser("pho-bi-thu@example.com");
    expect(() => sheet.insertChart(sheet.newChart().addRange(sheet.getRange("A1:B4")).build())).toThrow(
      "protected",
    );
  });

  it("shows in the snapshot and counts as calls", () => {
    const { sheet, runtime } = setUp();
    runtime.resetCalls();
    const { SpreadsheetApp } = typedServices(runtime);
    const counted = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
    counted.insertChart(
      counted.newChart().addRange(counted.getRange("A1:B4")).asBarChart().setTitle("T").build(),
    );
    expect(runtime.calls.byMethod["Sheet.insertChart"]).toBe(1);
    expect(runtime.calls.byMethod["EmbeddedChartBuilder.addRange"]).toBe(1);
    const [shown] = snapshot(runtime).sheets[0]!.charts;
    expect(shown).toEqual({
      id: sheet.getCharts()[0]!.getChartId(),
      type: "BAR",
      ranges: ["'Sheet1'!A1:B4"],
      position: "A1 +0+0",
      options: { title: "T" },
      numHeaders: -1,
    });
  });
});
