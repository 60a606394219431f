// npm start as a process: on the built-in sample, on a workbook it wrote before (round trip) and
// on files it must refuse. The output workbook is compared with what the add-on leaves in the
// in-memory runtime when run here on the same sample.
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAddonBuilt } from "../../scripts/start/build-if-needed";
import { RESULT_SHEET } from "../../scripts/start/report";
import { runAddon } from "../../scripts/start/run-addon";
import { useSheetTimeZone } from "../../scripts/xlsx/dates";
import { readWorkbookFile } from "../../scripts/xlsx/read";
import { cellValue } from "../../scripts/xlsx/snapshot";
import { parsePayload } from "../../shared/payload";
import { generateSampleWorkbook, sampleData, sampleDeliberateErrors } from "../../shared/sample";
import { evaluatePlan } from "../../shared/targets/engine";
import { type SpreadsheetSnapshot, snapshot } from "../sheets-runtime/index";
import { type Finished, root, start } from "./process";

/** "29/11/2026 17:06" changes from one run to the next. */
const maskTime = (value: unknown) =>
  typeof value === "string" ? value.replace(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/g, "<lúc>") : value;

async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

let dir = "";
let sample: Finished;
let roundTrip: Finished;
let here: SpreadsheetSnapshot;
const sampleOut = () => join(dir, "mau");
const sampleWorkbook = () => join(sampleOut(), "du-lieu-mau-ket-qua.xlsx");

beforeAll(async () => {
  useSheetTimeZone();
  dir = await mkdtemp(join(tmpdir(), "npm-start-"));
  const codePath = await ensureAddonBuilt(root, () => {});
  sample = await start(["--out", sampleOut()]);
  // Round trip: the workbook npm start wrote, read again as a user's file.
  roundTrip = await start([sampleWorkbook(), "--out", join(dir, "vong-lai")]);
  const sheets = Object.entries(generateSampleWorkbook()).map(([name, values]) => ({ name, values }));
  here = snapshot(runAddon(sheets, codePath, { fromTemplates: true }).runtime);
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("npm start on the sample", () => {
  it("prints the targets table, the data problems and the submissions count", () => {
    expect(sample.code, sample.stderr).toBe(0);
    const expected = evaluatePlan(sampleData().plan, sampleData().data, { today: "2000-01-01" });
    for (const result of expected) expect(sample.stdout).toContain(`│ ${result.target.id} `);
    expect(sample.stdout).toMatch(/Đạt: \d+ · Chưa đạt: \d+ · Thiếu dữ liệu: \d+ \(14 chỉ tiêu\)/);
    expect(sample.stdout).toContain(`${sampleDeliberateErrors.length} ô dữ liệu chưa hợp lệ`);
    expect(sample.stdout).toContain('Trang "Cán bộ", dòng 64, cột "Email" (S)');
    expect(sample.stdout).toMatch(/Đúng hạn: \d+ .*Tổng: \d+/);
    // Not a terminal: no colour codes.
    expect(sample.stdout).not.toContain("\x1b[");
    expect(sample.stderr).toContain("1/6 Tạo các trang…");
    expect(sample.stderr).toContain("6/6 Xuất dữ liệu cho biểu mẫu…");
  });

  it("writes the payload for the extension, valid against its schema", async () => {
    const text = await readFile(join(sampleOut(), "du-lieu-mau-bieu-mau.json"), "utf8");
    const parsed = parsePayload(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.payload.profiles.filter((p) => p.kind === "cadre").length).toBeGreaterThan(100);
  });

  it("writes the result sheet as the add-on wrote it: values and colours", async () => {
    const book = await openWorkbook(sampleWorkbook());
    const sheet = book.getWorksheet(RESULT_SHEET)!;
    const expected = here.sheets.find((s) => s.name === RESULT_SHEET)!;
    const [read] = (await readWorkbookFile(sampleWorkbook())).filter((s) => s.name === RESULT_SHEET);
    const width = Math.max(...expected.values.map((row) => row.length));
    const blank = (v: unknown) => (v === null || v === undefined ? "" : v);
    expect(read!.values.length).toBe(expected.values.length);
    expected.values.forEach((row, r) => {
      for (let c = 0; c < width; c++) {
        const want = maskTime(blank(cellValue(row[c] ?? "")));
        expect(maskTime(blank(read!.values[r]?.[c])), `${RESULT_SHEET}!R${r + 1}C${c + 1}`).toEqual(want);
        const fill = (sheet.getCell(r + 1, c + 1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        const background = expected.backgrounds[r]?.[c] ?? "#ffffff";
        expect(fill ?? "FFFFFFFF").toBe(`FF${background.slice(1).toUpperCase()}`);
        const font = sheet.getCell(r + 1, c + 1).font?.color?.argb;
        const colour = expected.fontColors[r]?.[c] ?? "#000000";
        expect(font ?? "FF000000").toBe(`FF${colour.slice(1).toUpperCase()}`);
      }
    });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: expected.frozenRows });
  });

  it("keeps the notes the data check put on the marked cells", async () => {
    const book = await openWorkbook(sampleWorkbook());
    const inRuntime: string[] = [];
    for (const sheet of here.sheets) {
      sheet.notes.forEach((row, r) => {
        row.forEach((note, c) => {
          if (note.startsWith("⚠")) inRuntime.push(`${sheet.name}!R${r + 1}C${c + 1}: ${note}`);
        });
      });
    }
    const inFile: string[] = [];
    for (const sheet of book.worksheets) {
      sheet.eachRow({ includeEmpty: true }, (row, r) => {
        // A blank cell can carry a note (the "must not be empty" mark).
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const note = typeof cell.note === "string" ? cell.note : "";
          if (note.startsWith("⚠")) inFile.push(`${sheet.name}!R${r}C${c}: ${note}`);
        });
      });
    }
    expect(inRuntime.length).toBe(sampleDeliberateErrors.length);
    expect(inFile.sort()).toEqual(inRuntime.sort());
  });
});

