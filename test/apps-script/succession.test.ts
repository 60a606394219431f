// The succession check and the results by unit through the BUILT add-on: the hand-checked example
// gives exactly its findings in the result sheet; the standards sheet and the units' "Vùng đặc
// biệt" round-trip (edited in the sheet, the next check follows); the matrix by unit and the chart
// are written once and rewritten in place; what the user keeps beside the report stays; the
// sidebar says it all at a glance; the report to send up has its "Quy hoạch" section.
import { beforeAll, describe, expect, it } from "vitest";
import { findingKindOf } from "../../shared/succession/findings";
import { evaluatePlan } from "../../shared/targets/engine";
import { readWorkbook, templateById } from "../../shared/templates";
import { expectedFindings, successionWorkbook } from "../fixtures/succession-example";
import { type SheetsRuntime, snapshot } from "../sheets-runtime";
import { ensureBuilt } from "./built";
import { sampleSetUp, setUp, sheetOf, unescapeHtml } from "./helpers";

beforeAll(ensureBuilt);

const resultName = "Kết quả chỉ tiêu";
const standardsName = templateById("standards").name;
const unitsName = templateById("units").name;
const ward = "Đoàn phường Bình Tây";

const values = (runtime: SheetsRuntime) => runtime.getSheetValues(resultName).map((r) => r.map(String));
const rowOf = (rows: string[][], first: string, from = 0) =>
  rows.findIndex((r, i) => i >= from && r[0] === first);

/** The findings table of the result sheet as [kind, unit, who, reason], in the sheet's order. */
function sheetFindings(runtime: SheetsRuntime): Array<[string, string, string, string]> {
  const rows = values(runtime);
  const header = rows.findIndex((r) => r[0] === "Mã" && r[6] === "Vấn đề");
  expect(header, "the findings table").toBeGreaterThan(0);
  const out: Array<[string, string, string, string]> = [];
  for (const row of rows.slice(header + 1)) {
    if (row.every((c) => c === "")) break;
    out.push([findingKindOf(row[6]!) ?? `? ${row[6]}`, row[3]!, row[1]!, row[7]!]);
  }
  return out;
}

const sorted = <T>(list: T[]) => [...list].map((x) => JSON.stringify(x)).sort();

/** The 1-based row of the standards sheet for a post and level, and the column of a header. */
function standardsCell(runtime: SheetsRuntime, post: string, level: string, header: string) {
  const rows = runtime.getSheetValues(standardsName).map((r) => r.map(String));
  const column = rows[0]!.indexOf(header) + 1;
  const row = rows.findIndex((r) => r[0] === post && r[1] === level) + 1;
  expect(column, header).toBeGreaterThan(0);
  expect(row, `${post} ${level}`).toBeGreaterThan(0);
  return sheetOf(runtime, standardsName).getRange(row, column);
}

