// npm start -- file.xlsx on a ward's own workbook, typed in Excel the way staff type: its own sheet
// and column names, a title above the header, a bad cell in the middle, a name in NFD, an id in
// another case, dates typed as text. Nothing dropped, respelled or misread, and what was read
// another way is said in the printed results.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAddonBuilt } from "../../scripts/start/build-if-needed";
import { parsePayload } from "../../shared/payload";
import { root, start } from "./process";

let dir = "";
let run: Awaited<ReturnType<typeof start>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npm-start-real-"));
  await ensureAddonBuilt(root, () => {});
  const book = new ExcelJS.Workbook();
  const settings = book.addWorksheet("Cài đặt");
  settings.addRows([
    ["Mục", "Giá trị"],
    ["Tên đơn vị", "Đoàn phường Hòa Bình"],
    ["Năm kế hoạch", 2026],
    ["Nhiệm kỳ", "2025 - 2030"],
  ]);
  book.addWorksheet("Đơn vị").addRows([
    ["Tên đơn vị", "Cấp", "Khu vực"],
    ["Đoàn phường Hòa Bình", "Phường, xã", ""],
    ["Chi đoàn Khu phố 1", "Cơ sở", "Địa bàn dân cư"],
    ["Chi đoàn Ủy ban nhân dân phường", "Cơ sở", "Hành chính sự nghiệp"],
  ]);
  book
    .addWorksheet("DS cán bộ")
    .addRows([
      ["DANH SÁCH CÁN BỘ ĐOÀN – HỘI – ĐỘI PHƯỜNG HÒA BÌNH NĂM 2026"],
      [],
      [
        "STT",
        "Mã",
        "Họ tên",
        "Ngày sinh",
        "Đơn vị công tác",
        "Chức vụ Đoàn",
        "Chuyển đổi số",
        "SĐT",
        "E-mail",
        "Sở thích",
      ],
      [
        1,
        "CB001",
        "Nguyễn Thị Thùy",
        "05/03/1995",
        "Chi đoàn Khu phố 1",
        "Bí thư",
        "Tốt",
        "0912345678",
        "thuy@gmail.com",
        "đọc sách",
      ],
      [
        2,
        "CB002",
        "Lê Hòa Bình".normalize("NFD"),
        "21/07/1996",
        "Chi đoàn Ủy ban nhân dân phường",
        "Ủy viên BCH",
        "Cơ bản",
        "0913345678",
        "khoe@",
        "",
      ],
      [
        3,
        "CB056",
        "Trần Thị Thuỳ Dương",
        "09/01/1998",
        "Chi đoàn Khu phố 1",
        "PBT",
        "Thành thạo",
        "0914345678",
        "duong@gmail.com",
        "",
      ],
    ]);
  book.addWorksheet("ĐTBD 2026").addRows([
    ["Mã CB", "Loại", "Tên lớp", "Ngày bắt đầu"],
    ["cb002", "Học tập, quán triệt Nghị quyết", "Quán triệt Nghị quyết Đại hội Đoàn phường", "15/03/2026"],
    ["cb056", "Học tập, quán triệt Nghị quyết", "Quán triệt Nghị quyết Đại hội Đoàn phường", "15/03/2026"],
  ]);
  // The plan sent twice by one unit, late then on time, under the plan's own long title.
  book.addWorksheet("Nộp văn bản").addRows([
    ["Đơn vị", "Văn bản", "Hạn nộp", "Ngày nhận"],
    [
      "Chi đoàn Khu phố 1",
      "Kế hoạch thực hiện công tác cán bộ Đoàn – Hội – Đội năm 2026",
      "11/08/2026",
      "20/08/2026",
    ],
    ["chi đoàn khu phố 1", "KH công tác cán bộ năm 2026", "11/08/2026", "10/08/2026"],
  ]);
  await book.xlsx.writeFile(join(dir, "phuong-hoa-binh.xlsx"));
  run = await start([join(dir, "phuong-hoa-binh.xlsx"), "--out", join(dir, "kq")]);
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("npm start on a ward's own workbook", () => {
  it("runs to the end and uses the ward plan of the workbook's year", () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Đoàn phường Hòa Bình năm 2026");
    expect(run.stdout).not.toContain("2023");
  });

  it("keeps the person whose one cell is bad: T01 is not met because of her", () => {
    const t01 = run.stdout.split("\n").find((line) => /\bT01\b/.test(line))!;
    expect(t01).toContain("2/3");
    expect(t01).toContain("Chưa đạt");
  });

  it("tracks each base unit once per document owed: the unit that sent twice is on time, the other has not sent", () => {
    const tracking = run.stdout.slice(run.stdout.indexOf("Nộp kế hoạch"));
    expect(tracking).toMatch(/Đúng hạn: 1\b/);
    expect(tracking).toMatch(/Chưa nộp \(quá hạn\): 1\b/);
    expect(tracking).toMatch(/Tổng: 2\b/);
    expect(tracking).not.toContain("Trễ hạn: 1");
  });

  it("says how the workbook was read, and lists the bad cells where they are", () => {
    expect(run.stdout).toContain('Đọc trang "DS cán bộ" làm trang "Cán bộ".');
    expect(run.stdout).toContain('Đọc trang "ĐTBD 2026" làm trang "Đào tạo bồi dưỡng".');
    expect(run.stdout).toContain('không đọc cột "Sở thích"');
    expect(run.stdout).toContain('Trang "DS cán bộ", dòng 4, cột "Chuyển đổi số" (G): "Tốt"');
    expect(run.stdout).toContain('Trang "DS cán bộ", dòng 5, cột "Email" (I): "khoe@"');
  });

  it("exports every person as typed, a bad value left out and named", async () => {
    const text = await readFile(join(dir, "kq", "phuong-hoa-binh-bieu-mau.json"), "utf8");
    const parsed = parsePayload(text);
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    const cadres = parsed.payload.profiles.filter((p) => p.kind === "cadre");
    expect(cadres.map((p) => p.fields.find((f) => f.key === "cadre.fullName")!.value)).toEqual([
      "Nguyễn Thị Thùy",
      "Lê Hòa Bình".normalize("NFC"),
      "Trần Thị Thuỳ Dương",
    ]);
    const binh = cadres.find((p) => p.id === "cadre:CB002")!;
    expect(binh.fields.find((f) => f.key === "cadre.dateOfBirth")?.value).toBe("1996-07-21");
    expect(binh.fields.map((f) => f.key)).not.toContain("cadre.email");
    expect(binh.omitted).toEqual([{ label: "Email", reason: 'ô "Email" (dòng 5) chưa hợp lệ' }]);
  });
});
