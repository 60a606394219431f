// "Theo dõi nộp kế hoạch" through the built bundle.
import { beforeAll, describe, expect, it } from "vitest";
import { generateSampleWorkbook } from "../../shared/sample";
import { readWorkbook, templateById } from "../../shared/templates";
import { snapshot } from "../sheets-runtime";
import { ensureBuilt } from "./built";
import { setUp, stamp, today, unescapeHtml } from "./helpers";

beforeAll(ensureBuilt);

const trackingSheet = "Theo dõi nộp";
const submissionsName = templateById("submissions").name;
const unitsName = templateById("units").name;

/** The sample's submissions, classified independently of the add-on. */
function expectedCounts(workbook: ReturnType<typeof generateSampleWorkbook>) {
  const read = readWorkbook((name) => workbook[name] ?? null);
  const counts = { onTime: 0, late: 0, missing: 0, notDue: 0 };
  for (const s of read.data.submissions) {
    if (s.received) counts[s.received <= s.deadline ? "onTime" : "late"]++;
    else counts[today > s.deadline ? "missing" : "notDue"]++;
  }
  return counts;
}

describe("trackSubmissions", () => {
  it("writes each unit's state against the deadline and today, with the counts", () => {
    const workbook = generateSampleWorkbook();
    const { runtime, addon } = setUp(workbook);
    const before = snapshot(runtime);
    addon.call("trackSubmissions");
    const counts = expectedCounts(workbook);
    expect(counts.onTime + counts.late).toBeGreaterThan(0);
    const values = runtime.getSheetValues(trackingSheet);
    expect(String(values[0]?.[0])).toContain(stamp);
    expect(values[1]?.[0]).toBe(
      `Đúng hạn: ${counts.onTime} · Trễ hạn: ${counts.late} · Chưa nộp (quá hạn): ${counts.missing} · Chưa đến hạn: ${counts.notDue} · Tổng: ${counts.onTime + counts.late + counts.missing + counts.notDue}`,
    );
    const rows = values.slice(4);
    expect(rows.filter((r) => r[4] === "Trễ hạn")).toHaveLength(counts.late);
    expect(rows.filter((r) => r[4] === "Đúng hạn")).toHaveLength(counts.onTime);
    const late = rows.find((r) => r[4] === "Trễ hạn")!;
    expect(late[2]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(Number(late[5])).toBeGreaterThan(0);
    const dialog = runtime.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe("Theo dõi nộp kế hoạch");
    expect(unescapeHtml(dialog.html)).toContain(String(late[0]));
    // Only its own sheet was written.
    expect(snapshot(runtime).sheets.filter((s) => s.name !== trackingSheet)).toEqual(before.sheets);
  });

  it("counts a unit under the planning unit without any row as missing, and one not yet due as such", () => {
    const workbook = generateSampleWorkbook();
    const ward = String(workbook[templateById("settings").name]![1]![1]);
    workbook[unitsName]!.push(["Chi đoàn Khu phố 9", "Cơ sở", "Địa bàn dân cư", ward, ""]);
    workbook[submissionsName]!.push(["Chi đoàn Khu phố 1", "Báo cáo quý IV", "15/01/2024", "", ""]);
    const { runtime, addon } = setUp(workbook);
    addon.call("trackSubmissions");
    const rows = runtime.getSheetValues(trackingSheet).slice(4);
    const newUnit = rows.filter((r) => r[0] === "Chi đoàn Khu phố 9");
    expect(newUnit.map((r) => r[4])).toContain("Chưa nộp (quá hạn)");
    const notDue = rows.find((r) => r[1] === "Báo cáo quý IV" && r[0] === "Chi đoàn Khu phố 1")!;
    expect(notDue[4]).toBe("Chưa đến hạn");
  });

  it("says what to do when there is no submissions sheet, changing nothing", () => {
    const { runtime, addon } = setUp({ [unitsName]: [["Tên đơn vị", "Cấp"]] });
    const before = snapshot(runtime);
    addon.call("trackSubmissions");
    expect(runtime.ui.alerts.at(-1)?.prompt).toContain(`Chưa có trang “${submissionsName}”`);
    expect(snapshot(runtime)).toEqual(before);
  });
});