describe("the hand-checked example, through the built add-on", () => {
  it("gives exactly the findings worked by hand, unit by unit, then person by person", () => {
    const { runtime, addon } = setUp(successionWorkbook());
    addon.call("checkTargets");
    expect(runtime.ui.alerts).toEqual([]);
    const found = sheetFindings(runtime);
    expect(sorted(found)).toEqual(sorted(expectedFindings));
    // Unit by unit in the order of the units sheet; within a unit what is about the unit first.
    const units = found.map((f) => f[1]);
    expect([...new Set(units)]).toEqual([ward, "Chi đoàn Khu phố 1", "Chi đoàn Khu phố 2"]);
    expect(found[0]).toEqual(expectedFindings.find((f) => f[0] === "tooFewCandidates" && f[1] === ward));
    // The dates in the "Ngày" column, dd/mm/yyyy.
    const rows = values(runtime);
    const an = rows.find(
      (r) => r[1] === "Nguyễn Văn An" && r[6] === "Đang giữ chức, quá tuổi trong nhiệm kỳ",
    )!;
    expect(an.slice(0, 6)).toEqual(["CB01", "Nguyễn Văn An", "Bí thư", ward, "2025–2030", "01/01/2029"]);
    // The row of the succession sheet each planned person's finding is about.
    const binh = rows.find((r) => r[1] === "Trần Thị Bình" && r[6] === "Quá tuổi lần đầu giữ chức")!;
    expect(binh[8]).toBe("2");
  });

  it("counts the people planned for each key post, coloured by whether they are enough", () => {
    const { runtime, addon } = setUp(successionWorkbook());
    addon.call("checkTargets");
    const rows = values(runtime);
    const header = rows.findIndex((r) => r[0] === "STT" && r[2] === "Bí thư");
    expect(rows.slice(header, header + 4).map((r) => r.slice(0, 4))).toEqual([
      ["STT", "Đơn vị", "Bí thư", "Phó Bí thư"],
      ["1", ward, "2/2", "1/2"],
      ["2", "Chi đoàn Khu phố 1", "1/2", "2/2"],
      ["3", "Chi đoàn Khu phố 2", "1/2", "1/2"],
    ]);
    const sheet = sheetOf(runtime, resultName);
    expect(sheet.getRange(header + 2, 3).getBackground()).toBe("#d9ead3");
    expect(sheet.getRange(header + 2, 4).getBackground()).toBe("#f4cccc");
    // What it checked against, from the settings.
    const title = rowOf(rows, "Quy hoạch cán bộ: đối chiếu tiêu chuẩn chức danh");
    expect(rows[title + 1]![0]).toContain("Nhiệm kỳ hiện tại 2025–2030, quy hoạch nhiệm kỳ 2030–2035");
    expect(rows[title + 1]![0]).toContain("tuổi tính theo năm sinh");
    expect(rows[title + 2]![0]).toContain("(11 vấn đề)");
  });

  it("follows the settings: ages counted to the day move the date a holder passes the age", () => {
    const workbook = successionWorkbook();
    const settings = workbook[templateById("settings").name]!;
    const rule = settings.findIndex((r) => r[0] === "Cách tính tuổi");
    settings[rule]![1] = "Theo ngày sinh";
    const { runtime, addon } = setUp(workbook);
    addon.call("checkTargets");
    const an = values(runtime).find((r) => r[1] === "Nguyễn Văn An" && r[6]?.startsWith("Đang giữ chức"))!;
    expect(an[5]).toBe("10/05/2029");
    expect(an[7]).toContain("từ ngày 10/05/2029");
  });
});

describe("the standards as data: edited in the sheet, the next check follows", () => {
  it("a ward secretary's first-appointment age 30 → 32 drops the finding on Trần Thị Bình", () => {
    const { runtime, addon } = setUp(successionWorkbook());
    addon.call("checkTargets");
    const has = (kind: string, who: string) =>
      sheetFindings(runtime).some((f) => f[0] === kind && f[2] === who);
    expect(has("tooOldFirst", "Trần Thị Bình")).toBe(true);

    const cell = standardsCell(runtime, "Bí thư", "Phường, xã", "Tuổi tối đa lần đầu giữ chức");
    expect(cell.getValue()).toBe(30);
    cell.setValue(32);
    addon.call("checkTargets");
    expect(has("tooOldFirst", "Trần Thị Bình")).toBe(false);
    expect(has("agesOut", "Trần Thị Bình")).toBe(true);
    expect(sheetFindings(runtime)).toHaveLength(expectedFindings.length - 1);

    // The holding age raised to 36: she no longer ages out before 2035 ends either… at 37 in 2035, she does.
    standardsCell(runtime, "Bí thư", "Phường, xã", "Tuổi tối đa khi giữ chức").setValue(37);
    addon.call("checkTargets");
    expect(has("agesOut", "Trần Thị Bình")).toBe(false);
    // The holder of the post now passes 37 only in 2031, after this term: not listed.
    expect(has("holderAgesOut", "Nguyễn Văn An")).toBe(false);
  });

  it("unticking a unit's special area applies the ordinary holding age there", () => {
    const { runtime, addon } = setUp(successionWorkbook());
    addon.call("checkTargets");
    const agesOut = () => sheetFindings(runtime).filter((f) => f[0] === "agesOut" && f[2] === "Võ Hoàng Em");
    expect(agesOut()).toEqual([]);
    const units = runtime.getSheetValues(unitsName).map((r) => r.map(String));
    const column = units[0]!.indexOf("Vùng đặc biệt") + 1;
    const row = units.findIndex((r) => r[0] === "Chi đoàn Khu phố 2") + 1;
    sheetOf(runtime, unitsName).getRange(row, column).setValue("");
    addon.call("checkTargets");
    expect(agesOut().map((f) => f[3])).toEqual([
      "quá 35 tuổi (tuổi tối đa giữ chức Phó Bí thư) từ ngày 01/01/2035, trước khi hết nhiệm kỳ 2030–2035",
    ]);
  });

  it("a bad cell in the standards is named in the section, not passed over quietly; the row's other limits still apply", () => {
    const { runtime, addon } = setUp(successionWorkbook());
    const cell = standardsCell(runtime, "Bí thư", "Phường, xã", "Tuổi tối đa lần đầu giữ chức");
    cell.setValue("ba mươi");
    addon.call("checkTargets");
    const text = values(runtime).map((r) => r.join(" ").trim());
    expect(text).toContain(
      `• Trang "${standardsName}", dòng ${cell.getRow()}: ô "Tuổi tối đa lần đầu giữ chức" chưa hợp lệ nên tiêu chuẩn này chưa được đối chiếu; sửa ô rồi kiểm tra lại.`,
    );
    const has = (kind: string) =>
      sheetFindings(runtime).some((f) => f[0] === kind && f[2] === "Trần Thị Bình");
    expect(has("tooOldFirst")).toBe(false);
    expect(has("agesOut")).toBe(true);
  });
});

