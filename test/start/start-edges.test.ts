// npm start as a process, on what its first users ran into: no --help, a table wider than the
// terminal, progress that said nothing, file errors ending in an English stack trace, a sparse
// workbook running out of memory, a cell too long for Sheets, and an output workbook without the
// template's dropdowns and notes, opening on the wrong sheet, not set up to print.
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAddonBuilt } from "../../scripts/start/build-if-needed";
import { writeFailure } from "../../scripts/start/output";
import { displayWidth } from "../../scripts/start/text-width";
import { generateSampleWorkbook, sampleDeliberateErrors } from "../../shared/sample";
import { templateById } from "../../shared/templates";
import { type Finished, root, start } from "./process";

const cadresName = templateById("cadres").name;
let dir = "";
let sample: Finished;
let book: ExcelJS.Workbook;

/** A workbook of the sample's sheets, values only, with `change` applied first. */
async function workbookFile(name: string, change: (book: ExcelJS.Workbook) => void): Promise<string> {
  const file = new ExcelJS.Workbook();
  for (const [sheet, values] of Object.entries(generateSampleWorkbook())) {
    const ws = file.addWorksheet(sheet);
    values.forEach((row) => {
      ws.addRow(row.map((v) => (v === null ? undefined : v)));
    });
  }
  change(file);
  const path = join(dir, name);
  await file.xlsx.writeFile(path);
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npm-start-edges-"));
  await ensureAddonBuilt(root, () => {});
  sample = await start(["--out", join(dir, "mau")]);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, "mau", "du-lieu-mau-ket-qua.xlsx"));
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("npm start -- --help", () => {
  it("says how to use it, in Vietnamese, and does nothing else", async () => {
    const help = await start(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Cách dùng:");
    expect(help.stdout).toContain("--out");
    expect(help.stderr).toBe("");
  });
});

describe("what npm start prints", () => {
  it("fits 80 columns, says each percentage once, and says after each step what it did", () => {
    expect(sample.code, sample.stderr).toBe(0);
    const table = sample.stdout.split("\n").filter((line) => /^[┌│├└]/.test(line));
    expect(table.length).toBeGreaterThan(20);
    for (const line of table) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(table[1]).not.toContain("Tỉ lệ");
    // T01's row: the asked 100% and the reached "138/148 = 93%"; no third column saying it again.
    const first = table.findIndex((line) => line.includes(" T01 "));
    const next = table.findIndex((line, i) => i > first && /│ T\d\d /.test(line));
    const figures = table
      .slice(first, next)
      .map((line) => line.split("│").slice(3).join(" "))
      .join(" ");
    expect(figures.match(/\d+%/g)).toHaveLength(2);
    const steps = sample.stderr.split("\n").filter((line) => /^\d\/\d /.test(line));
    expect(steps).toHaveLength(6);
    expect(steps[0]).toMatch(/^1\/6 Tạo các trang… .+/);
    expect(steps[1]).toMatch(
      new RegExp(`^2/6 Kiểm tra dữ liệu… .*${sampleDeliberateErrors.length} ô chưa hợp lệ`),
    );
    expect(steps[4]).toMatch(/^5\/6 Lập báo cáo gửi cấp trên… Đã lập báo cáo ở trang “Báo cáo”/);
    expect(sample.stderr).not.toContain("0,0 giây");
  });
});

describe("the sections after the targets table, on the sample", () => {
  it("fit 80 columns; the findings past the first 30 are counted, with where to read them", () => {
    const lines = sample.stdout.split("\n");
    const from = lines.indexOf("Tỉ lệ đạt của từng chỉ tiêu");
    const to = lines.indexOf("Dữ liệu");
    expect(from).toBeGreaterThan(0);
    const sections = lines.slice(from, to);
    for (const line of sections) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(sections.filter((line) => line.startsWith("  • "))).toHaveLength(30);
    expect(sections.join(" ")).toMatch(/… và \d+ vấn đề khác \(xem tệp kết quả, trang “Kết quả chỉ tiêu”/);
  });
});

describe("the workbook npm start writes", () => {
  it("keeps the template's dropdowns, notes, widths and frozen header on the plan's sheets", () => {
    const cadres = book.getWorksheet(cadresName)!;
    const template = templateById("cadres");
    const gender = template.columns.findIndex((c) => c.key === "gender") + 1;
    expect(cadres.getCell(2, gender).dataValidation).toMatchObject({ type: "list" });
    expect(cadres.getCell(1, 1).note).toBe(template.columns[0]!.help);
    expect(cadres.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(cadres.getColumn(gender).width).toBeGreaterThan(0);
  });

  it("opens on the report, which prints on A4 portrait fitted to the width", () => {
    const active = book.views[0]?.activeTab ?? -1;
    expect(book.worksheets[active]?.name).toBe("Báo cáo");
    const report = book.getWorksheet("Báo cáo")!;
    expect(report.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(report.views[0]).toMatchObject({ showGridLines: false });
    expect(report.getCell("C1").value).toBe("ĐOÀN TNCS HỒ CHÍ MINH");
    const results = book.getWorksheet("Kết quả chỉ tiêu")!;
    expect(results.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      printTitlesRow: "1:3",
    });
  });

  it("keeps a user's notes, colours and formulas from the workbook it read", async () => {
    const path = await workbookFile("cua-toi.xlsx", (file) => {
      const ws = file.getWorksheet(cadresName)!;
      ws.getCell("B2").note = "Bí thư nhiệm kỳ trước";
      ws.getCell("B3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFCFE2F3" } };
      const tong = file.addWorksheet("Tổng hợp");
      tong.getCell("A1").value = {
        formula: `COUNTA('${cadresName}'!A2:A200)`,
        result: 145,
      } as ExcelJS.CellFormulaValue;
    });
    const run = await start([path, "--out", join(dir, "cua-toi")]);
    expect(run.code, run.stderr).toBe(0);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(join(dir, "cua-toi", "cua-toi-ket-qua.xlsx"));
    const ws = out.getWorksheet(cadresName)!;
    expect(ws.getCell("B2").note).toBe("Bí thư nhiệm kỳ trước");
    expect((ws.getCell("B3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFCFE2F3");
    expect(out.getWorksheet("Tổng hợp")!.getCell("A1").formula).toBe(`COUNTA('${cadresName}'!A2:A200)`);
  });
});

describe("workbooks at the edge of what Sheets takes", () => {
  it("a stray cell at XFD1048576 is left out with a sentence, and the run goes on", async () => {
    const path = await workbookFile("thua-o.xlsx", (file) => {
      file.getWorksheet(cadresName)!.getCell("XFD1048576").value = "x";
    });
    const run = await start([path, "--out", join(dir, "thua-o")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      `Trang "${cadresName}": 1 ô nằm ngoài các cột có tiêu đề (ví dụ ô XFD1048576)`,
    );
  }, 60_000);

  it("a cell longer than Sheets takes is named, in Vietnamese, and nothing is written", async () => {
    const path = await workbookFile("qua-dai.xlsx", (file) => {
      file.getWorksheet(cadresName)!.getCell("B5").value = "Nguyễn ".repeat(9000);
    });
    const out = join(dir, "qua-dai");
    const run = await start([path, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Trang "${cadresName}", ô B5 có 63.000 ký tự, quá giới hạn 50.000 ký tự`);
    expect(run.stderr).not.toMatch(/Error|at |Exception/);
    await expect(readdir(out)).rejects.toThrow();
  });
});

describe("files that cannot be read or written", () => {
  it("each says what is wrong in one Vietnamese sentence, before the run, and exits 1", async () => {
    const input = await workbookFile("nguon.xlsx", () => {});
    // The result file's place is taken by a folder.
    const folderInTheWay = join(dir, "thu-muc-chan");
    await mkdir(join(folderInTheWay, "nguon-ket-qua.xlsx"), { recursive: true });
    // "--out" names a file.
    const fileAsOut = join(dir, "la-tep.txt");
    await writeFile(fileAsOut, "");
    // The result workbook is open in LibreOffice (its lock file beside it).
    const open = join(dir, "dang-mo");
    await mkdir(open, { recursive: true });
    await writeFile(join(open, "nguon-ket-qua.xlsx"), "");
    await writeFile(join(open, ".~lock.nguon-ket-qua.xlsx#"), "");
    const runs = await Promise.all([
      start([input, "--out", folderInTheWay]),
      start([input, "--out", fileAsOut]),
      start([input, "--out", open]),
      start([dir, "--out", join(dir, "x")]),
      start([join(dir, "khong-co.xlsx"), "--out", join(dir, "x")]),
    ]);
    const messages = [
      /^Không ghi được tệp "nguon-ket-qua\.xlsx": đã có một thư mục cùng tên ở đó; .+\.\n$/,
      /^Không ghi được kết quả vào ".+la-tep\.txt": đó là một tệp, không phải thư mục; .+\.\n$/,
      /^Không ghi được tệp "nguon-ket-qua\.xlsx": tệp đang được mở trong một chương trình khác .+\.\n$/,
      /là một thư mục, không phải tệp bảng tính/,
      /^Không tìm thấy tệp "khong-co\.xlsx": .+\.\n$/,
    ];
    runs.forEach((run, i) => {
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toBe("");
      expect(
        run.stderr
          .split("\n")
          .filter((l) => !l.startsWith("Đọc bảng tính"))
          .join("\n"),
      ).toMatch(messages[i]!);
    });
  }, 60_000);
});

describe("write failures said in one sentence", () => {
  it("name no permission, a file held by another program, a full disk", () => {
    const failure = (code: string) => writeFailure("/x/kq.xlsx", Object.assign(new Error(code), { code }));
    expect(failure("EACCES")).toMatch(/^Không có quyền ghi tệp "kq\.xlsx": .+\.$/);
    expect(failure("EPERM")).toMatch(/^Không có quyền ghi tệp "kq\.xlsx"/);
    expect(failure("EBUSY")).toMatch(/đang được mở trong một chương trình khác/);
    expect(failure("ENOSPC")).toBe('Không ghi được tệp "kq.xlsx": ổ đĩa đã đầy.');
    expect(writeFailure("/x/kq", Object.assign(new Error(), { code: "ENOTDIR" }), true)).toMatch(
      /^Không tạo được thư mục "\/x\/kq": trên đường dẫn có một tệp/,
    );
  });
});
