// "Theo dõi nộp kế hoạch" through the built bundle: one line per unit and document the plan asks
// for, one verdict each; other documents of the sheet by what their rows say.
import { beforeAll, describe, expect, it } from "vitest";
import { generateSampleWorkbook } from "../../shared/sample";
import { readWorkbook, templateById } from "../../shared/templates";
import { snapshot } from "../sheets-runtime";
import { ensureBuilt } from "./built";
import { setUp, stamp, unescapeHtml } from "./helpers";

beforeAll(ensureBuilt);

const trackingSheet = "Theo dõi nộp";
const submissionsName = templateById("submissions").name;
const unitsName = templateById("units").name;
/** The sample plan's deadline for "Kế hoạch công tác cán bộ" (target T14: "trước ngày 11/8/2023"). */
const deadline = "2023-08-11";

/** The sample's base units (the units T11 and T14 ask the plan of), classified independently of the add-on. */
function expectedCounts(workbook: ReturnType<typeof generateSampleWorkbook>) {
  const read = readWorkbook(workbook);
  const counts = { onTime: 0, late: 0, missing: 0, notDue: 0, unsure: 0 };
  for (const unit of read.data.units.filter((u) => u.level === "Cơ sở")) {
    const received = read.data.submissions
      .filter((s) => s.unit === unit.name && s.received)
      .map((s) => s.received!)
      .sort();
    if (received.some((r) => r <= deadline)) counts.onTime++;
    else if (received.length) counts.late++;
    else counts.missing++;
  }
  return counts;
}

const rowsOf = (runtime: ReturnType<typeof setUp>["runtime"]) =>
  runtime.getSheetValues(trackingSheet).slice(4);

describe("trackSubmissions", () => {
  it("writes each base unit's state once, against the plan's deadline, with the counts", () => {
    const workbook = generateSampleWorkbook();
    const { runtime, addon } = setUp(workbook);
    const before = snapshot(runtime);
    addon.call("trackSubmissions");
    const counts = expectedCounts(workbook);
    expect(counts.onTime).toBeGreaterThan(0);
    expect(counts.late).toBeGreaterThan(0);
    const values = runtime.getSheetValues(trackingSheet);
    expect(String(values[0]?.[0])).toContain(stamp);
    const total = counts.onTime + counts.late + counts.missing;
    expect(values[1]?.[0]).toBe(
      `Đúng hạn: ${counts.onTime} · Trễ hạn: ${counts.late} · Chưa nộp (quá hạn): ${counts.missing} · Chưa đến hạn: 0 · Chưa rõ (ô chưa hợp lệ): 0 · Tổng: ${total}`,
    );
    const rows = rowsOf(runtime);
    expect(rows).toHaveLength(total);
    // One line per unit: T11 and T14 ask for the same document.
    expect(new Set(rows.map((r) => r[0])).size).toBe(total);
    const late = rows.find((r) => r[4] === "Trễ hạn")!;
    expect(late[2]).toBe("11/08/2023");
    expect(Number(late[5])).toBeGreaterThan(0);
    const dialog = runtime.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe("Theo dõi nộp kế hoạch");
    expect(unescapeHtml(dialog.html)).toContain(String(late[0]));
    // Only its own sheet was written.
    expect(snapshot(runtime).sheets.filter((s) => s.name !== trackingSheet)).toEqual(before.sheets);
  });

  it("gives a unit that sent the plan twice, late then on time, one verdict: on time", () => {
    const workbook = generateSampleWorkbook();
    const rows = workbook[submissionsName]!;
    const late = rows.find((r) => r[0] === "Chi đoàn Khu phố 3")!;
    // Its late copy stays; an earlier one, on time, is added below.
    rows.push(["Chi đoàn Khu phố 3", late[1]!, "11/08/2023", "10/08/2023", "gửi qua email"]);
    const { runtime, addon } = setUp(workbook);
    addon.call("trackSubmissions");
    const lines = rowsOf(runtime).filter((r) => r[0] === "Chi đoàn Khu phố 3");
    expect(lines.map((r) => r[4])).toEqual(["Đúng hạn"]);
    expect(lines[0]![3]).toBe("10/08/2023");
  });

  it("owes the plan's documents only: a report one unit sent is tracked on its own line, not owed by all", () => {
    const workbook = generateSampleWorkbook();
    workbook[unitsName]!.push(["Chi đoàn Khu phố 9", "Cơ sở", "Địa bàn dân cư", "Đoàn phường Tân Phú", ""]);
    workbook[submissionsName]!.push(["Chi đoàn Khu phố 1", "Báo cáo quý IV", "15/01/2024", "", ""]);
    const { runtime, addon } = setUp(workbook);
    addon.call("trackSubmissions");
    const rows = rowsOf(runtime);
    const newUnit = rows.filter((r) => r[0] === "Chi đoàn Khu phố 9");
    expect(newUnit.map((r) => [r[1], r[4]])).toEqual([["Kế hoạch công tác cán bộ", "Chưa nộp (quá hạn)"]]);
    expect(String(newUnit[0]![6])).toContain("chưa có dòng");
    const report = rows.filter((r) => r[1] === "Báo cáo quý IV");
    expect(report.map((r) => [r[0], r[4]])).toEqual([["Chi đoàn Khu phố 1", "Chưa đến hạn"]]);
  });

  it("counts days late to the end of the plan year, not to today, for a plan of years ago", () => {
    const workbook = generateSampleWorkbook();
    const { runtime, addon } = setUp(workbook, { now: new Date("2026-12-03T03:00:00Z") });
    addon.call("trackSubmissions");
    const missing = rowsOf(runtime).find((r) => r[4] === "Chưa nộp (quá hạn)")!;
    // 11/8/2023 to 31/12/2023.
    expect(missing[5]).toBe(142);
  });

  it("says what to do when there is no submissions sheet, changing nothing", () => {
    const { runtime, addon } = setUp({ [unitsName]: [["Tên đơn vị", "Cấp"]] });
    const before = snapshot(runtime);
    addon.call("trackSubmissions");
    expect(runtime.ui.alerts.at(-1)?.prompt).toContain(`Chưa có trang “${submissionsName}”`);
    expect(snapshot(runtime)).toEqual(before);
  });
});