describe("the results by unit and the chart", () => {
  it("show each unit's figure under its sector's total, coloured by the unit's status", () => {
    const { runtime, addon, workbook } = sampleSetUp();
    addon.call("checkTargets");
    const rows = values(runtime);
    const title = rowOf(rows, "Kết quả theo đơn vị");
    const header = title + 2;
    expect(rows[header]!.slice(0, 3)).toEqual(["STT", "Đơn vị", "T01"]);
    const read = readWorkbook(workbook);
    const results = evaluatePlan(read.plan, read.data, { today: "2023-12-31" });
    const t01 = results[0]!;
    const sheet = sheetOf(runtime, resultName);
    for (const unit of t01.byUnit.filter((u) => u.unit !== "(chưa ghi đơn vị)")) {
      const r = rows.findIndex((row, i) => i > header && row[1] === unit.unit);
      expect(r, unit.unit).toBeGreaterThan(header);
      expect(rows[r]![2]!.split("\n")[0]).toBe(`${unit.reached}/${unit.counted} = ${unit.percent}%`);
      const colour = { met: "#d9ead3", notMet: "#f4cccc", insufficientData: "#fff2cc" }[unit.status!];
      expect(sheet.getRange(r + 1, 3).getBackground(), unit.unit).toBe(colour);
    }
    const residential = t01.bySector.find((s) => s.sector === "residential")!;
    const sector = rows.findIndex((row) => row[1]?.startsWith("Khu vực: Địa bàn dân cư"));
    expect(rows[sector]![2]!.split("\n")[0]).toBe(
      `${residential.reached}/${residential.counted} = ${residential.percent}%`,
    );
    // 14 targets: seven to a matrix, two matrices, the second starting with T08.
    const second = rows.findIndex((row, i) => i > header && row[0] === "STT");
    expect(rows[second]!.slice(0, 3)).toEqual(["STT", "Đơn vị", "T08"]);
    // The target's text is a note on its id.
    expect(sheet.getRange(header + 1, 3).getNote()).toBe(`T01: ${t01.target.text}`);
  });

  it("are written once and rewritten in place: one chart, the same id, updated; the same rows", () => {
    const { runtime, addon } = sampleSetUp();
    addon.call("checkTargets");
    const sheet = sheetOf(runtime, resultName);
    const first = snapshot(runtime).sheets.find((s) => s.name === resultName)!;
    expect(first.charts).toHaveLength(1);
    const [chart] = first.charts;
    expect(chart!.type).toBe("COLUMN");
    // The summary's ids and shares, its header row included.
    expect(chart!.ranges).toEqual([`'${resultName}'!A3:A17`, `'${resultName}'!E3:E17`]);
    const chartTitle = rowOf(values(runtime), "Biểu đồ: tỉ lệ đạt của từng chỉ tiêu");
    expect(chart!.position).toBe(`A${chartTitle + 2} +0+0`);

    addon.call("checkTargets");
    const second = snapshot(runtime).sheets.find((s) => s.name === resultName)!;
    expect(second.charts.map((c) => c.id)).toEqual([chart!.id]);
    // The same data: the same sheet, cell for cell (the time of the check aside).
    expect(second.values.slice(1)).toEqual(first.values.slice(1));
    expect(second.backgrounds).toEqual(first.backgrounds);
    expect(second.notes).toEqual(first.notes);

    // Fewer targets: the chart follows, nothing of the longer report is left below.
    const targets = sheetOf(runtime, templateById("targets").name);
    targets.deleteRows(2, 4);
    addon.call("checkTargets");
    const third = snapshot(runtime).sheets.find((s) => s.name === resultName)!;
    expect(third.charts.map((c) => c.id)).toEqual([chart!.id]);
    expect(third.charts[0]!.ranges).toEqual([`'${resultName}'!A3:A13`, `'${resultName}'!E3:E13`]);
    const rows = values(runtime);
    expect(rows.filter((r) => r[0] === "Mã" && r[1] === "Chỉ tiêu")).toHaveLength(1);
    expect(rows.filter((r) => r[0] === "Quy hoạch cán bộ: đối chiếu tiêu chuẩn chức danh")).toHaveLength(1);
    expect(sheet.getLastRow()).toBeLessThan(first.values.length);
  });

  it("a chart the user deleted is made again; a chart of the user's own is left alone", () => {
    const { runtime, addon } = sampleSetUp();
    addon.call("checkTargets");
    const sheet = sheetOf(runtime, resultName);
    const ours = sheet.getCharts()[0]!;
    sheet.removeChart(ours);
    sheet.insertChart(
      sheet.newChart().addRange(sheet.getRange("B3:D10")).setOption("title", "Của tôi").build(),
    );
    const mine = sheet.getCharts()[0]!.getChartId();
    addon.call("checkTargets");
    const charts = snapshot(runtime).sheets.find((s) => s.name === resultName)!.charts;
    expect(charts).toHaveLength(2);
    expect(charts.find((c) => c.id === mine)?.options).toEqual({ title: "Của tôi" });
    expect(charts.find((c) => c.id !== mine)?.options.title).toBe("Tỉ lệ đạt của từng chỉ tiêu");
    addon.call("checkTargets");
    expect(snapshot(runtime).sheets.find((s) => s.name === resultName)!.charts).toHaveLength(2);
  });

  it("keeps what the user changed in the chart's look (title, colours, size); its data still follows", () => {
    const { runtime, addon } = sampleSetUp();
    addon.call("checkTargets");
    const sheet = sheetOf(runtime, resultName);
    const ours = sheet.getCharts()[0]!;
    sheet.updateChart(
      ours
        .modify()
        .setOption("title", "Tỉ lệ đạt 2023")
        .setOption("colors", ["#e69138"])
        .setOption("width", 900)
        .build(),
    );
    sheetOf(runtime, templateById("targets").name).deleteRows(2, 1);
    addon.call("checkTargets");
    const [chart] = snapshot(runtime).sheets.find((s) => s.name === resultName)!.charts;
    expect(chart!.options).toMatchObject({ title: "Tỉ lệ đạt 2023", colors: ["#e69138"], width: 900 });
    expect(chart!.ranges).toEqual([`'${resultName}'!A3:A16`, `'${resultName}'!E3:E16`]);
  });

  it("a note or colour the user put beside the report, or below it, stays through the next runs", () => {
    const { runtime, addon } = sampleSetUp();
    addon.call("checkTargets");
    const sheet = sheetOf(runtime, resultName);
    const last = sheet.getLastRow();
    const width = Math.max(...values(runtime).map((r) => r.length));
    const beside = sheet.getRange(5, width + 2);
    const below = sheet.getRange(last + 3, 2);
    beside.setNote("hỏi lại Chi đoàn Khu phố 3").setBackground("#cfe2f3");
    below.setNote("đã báo cáo miệng").setBackground("#fff2cc").setValue("Ghi chú của tôi");
    addon.call("checkTargets");
    addon.call("checkTargets");
    expect([beside.getNote(), beside.getBackground()]).toEqual(["hỏi lại Chi đoàn Khu phố 3", "#cfe2f3"]);
    expect([below.getNote(), below.getBackground(), below.getValue()]).toEqual([
      "đã báo cáo miệng",
      "#fff2cc",
      "Ghi chú của tôi",
    ]);
  });
});