describe("npm start on a workbook it wrote (round trip)", () => {
  it("reads it back and reaches the same results and problems", () => {
    expect(roundTrip.code, roundTrip.stderr).toBe(0);
    const table = (out: string) => maskTime(out.slice(0, out.indexOf("\nNộp kế hoạch")));
    expect(table(roundTrip.stdout)).toBe(table(sample.stdout));
    expect(roundTrip.stderr).toContain("Đọc bảng tính du-lieu-mau-ket-qua.xlsx…");
  });
});

describe("npm start on files it cannot use", () => {
  it("says so in one Vietnamese sentence and exits with 1", async () => {
    const broken = join(dir, "hong");
    await mkdir(broken, { recursive: true });
    const random = join(broken, "ngau-nhien.xlsx");
    await writeFile(random, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256)));
    const encrypted = join(broken, "mat-khau.xlsx");
    await writeFile(encrypted, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]));
    const other = join(broken, "bang-khac.xlsx");
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Sheet1").addRow(["Họ tên", "Lớp"]);
    await book.xlsx.writeFile(other);
    // The output would land on the input itself (through a link): refused before anything is written.
    const outDir = join(broken, "ra");
    await mkdir(outDir);
    await writeFile(join(outDir, "lien-ket-ket-qua.xlsx"), "giữ nguyên");
    const link = join(broken, "lien-ket.xlsx");
    await symlink(join(outDir, "lien-ket-ket-qua.xlsx"), link);

    const runs = await Promise.all([
      start([random, "--out", outDir]),
      start([encrypted, "--out", outDir]),
      start([other, "--out", outDir]),
      start([link, "--out", outDir]),
    ]);
    const messages = [
      /^Tệp "ngau-nhien\.xlsx" không phải bảng tính \.xlsx: .+\.\n$/,
      /^Tệp "mat-khau\.xlsx" đang được đặt mật khẩu .+\.\n$/,
      /^Tệp "bang-khac\.xlsx" không có trang nào của kế hoạch .+\.\n$/,
      /^Tệp kết quả sẽ trùng với tệp gốc "lien-ket\.xlsx": .+\.\n$/,
    ];
    runs.forEach((run, i) => {
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(
        run.stderr
          .split("\n")
          .filter((line) => !line.startsWith("Đọc bảng tính"))
          .join("\n"),
      ).toMatch(messages[i]!);
    });
    expect(await readFile(join(outDir, "lien-ket-ket-qua.xlsx"), "utf8")).toBe("giữ nguyên");
  });
});
