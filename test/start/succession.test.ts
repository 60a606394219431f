// npm start -- file.xlsx on the hand-checked succession example (written to .xlsx as staff would
// keep it): the printed "Quy hoạch" section gives exactly the findings worked by hand; the bar per
// target and the units that pull a target down are printed, within 80 columns; the
// output workbook carries the new sections.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAddonBuilt } from "../../scripts/start/build-if-needed";
import { displayWidth } from "../../scripts/start/text-width";
import { findingKindLabels } from "../../shared/succession/findings";
import { expectedFindings, successionWorkbook } from "../fixtures/succession-example";
import { type Finished, root, start } from "./process";

let dir = "";
let run: Finished;
const output = () => join(dir, "ra", "quy-hoach-ket-qua.xlsx");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npm-start-succession-"));
  await ensureAddonBuilt(root, () => {});
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(successionWorkbook())) book.addWorksheet(name).addRows(rows);
  const file = join(dir, "quy-hoach.xlsx");
  await book.xlsx.writeFile(file);
  run = await start([file, "--out", join(dir, "ra")]);
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The lines of a printed section: from its heading to the next blank line. */
function section(heading: string): string[] {
  const lines = run.stdout.split("\n");
  const at = lines.indexOf(heading);
  expect(at, heading).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > at && line.trim() === "");
  return lines.slice(at + 1, end < 0 ? undefined : end);
}

/** The printed findings as [kind, unit, who, reason]: unit lines, then "  • …" items wrapped on "    ". */
function printedFindings(): Array<[string, string, string, string]> {
  const items: Array<{ unit: string; text: string }> = [];
  let unit = "";
  for (const line of section("Quy hoạch cán bộ")) {
    if (line.startsWith("  • ")) items.push({ unit, text: line.slice(4) });
    else if (line.startsWith("    ") && items.length) items.at(-1)!.text += ` ${line.trim()}`;
    else if (!/^[┌│├└•]/.test(line)) unit = line;
  }
  const labels = Object.entries(findingKindLabels);
  return items.map(({ unit, text }) => {
    const split = text.indexOf(" – ");
    const head = text.slice(0, split);
    const rest = text.slice(split + 3);
    const [kind, label] = labels.find(([, l]) => rest.startsWith(`${l}: `)) ?? ["?", ""];
    const who = /^(.+) \([^)]*\), /.exec(head)?.[1] ?? "";
    return [kind, unit, who, rest.slice(label.length + 2)];
  });
}

describe("npm start on the hand-checked succession example", () => {
  it("prints exactly the findings worked by hand, unit by unit", () => {
    expect(run.code, run.stderr).toBe(0);
    const found = printedFindings();
    const sorted = <T>(list: T[]) => list.map((x) => JSON.stringify(x)).sort();
    expect(sorted(found)).toEqual(sorted(expectedFindings));
    // What it checked against, the counts, the people planned for each key post.
    const lines = section("Quy hoạch cán bộ").join("\n");
    expect(lines).toContain("(11 vấn đề)");
    expect(lines).toMatch(/│ Đoàn phường Bình Tây\s+│\s+2\/2 │\s+1\/2 │/);
  });

  it("draws a bar per target and names the units that pull a target down", () => {
    const bars = section("Tỉ lệ đạt của từng chỉ tiêu");
    expect(bars.length).toBe(10);
    expect(bars[0]).toMatch(/^T01 ░+ +0% Chưa đạt$/);
    expect(bars.find((b) => b.startsWith("T07 "))).toMatch(/^T07 █+ 100% Đạt$/);
    const units = section("Kết quả theo đơn vị").join("\n");
    expect(units).toContain("• Chi đoàn Khu phố 1: T01 0/3 = 0%, T02 0/3 = 0%, T05 0/3 = 0%,");
    expect(units).toContain("Theo khu vực:");
  });

  it("fits the bars, the view by unit and the succession section in 80 columns", () => {
    const lines = ["Tỉ lệ đạt của từng chỉ tiêu", "Kết quả theo đơn vị", "Quy hoạch cán bộ"].flatMap(section);
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it("writes the new sections into the output workbook", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(output());
    const sheet = book.getWorksheet("Kết quả chỉ tiêu")!;
    const firsts: string[] = [];
    sheet.eachRow((row) => {
      firsts.push(String(row.getCell(1).value ?? ""));
    });
    for (const title of [
      "Biểu đồ: tỉ lệ đạt của từng chỉ tiêu",
      "Kết quả theo đơn vị",
      "Quy hoạch cán bộ: đối chiếu tiêu chuẩn chức danh",
    ])
      expect(firsts).toContain(title);
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      rows.push(Array.from({ length: 9 }, (_, c) => String(row.getCell(c + 1).value ?? "")));
    });
    const header = rows.findIndex((r) => r[0] === "Mã" && r[6] === "Vấn đề");
    const blank = rows.findIndex((r, i) => i > header && r.every((c) => c === ""));
    expect(rows.slice(header + 1, blank).map((r) => r[7])).toEqual(
      expect.arrayContaining(expectedFindings.map((f) => f[3])),
    );
    expect(blank - header - 1).toBe(expectedFindings.length);
    const report = book.getWorksheet("Báo cáo")!;
    const texts: string[] = [];
    report.eachRow((row) => {
      texts.push(String(row.getCell(1).value ?? ""));
    });
    expect(texts).toContain("III. CÔNG TÁC QUY HOẠCH CÁN BỘ");
  });
});