describe("a result sheet written before the add-on kept its area", () => {
  it("is rewritten over its content only: a note below it stays, nothing of the old report is left", () => {
    const { runtime, addon } = sampleSetUp();
    addon.call("checkTargets");
    const sheet = sheetOf(runtime, resultName);
    for (const m of sheet.createDeveloperMetadataFinder().withKey("cadrePlan.area").find()) m.remove();
    // An older, longer report: its last rows further down.
    const last = sheet.getLastRow();
    sheet.getRange(last + 5, 1).setValue("dòng của báo cáo cũ");
    const note = sheet.getRange(last + 40, 3).setNote("ghi chú của tôi");
    addon.call("checkTargets");
    expect(values(runtime).flat()).not.toContain("dòng của báo cáo cũ");
    expect(note.getNote()).toBe("ghi chú của tôi");
    expect(snapshot(runtime).sheets.find((s) => s.name === resultName)!.metadata).toContain(
      `cadrePlan.area = ${last}x${Math.max(...values(runtime).map((r) => r.length))}`,
    );
  });
});

describe("the sidebar", () => {
  it("says the succession counts and first findings, the units that pull a target down, with links that select the sections", () => {
    const { runtime, addon } = setUp(successionWorkbook());
    addon.call("checkTargets");
    const html = runtime.ui.sidebars.at(-1)!.html;
    const text = unescapeHtml(html);
    expect(text).toContain("<h3>Quy hoạch</h3>");
    expect(text).toContain("Quá tuổi lần đầu giữ chức: <strong>1</strong>");
    expect(text).toContain("Chưa đủ người quy hoạch: <strong>4</strong>");
    expect(text).toContain("Nguyễn Văn An – Đoàn phường Bình Tây (Bí thư 2025–2030): đang giữ chức Bí thư");
    expect(text).toContain("… và 6 vấn đề khác");
    expect(text).toContain("<h3>Theo đơn vị</h3>");
    expect(text).toMatch(/<strong>Chi đoàn Khu phố 1<\/strong>: T01 0\/3 = 0%/);
    const rows = values(runtime);
    const links = [...html.matchAll(/data-row="(\d+)"/g)].map((m) => Number(m[1]));
    expect(links).toEqual([
      rowOf(rows, "Kết quả theo đơn vị") + 1,
      rowOf(rows, "Quy hoạch cán bộ: đối chiếu tiêu chuẩn chức danh") + 1,
    ]);
    expect(html).toContain(`#gid=${sheetOf(runtime, resultName).id}&amp;range=A${links[1]}`);
    // The link's script asks the add-on to select the row: the result sheet, at that row.
    runtime.spreadsheet.setActiveSheet(runtime.spreadsheet.getSheets()[0]!);
    addon.run("goToResultRow", links[1]);
    expect(runtime.spreadsheet.getActiveSheet().getName()).toBe(resultName);
    expect(runtime.spreadsheet.getActiveSheet().getActiveRange().getA1Notation()).toBe(`A${links[1]}`);
  });

  it("escapes what the user typed", () => {
    const workbook = successionWorkbook();
    const cadres = workbook[templateById("cadres").name]!;
    cadres[1]![1] = "<b>An</b> & Cộng sự";
    const { runtime, addon } = setUp(workbook);
    addon.call("checkTargets");
    const html = runtime.ui.sidebars.at(-1)!.html;
    expect(html).not.toContain("<b>An</b>");
    expect(html).toContain("&lt;b&gt;An&lt;/b&gt; &amp; Cộng sự");
  });
});

describe("the report to send up", () => {
  it("has a short 'Quy hoạch' section: key posts planned, who ages out with the date, the counts", () => {
    const { runtime, addon } = setUp(successionWorkbook());
    addon.call("createReport");
    const lines = runtime.getSheetValues("Báo cáo").map((r) => r.map(String).join(" ").trim());
    const at = lines.indexOf("III. CÔNG TÁC QUY HOẠCH CÁN BỘ");
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 6)).toEqual([
      "- Bí thư nhiệm kỳ 2030–2035: 1/3 đơn vị có từ 2 người quy hoạch trở lên (còn thiếu: Chi đoàn Khu phố 1, Chi đoàn Khu phố 2).",
      `- Phó Bí thư nhiệm kỳ 2030–2035: 1/3 đơn vị có từ 2 người quy hoạch trở lên (còn thiếu: ${ward}, Chi đoàn Khu phố 2).`,
      `- Cán bộ đang giữ chức quá tuổi giữ chức trong nhiệm kỳ 2025–2030: Nguyễn Văn An (Bí thư, ${ward}, từ 01/01/2029).`,
      `- Người trong quy hoạch quá tuổi giữ chức trước khi hết nhiệm kỳ quy hoạch: Đặng Gia Phúc (Phó Bí thư, Chi đoàn Khu phố 1, từ 01/01/2033); Trần Thị Bình (Bí thư, ${ward}, từ 01/01/2034).`,
      expect.stringMatching(/^- Đối chiếu tiêu chuẩn chức danh: 11 vấn đề \(1 quá tuổi lần đầu giữ chức, /),
    ]);
    expect(lines).toContain("IV. DỮ LIỆU CẦN BỔ SUNG");
  });
});
