import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoToDate } from "../../shared/dates";
import {
  CadreSchema,
  type Plan,
  PlanSchema,
  ReviewSchema,
  RotationRecordSchema,
  SubmissionSchema,
  SuccessionEntrySchema,
  TrainingRecordSchema,
  UnitSchema,
} from "../../shared/model";
import { preset2023 } from "../../shared/targets/preset-2023";
import { presets } from "../../shared/targets/presets";
import {
  type CellValue,
  type ColumnTemplate,
  columnLetter,
  defaultSettings,
  modelToRows,
  problemText,
  readSheetValues,
  readWorkbook,
  settingsRows,
  sheetTemplates,
  targetRows,
  templateById,
} from "../../shared/templates";
import { blankCell, CellFailure, cellParser, cellReader } from "../../shared/templates/cells";
import { z } from "../../shared/zod";

const col = (type: ColumnTemplate["type"], more: Partial<ColumnTemplate> = {}): ColumnTemplate => ({
  key: "x",
  header: "X",
  aliases: [],
  type,
  required: false,
  help: "",
  width: 100,
  ...more,
});
const parse = (column: ColumnTemplate, value: CellValue) => cellParser(column)(value);
const postColumn = templateById("cadres").columns.find((c) => c.key === "unionPost")!;

/** A workbook from sheet name → rows, for readWorkbook. */
const workbookOf = (sheets: Record<string, CellValue[][]>) => sheets;

const settings = {
  ...defaultSettings,
  unitName: "Đoàn phường Tân Phú",
  planYear: 2023,
  term: "2022–2027",
  levels: ["Thành phố", "Phường, xã", "Cơ sở"],
  presetId: "ke-hoach-can-bo-2023",
  keyPosts: ["secretary" as const, "deputySecretary" as const],
  minCandidates: 2,
  ageRule: "year" as const,
};

describe("sheet templates", () => {
  it("lists the sheets in creation order with Vietnamese names", () => {
    expect(sheetTemplates.map((t) => t.name)).toEqual([
      "Cài đặt",
      "Đơn vị",
      "Cán bộ",
      "Đào tạo bồi dưỡng",
      "Quy hoạch",
      "Tiêu chuẩn chức danh",
      "Luân chuyển bố trí",
      "Đánh giá",
      "Nộp kế hoạch",
      "Chỉ tiêu",
    ]);
    expect(templateById("cadres").name).toBe("Cán bộ");
  });

  it("gives every choice a label per key and unique headers per sheet", () => {
    for (const t of sheetTemplates) {
      expect(new Set(t.columns.map((c) => c.header.toLowerCase())).size).toBe(t.columns.length);
      for (const c of t.columns) if (c.keys) expect(c.keys.length).toBe(c.options?.length);
    }
  });

  it("offers each organisation's posts only in its column", () => {
    const options = (key: string) => templateById("cadres").columns.find((c) => c.key === key)!.options;
    expect(options("unionPost")).toContain("Bí thư Chi đoàn");
    expect(options("unionPost")).not.toContain("Chỉ huy Đội");
    expect(options("pioneersPost")).toContain("Tổng phụ trách Đội");
    expect(options("federationPost")).toContain("Chủ tịch Hội LHTN");
  });
});

describe("problemText", () => {
  it("names sheet, row, column and letter", () => {
    expect(columnLetter(1)).toBe("A");
    expect(columnLetter(26)).toBe("Z");
    expect(columnLetter(28)).toBe("AB");
    const text = problemText({
      sheet: "Cán bộ",
      row: 7,
      column: 6,
      header: "Ngày sinh",
      value: "31/02/2024",
      message: '"31/02/2024" không phải ngày có thật',
    });
    expect(text).toBe('Trang "Cán bộ", dòng 7, cột "Ngày sinh" (F): "31/02/2024" không phải ngày có thật.');
  });
});

describe("cell parsing by column type", () => {
  it("choice: Vietnamese label in any case or without diacritics, or the English key", () => {
    for (const typed of ["Bí thư", "bi thu", "Bí Thư", "  BÍ   THƯ ", "secretary"]) {
      expect(parse(postColumn, typed)).toEqual({ ok: true, value: "secretary" });
    }
    expect(parse(postColumn, "Phó Bí thư")).toEqual({ ok: true, value: "deputySecretary" });
    const bad = parse(postColumn, "Bí thư chi bộ");
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.message).toMatch(/^"Bí thư chi bộ" không thuộc danh sách cho phép \(Bí thư, Phó Bí thư, /);
  });

  it("choice without keys (unit levels) keeps the option's spelling", () => {
    const level = col("choice", { options: ["Thành phố", "Phường, xã", "Cơ sở"] });
    expect(parse(level, "phuong,xa")).toEqual({ ok: true, value: "Phường, xã" });
    expect(parse(level, "Quận").ok).toBe(false);
  });

  it("choiceList: comma or semicolon separated, options may hold commas", () => {
    const posts = templateById("targets").columns.find((c) => c.key === "posts")!;
    expect(parse(posts, "Bí thư, pho bi thu; pioneerLeader")).toEqual({
      ok: true,
      value: ["secretary", "deputySecretary", "pioneerLeader"],
    });
    expect(parse(posts, "Bí thư, Thủ quỹ").ok).toBe(false);
    const levels = col("choiceList", { options: ["Thành phố", "Phường, xã", "Cơ sở"] });
    expect(parse(levels, "Phường, xã, Cơ sở")).toEqual({ ok: true, value: ["Phường, xã", "Cơ sở"] });
    expect(parse(levels, "Quận").ok).toBe(false);
    expect(parse({ ...levels, allowOther: true }, "Quận; Phường, xã")).toEqual({
      ok: true,
      value: ["Quận", "Phường, xã"],
    });
    expect(parse(col("choiceList"), "THPT, Trung học phổ thông")).toEqual({
      ok: true,
      value: ["THPT", "Trung học phổ thông"],
    });
  });

  it("boolean: Có/Không, x, ✓, TRUE/FALSE and Sheets booleans", () => {
    const b = col("boolean");
    for (const yes of ["Có", "có", "co", "x", "X", "✓", "TRUE", "true", true])
      expect(parse(b, yes)).toEqual({ ok: true, value: true });
    for (const no of ["Không", "khong", "FALSE", "false", false])
      expect(parse(b, no)).toEqual({ ok: true, value: false });
    expect(parse(b, "").ok && parse(b, "").ok).toBe(true);
    expect(parse(b, "")).toEqual({ ok: true, value: undefined });
    expect(parse(b, "có lẽ").ok).toBe(false);
  });

  it("integer and number: numbers and Vietnamese numeric text", () => {
    expect(parse(col("number"), "12,5")).toEqual({ ok: true, value: 12.5 });
    expect(parse(col("number"), "1.234,5")).toEqual({ ok: true, value: 1234.5 });
    expect(parse(col("number"), "90%")).toEqual({ ok: true, value: 90 });
    expect(parse(col("number"), 7)).toEqual({ ok: true, value: 7 });
    expect(parse(col("integer"), "1.000")).toEqual({ ok: true, value: 1000 });
    expect(parse(col("integer"), "2023")).toEqual({ ok: true, value: 2023 });
    expect(parse(col("integer"), "2,5").ok).toBe(false);
    expect(parse(col("number"), "mười").ok).toBe(false);
  });

  it("date: Date, serial, dd/mm/yyyy and yyyy-mm-dd; impossible dates rejected", () => {
    const d = col("date");
    expect(parse(d, isoToDate("2023-03-05"))).toEqual({ ok: true, value: "2023-03-05" });
    expect(parse(d, "05/03/2023")).toEqual({ ok: true, value: "2023-03-05" });
    expect(parse(d, "2023-03-05")).toEqual({ ok: true, value: "2023-03-05" });
    expect(parse(d, 45000)).toEqual({ ok: true, value: "2023-03-15" });
    const bad = parse(d, "31/02/2023");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain("31/02/2023");
  });

  it("phone keeps its leading 0, also when Sheets made it a number", () => {
    const p = col("phone");
    expect(parse(p, 912345678)).toEqual({ ok: true, value: "0912345678" });
    expect(parse(p, "0912 345 678")).toEqual({ ok: true, value: "0912345678" });
    expect(parse(p, "0912.345.678")).toEqual({ ok: true, value: "0912345678" });
    expect(parse(p, "gọi sau").ok).toBe(false);
    // Digits only, with or without "+": 8 to 12 of them.
    expect(parse(p, "0912345678")).toEqual({ ok: true, value: "0912345678" });
    expect(parse(p, "+84912345678")).toEqual({ ok: true, value: "+84912345678" });
    for (const bad of ["0912345", "+0912345", "0912345678901", "+", "09123a5678", "0912+345678"]) {
      expect(parse(p, bad).ok, bad).toBe(false);
    }
  });

  it("email, term and text", () => {
    expect(parse(col("email"), "an@gmail.com")).toEqual({ ok: true, value: "an@gmail.com" });
    expect(parse(col("email"), "an.gmail.com").ok).toBe(false);
    expect(parse(col("term"), "2022 - 2027")).toEqual({ ok: true, value: "2022–2027" });
    expect(parse(col("term"), "2027–2022").ok).toBe(false);
    expect(parse(col("text"), "  Nguyễn   Văn  An ")).toEqual({ ok: true, value: "Nguyễn Văn An" });
    // Stored as typed, in NFC: the tone mark stays where the user put it.
    expect(parse(col("text"), "Nguye\u0302\u0303n")).toEqual({ ok: true, value: "Nguyễn" });
    expect(parse(col("text"), "Hoà")).toEqual({ ok: true, value: "Hoà" });
    expect(parse(col("text"), "Hòa")).toEqual({ ok: true, value: "Hòa" });
    expect(parse(col("text"), "Nguyễn Thị Thùy")).toEqual({ ok: true, value: "Nguyễn Thị Thùy" });
    expect(parse(col("text"), "Ủy ban")).toEqual({ ok: true, value: "Ủy ban" });
  });

  it("a very long cell is quoted short in its message (a cell holds 50 000 characters, a note should not)", () => {
    const long = `Bí thư ${"rất dài ".repeat(6000)}`;
    const columns = [postColumn, col("email"), col("phone"), col("term"), col("integer"), col("boolean")];
    for (const column of columns) {
      const result = parse(column, long);
      expect(result.ok, column.type).toBe(false);
      if (!result.ok) {
        expect(result.message.length, column.type).toBeLessThan(400);
        expect(result.message, column.type).toContain('"Bí thư rất dài');
        expect(result.message, column.type).toContain("…");
      }
    }
    const unknown = readWorkbook(
      workbookOf({
        [templateById("units").name]: [
          ["Tên đơn vị", "Cấp"],
          ["Đoàn phường Tân Phú", "Cơ sở"],
        ],
        [templateById("cadres").name]: [
          ["Mã cán bộ", "Họ và tên", "Đơn vị"],
          ["CB001", "Nguyễn Văn An", long],
        ],
      }),
    );
    const problem = unknown.problems.find((p) => p.sheet === templateById("cadres").name)!;
    expect(problem.message.length).toBeLessThan(400);
  });
});

describe("readSheetValues", () => {
  const units = templateById("units");

  it("finds columns by header in any order, ignores extra columns and blank rows", () => {
    const values: CellValue[][] = [
      ["Ghi chú riêng", "cấp", "TÊN ĐƠN VỊ", "Khu vuc"],
      ["x", "Cơ sở", "Chi đoàn Khu phố 1", "Địa bàn dân cư"],
      ["", "", "", ""],
      [null, "co so", "Đoàn trường THPT Tân Phú", "schools"],
    ];
    const read = readSheetValues(units, values);
    expect(read.problems).toEqual([]);
    expect(read.missingColumns).toEqual([]);
    expect(read.columnIndex).toMatchObject({ name: 2, level: 1, sector: 3 });
    expect(read.records).toEqual([
      { row: 2, record: { name: "Chi đoàn Khu phố 1", level: "Cơ sở", sector: "residential" } },
      { row: 4, record: { name: "Đoàn trường THPT Tân Phú", level: "Cơ sở", sector: "schools" } },
    ]);
    expect(read.rowsRead).toBe(2);
  });

  it("reports a missing required column once, not per row, and still reads the rows", () => {
    const read = readSheetValues(units, [
      ["Tên đơn vị", "Khu vực"],
      ["A", ""],
      ["B", ""],
    ]);
    expect(read.missingColumns).toEqual(["Cấp"]);
    expect(read.problems).toEqual([]);
    expect(read.records.map((r) => r.record)).toEqual([{ name: "A" }, { name: "B" }]);
  });

  it("keeps every row and reports each bad cell where it is in the sheet", () => {
    const read = readSheetValues(units, [
      ["Khu vực", "Tên đơn vị", "Cấp"],
      ["Trường học", "Đoàn trường A", "Cơ sở"],
      ["Vũ trụ", "Đoàn trường B", "Tỉnh"],
      ["", "", "Cơ sở"],
      ["", "Đoàn trường C", "Cơ sở"],
    ]);
    expect(read.records.map((r) => r.record)).toEqual([
      { name: "Đoàn trường A", level: "Cơ sở", sector: "schools" },
      { name: "Đoàn trường B" },
      { level: "Cơ sở" },
      { name: "Đoàn trường C", level: "Cơ sở" },
    ]);
    expect(read.problems.map((p) => [p.row, p.column, p.header])).toEqual([
      [3, 1, "Khu vực"],
      [3, 3, "Cấp"],
      [4, 2, "Tên đơn vị"],
    ]);
    expect(read.problems[2]!.message).toBe("ô này không được để trống");
  });

  it("finds the header under a title and by the words staff use, and lists the columns it reads past", () => {
    const cadres = templateById("cadres");
    const read = readSheetValues(cadres, [
      ["DANH SÁCH CÁN BỘ ĐOÀN PHƯỜNG TÂN PHÚ NĂM 2026"],
      [],
      ["STT", "Mã", "Họ tên", "Ngày sinh (dd/mm/yyyy)", "SĐT", "E-mail", "Đơn vị công tác", "Sở thích"],
      [
        1,
        "CB001",
        "Nguyễn Thị Thùy",
        "05/03/1995",
        "0912 345 678",
        "thuy@gmail.com",
        "Chi đoàn Khu phố 1",
        "đọc sách",
      ],
    ]);
    expect(read.headerRow).toBe(2);
    expect(read.missingColumns).toEqual([]);
    expect(read.unknownColumns).toEqual([{ sheet: "Cán bộ", column: 8, header: "Sở thích" }]);
    expect(read.records).toEqual([
      {
        row: 4,
        record: {
          id: "CB001",
          fullName: "Nguyễn Thị Thùy",
          dateOfBirth: "1995-03-05",
          phone: "0912345678",
          email: "thuy@gmail.com",
          unit: "Chi đoàn Khu phố 1",
        },
      },
    ]);
  });

  it("skips a repeated header row", () => {
    const read = readSheetValues(units, [
      ["Tên đơn vị", "Cấp"],
      ["Tên đơn vị", "Cấp"],
      ["Đoàn trường A", "Cơ sở"],
    ]);
    expect(read.problems).toEqual([]);
    expect(read.records).toHaveLength(1);
  });
});

describe("readWorkbook", () => {
  const unitRows = modelToRows("units", [
    { name: "Đoàn phường Tân Phú", level: "Phường, xã" },
    { name: "Chi đoàn Khu phố 1", level: "Cơ sở", sector: "residential", parent: "Đoàn phường Tân Phú" },
  ]);
  const cadreRows: CellValue[][] = [
    [
      "Mã cán bộ",
      "Họ và tên",
      "Đơn vị",
      "Chức vụ Đoàn",
      "Ngày nhận chức vụ Đoàn",
      "Chức vụ Hội",
      "Điện thoại",
    ],
    ["CB01", "Nguyễn Văn An", "Chi đoàn Khu phố 1", "bi thu", "01/03/2023", "Chủ tịch Hội LHTN", 912345678],
    ["CB02", "Trần Thị Bích", "chi doan khu pho 1", "Phó Bí thư", "", "", ""],
    ["CB01", "Lê Văn Cường", "Chi đoàn Khu phố 1", "", "", "", ""],
    ["CB03", "Phạm Thị Dung", "Chi đoàn Khu phố 9", "", "", "", ""],
  ];
  const trainingRows: CellValue[][] = [
    ["Mã cán bộ", "Loại đào tạo", "Tên lớp, nội dung", "Từ ngày"],
    ["CB01", "Chuyên đề", "Chuyên đề 1", "10/04/2023"],
    ["CB77", "Chuyên đề", "Chuyên đề 1", "10/04/2023"],
  ];
  const reviewRows: CellValue[][] = [
    ["Mã cán bộ", "Năm", "Xếp loại"],
    ["CB01", 1800, "Hoàn thành tốt nhiệm vụ"],
    ["CB02", 2022, "good"],
  ];
  const read = readWorkbook(
    workbookOf({
      "Cài đặt": settingsRows(settings),
      "Đơn vị": unitRows,
      "Cán bộ": cadreRows,
      "Đào tạo bồi dưỡng": trainingRows,
      "Đánh giá": reviewRows,
    }),
  );

  it("reads settings, units and cadres with their positions", () => {
    expect(read.settings).toEqual(settings);
    expect(read.data.units).toHaveLength(2);
    expect(read.data.cadres[0]).toMatchObject({
      id: "CB01",
      fullName: "Nguyễn Văn An",
      unit: "Chi đoàn Khu phố 1",
      positions: [
        { organization: "union", post: "secretary", since: "2023-03-01" },
        { organization: "federation", post: "federationChair" },
      ],
      phone: "0912345678",
      row: 2,
      invalid: undefined,
    });
    // The unit is kept as typed ("chi doan khu pho 1"); it matches the units sheet's all the same.
    expect(read.data.cadres[1]!.unit).toBe("chi doan khu pho 1");
  });

  it("keeps the first row of each cadre id and unit name, whatever its case, and names it for the others", () => {
    const dup = readWorkbook(
      workbookOf({
        [templateById("units").name]: [
          ["Tên đơn vị", "Cấp"],
          ["Chi đoàn Khu phố 1", "Cơ sở"],
          ["Chi đoàn Khu phố 2", "Cơ sở"],
          ["chi đoàn khu phố 1", "Cơ sở"],
        ],
        [templateById("cadres").name]: [
          ["Mã cán bộ", "Họ và tên", "Đơn vị"],
          ["CB01", "Nguyễn Văn An", "Chi đoàn Khu phố 1"],
          ["CB02", "Trần Thị Bình", "Chi đoàn Khu phố 2"],
          ["cb01", "Lê Văn Cường", "Chi đoàn Khu phố 2"],
          ["CB03", "Phạm Thị Dung", "Chi đoàn Khu phố 1"],
          ["CB02", "Võ Văn Em", "Chi đoàn Khu phố 1"],
          ["CB01", "Đỗ Thị Giang", "Chi đoàn Khu phố 1"],
        ],
      }),
    );
    expect(dup.problems.map((p) => [p.sheet, p.row, p.message])).toEqual([
      ["Đơn vị", 4, 'đơn vị "chi đoàn khu phố 1" trùng với dòng 2'],
      ["Cán bộ", 4, 'mã cán bộ "cb01" trùng với dòng 2'],
      ["Cán bộ", 6, 'mã cán bộ "CB02" trùng với dòng 3'],
      ["Cán bộ", 7, 'mã cán bộ "CB01" trùng với dòng 2'],
    ]);
    expect(dup.data.units.map((u) => u.name)).toEqual(["Chi đoàn Khu phố 1", "Chi đoàn Khu phố 2"]);
    expect(dup.data.cadres.map((c) => c.fullName)).toEqual([
      "Nguyễn Văn An",
      "Trần Thị Bình",
      "Phạm Thị Dung",
    ]);
  });

  it("checks the sheets against each other: reports, and keeps the row", () => {
    expect(read.problems.map((p) => [p.sheet, p.row, p.header])).toEqual([
      ["Cán bộ", 4, "Mã cán bộ"],
      ["Cán bộ", 5, "Đơn vị"],
      ["Đào tạo bồi dưỡng", 3, "Mã cán bộ"],
      ["Đánh giá", 2, "Năm"],
    ]);
    expect(read.problems[0]!.message).toContain("trùng với dòng 2");
    expect(read.problems[1]!.message).toBe('đơn vị "Chi đoàn Khu phố 9" không có trong trang "Đơn vị"');
    expect(read.problems[2]!.message).toBe('mã cán bộ "CB77" không có trong trang "Cán bộ"');
    expect(read.problems[3]!.message).toBe('"1800" không hợp lệ: năm phải từ 1945 trở đi');
    // The repeated id is the one row dropped; the cadre of an unknown unit still counts.
    expect(read.data.cadres.map((c) => c.id)).toEqual(["CB01", "CB02", "CB03"]);
    expect(read.data.trainings.map((t) => t.cadreId)).toEqual(["CB01", "CB77"]);
    expect([...read.data.trainingCadres!]).toEqual([0, -1]);
    expect(read.data.reviews.map((r) => [r.cadreId, r.year, r.rating, r.invalid])).toEqual([
      ["CB01", undefined, "good", { year: 'ô "Năm" (dòng 2) chưa hợp lệ' }],
      ["CB02", 2022, "good", undefined],
    ]);
  });

  it("lists missing sheets and falls back to the preset's targets", () => {
    expect(read.missingSheets).toEqual([
      "Quy hoạch",
      "Tiêu chuẩn chức danh",
      "Luân chuyển bố trí",
      "Nộp kế hoạch",
      "Chỉ tiêu",
    ]);
    expect(read.plan.targets).toEqual(preset2023.targets);
    expect(read.plan.year).toBe(2023);
  });

  it("reports a bad setting at its cell and keeps the default", () => {
    const rows = settingsRows(settings);
    rows[2]![1] = "năm nay";
    const r = readWorkbook(workbookOf({ "Cài đặt": rows }));
    expect(r.problems.map((p) => [p.sheet, p.row, p.column, p.header])).toEqual([
      ["Cài đặt", 3, 2, "Năm kế hoạch"],
    ]);
    expect(r.settings.levels).toEqual(["Thành phố", "Phường, xã", "Cơ sở"]);
  });

  it("links each training to its cadre by id whatever its case and spacing, the kept row of a repeated id too", () => {
    const r = readWorkbook(
      workbookOf({
        "Cài đặt": settingsRows(settings),
        "Đơn vị": modelToRows("units", [{ name: "Chi đoàn Khu phố 1", level: "Cơ sở" }]),
        "Cán bộ": [
          ["Mã cán bộ", "Họ và tên", "Đơn vị", "Ngày sinh"],
          ["CB-01", "Nguyễn Văn An", "Chi đoàn Khu phố 1", ""],
          ["CB-02", "Trần Thị Bích", "Chi đoàn Khu phố 1", "31/02/2000"],
          ["cb-01", "Nguyễn Văn An", "Chi đoàn Khu phố 1", ""],
          ["CB-03", "Lê Văn Cường", "Chi đoàn Khu phố 1", ""],
        ],
        "Đào tạo bồi dưỡng": [
          ["Mã cán bộ", "Loại đào tạo", "Tên lớp, nội dung", "Từ ngày"],
          ["CB-03", "Chuyên đề", "Chuyên đề 1", "10/04/2023"],
          ["cb-01", "Chuyên đề", "Chuyên đề 1", "10/04/2023"],
          ["CB-02", "Chuyên đề", "Chuyên đề 1", "10/04/2023"],
          ["CB-09", "Chuyên đề", "Chuyên đề 1", "10/04/2023"],
          [" cb-01 ", "Chuyên đề", "Chuyên đề 2", "12/04/2023"],
        ],
      }),
    );
    // The repeated "cb-01" row is reported and dropped; CB-02 keeps its row, its bad date left out.
    expect(r.data.cadres.map((c) => c.id)).toEqual(["CB-01", "CB-02", "CB-03"]);
    expect(r.data.cadres[1]!.invalid).toEqual({ dateOfBirth: 'ô "Ngày sinh" (dòng 3) chưa hợp lệ' });
    // "cb-01" attaches to CB-01's kept row, never to the rejected duplicate; CB-09 is no one's.
    expect([...r.data.trainingCadres!]).toEqual([2, 0, 1, -1, 0]);
    expect(r.problems.map((p) => [p.sheet, p.row])).toEqual([
      ["Cán bộ", 3],
      ["Cán bộ", 4],
      ["Đào tạo bồi dưỡng", 5],
    ]);
  });
});

/** A plan using every requirement and filter the targets sheet offers. */
const fixturePlan: Plan = PlanSchema.parse({
  id: "thu-nghiem",
  title: "Kế hoạch thử",
  year: 2025,
  targets: [
    {
      id: "A1",
      text: "Bí thư, Phó Bí thư chuyên trách cấp phường có trình độ đại học",
      source: "Mục 1",
      subject: "cadres",
      filter: {
        posts: ["secretary", "deputySecretary"],
        organizations: ["union"],
        fullTime: ["fullTime", "partTime"],
        levels: ["Phường, xã"],
      },
      requirement: { kind: "education", min: "university" },
      measure: { kind: "share", percent: 90.5 },
      period: { from: "2025-07-01", to: "2025-12-31" },
    },
    {
      id: "A2",
      text: "Cán bộ mới nhận nhiệm vụ không chuyên trách có lý luận trung cấp",
      source: "",
      subject: "cadres",
      filter: {
        newlyAssigned: true,
        fullTime: ["partTime", "notFullTime"],
        sectors: ["schools", "workers"],
        unitNameContains: ["THPT"],
      },
      requirement: { kind: "politicalTheory", min: "intermediate" },
      measure: { kind: "count", atLeast: 3 },
      period: { from: "2025-01-01", to: "2025-12-31" },
    },
    {
      id: "A3",
      text: "Ngoại ngữ B2",
      source: "",
      subject: "cadres",
      filter: {},
      requirement: { kind: "languageLevel", min: "B2" },
      measure: { kind: "count", atLeast: 0 },
      period: { from: "2025-01-01", to: "2025-12-31" },
    },
    {
      id: "A4",
      text: "Nộp báo cáo",
      source: "",
      subject: "units",
      filter: { levels: ["Cơ sở"] },
      requirement: { kind: "submission", document: "Báo cáo, sơ kết", onTime: false, deadline: "2025-06-30" },
      measure: { kind: "share", percent: 100 },
      period: { from: "2025-01-01", to: "2025-12-31" },
    },
    {
      id: "A5",
      text: "Luân chuyển, đề bạt",
      source: "",
      subject: "rotations",
      filter: {
        fromPosts: ["pioneerCommander"],
        fromUnitNameContains: ["THCS", "Liên đội"],
        rotationKinds: ["rotation", "promotion"],
      },
      requirement: { kind: "none" },
      measure: { kind: "count", atLeast: 2 },
      period: { from: "2025-01-01", to: "2025-12-31" },
    },
    {
      id: "A7",
      text: "100% chức danh chủ chốt có từ 2 người quy hoạch trở lên",
      source: "",
      subject: "units",
      filter: { levels: ["Cơ sở"] },
      requirement: {
        kind: "successionDepth",
        posts: ["secretary", "deputySecretary"],
        terms: ["2030–2035"],
        minCandidates: 2,
      },
      measure: { kind: "share", percent: 100 },
      period: { from: "2025-01-01", to: "2025-12-31" },
    },
    {
      id: "A8",
      text: "Người quy hoạch đạt tiêu chuẩn chức danh",
      source: "",
      subject: "units",
      filter: {},
      requirement: { kind: "successionStandards", terms: ["2030–2035"] },
      measure: { kind: "share", percent: 90 },
      period: { from: "2025-01-01", to: "2025-12-31" },
    },
    {
      id: "A6",
      text: "Quy hoạch Chủ tịch Hội",
      source: "",
      subject: "units",
      filter: {},
      requirement: { kind: "succession", posts: ["federationChair"], terms: ["2025–2030"] },
      measure: { kind: "share", percent: 100 },
      period: { from: "2025-01-01", to: "2025-12-31" },
    },
  ],
});

describe("targets sheet", () => {
  const readTargets = (rows: CellValue[][]) =>
    readWorkbook(workbookOf({ "Cài đặt": settingsRows(settings), "Chỉ tiêu": rows }));

  it("round-trips every target of every preset exactly", () => {
    for (const preset of presets) {
      const targets = preset.targets(settings);
      const read = readTargets(targetRows({ id: preset.id, title: preset.label, year: 2023, targets }));
      expect(read.problems).toEqual([]);
      expect(read.plan.targets).toEqual(
        PlanSchema.parse({ id: "x", title: "x", year: 2023, targets }).targets,
      );
    }
  });

  it("round-trips a plan using every requirement and filter", () => {
    const read = readTargets(targetRows(fixturePlan));
    expect(read.problems).toEqual([]);
    expect(read.plan.targets).toEqual(fixturePlan.targets);
  });

  it("names the column a requirement needs", () => {
    const rows = targetRows(fixturePlan);
    const header = rows[0]!;
    const at = (h: string) => header.indexOf(h);
    rows[1]![at("Mức tối thiểu")] = "B1 (Bậc 3)"; // a language level for an education requirement
    rows[4]![at("Văn bản")] = "";
    rows[6]![at("Cách tính")] = "Tỉ lệ %";
    rows[6]![at("Chỉ tiêu")] = 120;
    const read = readTargets(rows);
    expect(read.problems.map((p) => [p.row, p.header])).toEqual([
      [2, "Mức tối thiểu"],
      [5, "Văn bản"],
      [7, "Chỉ tiêu"],
    ]);
    expect(read.problems[1]!.message).toBe('cần điền khi Yêu cầu là "Nộp văn bản"');
    expect(read.plan.targets.map((t) => t.id)).toEqual(["A2", "A3", "A5", "A8", "A6"]);
  });

  it("takes a training requirement without a count as once", () => {
    const rows = targetRows(preset2023).slice(0, 2);
    rows[1]![rows[0]!.indexOf("Số lần tối thiểu mỗi người")] = "";
    expect(readTargets(rows).plan.targets).toEqual([preset2023.targets[0]]);
    rows[1]![rows[0]!.indexOf("Loại đào tạo")] = "";
    const read = readTargets(rows);
    expect(read.problems.map((p) => p.header)).toEqual(["Loại đào tạo"]);
  });
});

describe("writing and reading back", () => {
  it("writes dates as Date and choices as labels", () => {
    const rows = modelToRows("cadres", [
      {
        id: "CB01",
        fullName: "Nguyễn Văn An",
        unit: "Chi đoàn Khu phố 1",
        positions: [{ organization: "pioneers", post: "pioneerLeader", since: "2023-09-05" }],
        fullTime: "fullTime",
        languageLevel: "B1",
      },
    ]);
    const row = Object.fromEntries(rows[0]!.map((h, i) => [String(h), rows[1]![i]]));
    expect(row["Chức vụ Đội"]).toBe("Tổng phụ trách Đội");
    expect(row["Ngày nhận chức vụ Đội"]).toEqual(isoToDate("2023-09-05"));
    expect(row["Chuyên trách"]).toBe("Chuyên trách");
    expect(row["Ngoại ngữ"]).toBe("B1 (Bậc 3)");
    expect(row["Chức vụ Đoàn"]).toBe("");
  });
});

describe("one source for each rule", () => {
  /** Data sheets: each column is a field of the sheet's schema (the cadres' post columns are the positions'). */
  const schemaOf = {
    units: UnitSchema,
    cadres: CadreSchema,
    trainings: TrainingRecordSchema,
    successions: SuccessionEntrySchema,
    rotations: RotationRecordSchema,
    reviews: ReviewSchema,
    submissions: SubmissionSchema,
  } as const;
  const dataTemplates = sheetTemplates.filter((t) => t.id in schemaOf);

  it("takes every data column's type and whether it is required from its field's schema", () => {
    let fields = 0;
    for (const template of dataTemplates) {
      const shape = schemaOf[template.id as keyof typeof schemaOf].shape as Record<string, z.ZodType>;
      for (const column of template.columns) {
        const field = shape[column.key];
        if (!field) continue;
        fields++;
        expect(column.required, `${template.name}: ${column.header}`).toBe(!(field instanceof z.ZodOptional));
        expect(column.fieldSchema, column.header).toBeDefined();
      }
      // Every field of the schema has its column (positions through the post columns).
      const keys = new Set(template.columns.map((c) => c.key));
      for (const key of Object.keys(shape))
        if (key !== "positions") expect(keys.has(key), `${template.id}.${key}`).toBe(true);
    }
    expect(fields).toBeGreaterThan(40);
  });

  it("gives from every data column's cells only values its field's schema takes", () => {
    const cells = (column: ColumnTemplate): fc.Arbitrary<CellValue> =>
      fc.oneof(
        fc.string(),
        fc.string({ unit: fc.constantFrom(..." \t\u00a0aàÀđĐ0123456789@.-+/–,;()"), maxLength: 20 }),
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.date(),
        fc.constant(null),
        fc.constantFrom(
          " Có ",
          "không",
          "x",
          "2025 - 2030",
          "2030–2025",
          "01/02/2023",
          "31/02/2023",
          "2023-2-1",
        ),
        fc.constantFrom(
          "0912 345 678",
          "+84912345678",
          " a@b.vn ",
          "a@b",
          "079095001234",
          79095001234,
          1800,
          2023,
        ),
        ...(column.options?.length
          ? [
              fc.constantFrom(
                ...column.options,
                ...(column.keys ?? []),
                ...(column.optionAliases ?? []).flat(),
              ),
            ]
          : []),
      );
    let checked = 0;
    for (const template of dataTemplates) {
      for (const column of template.columns) {
        if (!column.fieldSchema) continue;
        const read = cellReader(column);
        fc.assert(
          fc.property(cells(column), (cell) => {
            const value = read(cell);
            return (
              value === blankCell ||
              value instanceof CellFailure ||
              column.fieldSchema!.safeParse(value).success
            );
          }),
          { numRuns: 150 },
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(45);
  });

  it("writes each date order once: the reader marks the later cell, the schema refuses the record", () => {
    const training = {
      cadreId: "CB1",
      kind: "topic",
      title: "Chuyên đề",
      startDate: "2023-05-10",
      endDate: "2023-05-01",
    };
    expect(TrainingRecordSchema.safeParse(training).error?.issues.map((i) => i.path)).toEqual([["endDate"]]);
    const read = readWorkbook({
      "Đào tạo bồi dưỡng": [
        ["Mã cán bộ", "Loại đào tạo", "Tên lớp, nội dung", "Từ ngày", "Đến ngày"],
        ["CB1", "Chuyên đề", "Chuyên đề", "10/05/2023", "01/05/2023"],
      ],
    });
    expect(read.problems.map((p) => [p.row, p.header, p.message])).toEqual([
      [2, "Đến ngày", "ngày kết thúc trước ngày bắt đầu"],
    ]);
    expect(read.data.trainings[0]).toMatchObject({ startDate: "2023-05-10", endDate: undefined });
  });
});

describe("what staff type", () => {
  const cadres = templateById("cadres");
  const cell = (key: string, value: CellValue) => parse(cadres.columns.find((c) => c.key === key)!, value);

  it("takes the spellings staff use for the same value", () => {
    const cases: Array<[string, CellValue, unknown]> = [
      ["education", "Thạc sỹ", "master"],
      ["education", "THẠC SĨ", "master"],
      ["education", "Ths.", "master"],
      ["education", "Cử nhân", "university"],
      ["education", "Kỹ sư", "university"],
      ["education", "Kĩ sư", "university"],
      ["education", "ĐH", "university"],
      ["unionPost", "Ủy viên BCH", "executiveCommittee"],
      ["unionPost", "Uỷ viên Ban Chấp hành", "executiveCommittee"],
      ["unionPost", "UV BTV", "standingCommittee"],
      ["unionPost", "PBT", "deputySecretary"],
      ["politicalTheory", "Trung cấp LLCT", "intermediate"],
      ["politicalTheory", "TC LLCT", "intermediate"],
      ["politicalTheory", "Cao cấp lý luận chính trị", "advanced"],
      ["languageLevel", "Bậc 3", "B1"],
      ["languageLevel", "bậc 3/6", "B1"],
      ["languageLevel", "B1", "B1"],
      ["fullTime", "Có", "fullTime"],
      ["fullTime", "Bán chuyên trách", "partTime"],
      ["fullTime", "Không", "notFullTime"],
    ];
    for (const [key, typed, value] of cases)
      expect(cell(key, typed), `${key}: ${typed}`).toEqual({ ok: true, value });
    // Still refused: what is no value of the list.
    expect(cell("digitalSkills", "Tốt").ok).toBe(false);
    expect(cell("education", "Cử nhân LLCT").ok).toBe(false);
  });

  it("reads a CCCD number as 12 digits, the zeros Sheets dropped put back", () => {
    expect(cell("idNumber", 79095001234)).toEqual({ ok: true, value: "079095001234" });
    expect(cell("idNumber", "079 095 001 234")).toEqual({ ok: true, value: "079095001234" });
    expect(cell("idNumber", 1095001234)).toEqual({ ok: true, value: "001095001234" });
    for (const bad of ["07909500123", "0790950012345", "CCCD 079095001234", "999095001234"]) {
      expect(cell("idNumber", bad).ok, bad).toBe(false);
    }
  });

  it("refuses dates that cannot be, at the later cell, and keeps the rest of the row", () => {
    const read = readWorkbook({
      "Cài đặt": settingsRows({ ...settings, planYear: 2026 }),
      "Cán bộ": [
        [
          "Mã cán bộ",
          "Họ và tên",
          "Đơn vị",
          "Ngày sinh",
          "Chức vụ Đoàn",
          "Ngày nhận chức vụ Đoàn",
          "Số CCCD",
          "Giới tính",
        ],
        ["CB1", "Nguyễn Văn An", "Chi đoàn 1", "05/03/2030", "Bí thư", "01/01/2024", "", "Nam"],
        ["CB2", "Trần Thị Bình", "Chi đoàn 1", "05/03/1995", "Bí thư", "01/01/1990", "", "Nữ"],
        ["CB3", "Lê Văn Cường", "Chi đoàn 1", "05/03/1995", "", "", "079096001234", "Nam"],
        ["CB4", "Phạm Thị Dung", "Chi đoàn 1", "05/03/1996", "", "", "079096001234", "Nữ"],
      ],
      "Nộp kế hoạch": [
        ["Đơn vị", "Văn bản", "Hạn nộp", "Ngày nhận"],
        ["Chi đoàn 1", "Kế hoạch công tác cán bộ", "11/08/2026", "05/08/2025"],
      ],
    });
    expect(read.problems.map((p) => [p.sheet, p.row, p.header, p.message])).toEqual([
      ["Cán bộ", 2, "Ngày sinh", "ngày sinh sau năm kế hoạch 2026: không thể có"],
      ["Cán bộ", 3, "Ngày nhận chức vụ Đoàn", "ngày nhận chức vụ Đoàn trước ngày sinh"],
      [
        "Cán bộ",
        4,
        "Số CCCD",
        "số CCCD ghi năm sinh 1996, khác ngày sinh (1995): kiểm tra lại một trong hai ô",
      ],
      ["Cán bộ", 5, "Số CCCD", "số CCCD ghi giới tính Nam, khác cột Giới tính: kiểm tra lại"],
      ["Nộp kế hoạch", 2, "Ngày nhận", "ngày nhận trước năm của hạn nộp (2026): kiểm tra lại năm"],
    ]);
    const [an, binh, cuong] = read.data.cadres;
    expect(an).toMatchObject({
      id: "CB1",
      dateOfBirth: undefined,
      positions: [{ post: "secretary", since: "2024-01-01" }],
    });
    // The appointment's date is left out; the post stays.
    expect(binh!.positions).toEqual([{ organization: "union", post: "secretary" }]);
    expect(cuong).toMatchObject({ dateOfBirth: "1995-03-05", idNumber: undefined });
    expect(read.data.submissions[0]).toMatchObject({ deadline: "2026-08-11", received: undefined });
  });

  it("shows names as typed, in NFC, whatever the tone placement", () => {
    const read = readWorkbook({
      "Cán bộ": [
        ["Mã cán bộ", "Họ và tên", "Đơn vị"],
        ["CB1", "Nguyễn Thị Thùy", "Ủy ban phường"],
        ["CB2", "Lê Hoà Bình".normalize("NFD"), "Uỷ ban phường"],
      ],
    });
    expect(read.data.cadres.map((c) => [c.fullName, c.unit])).toEqual([
      ["Nguyễn Thị Thùy", "Ủy ban phường"],
      ["Lê Hoà Bình", "Uỷ ban phường"],
    ]);
  });
});

describe("finding the plan's sheets", () => {
  const trainings: CellValue[][] = [
    ["Mã cán bộ", "Loại đào tạo", "Tên lớp, nội dung", "Từ ngày"],
    ["CB1", "Chuyên đề", "Chuyên đề 1", "10/04/2026"],
  ];
  const cadres: CellValue[][] = [
    ["Mã cán bộ", "Họ và tên", "Đơn vị"],
    ["CB1", "Nguyễn Văn An", "Chi đoàn 1"],
  ];

  it("reads a sheet staff named their own way, and says so with the results", () => {
    const read = readWorkbook({
      "Cài đặt": settingsRows({ ...settings, planYear: 2026 }),
      "DS cán bộ": cadres,
      "ĐTBD 2026": trainings,
    });
    expect(read.sheets.cadres).toEqual({ name: "DS cán bộ", by: "alias" });
    expect(read.sheets.trainings).toEqual({ name: "ĐTBD 2026", by: "alias" });
    expect(read.data.trainings).toHaveLength(1);
    expect(read.data.trainingCadres![0]).toBe(0);
    expect(read.notes).toContain('Đọc trang "ĐTBD 2026" làm trang "Đào tạo bồi dưỡng".');
  });

  it("never reads an old copy, and of two alike takes the plan year's and names the other", () => {
    const read = readWorkbook({
      "Cài đặt": settingsRows({ ...settings, planYear: 2026 }),
      "Cán bộ (cũ 2023)": cadres,
      "Bản sao của Cán bộ": cadres,
      "ĐTBD 2025": trainings,
      "ĐTBD 2026": trainings,
    });
    expect(read.sheets.cadres).toBeUndefined();
    expect(read.missingSheets).toContain("Cán bộ");
    expect(read.sheets.trainings?.name).toBe("ĐTBD 2026");
    expect(read.notes.join("\n")).toContain('"ĐTBD 2025" cũng có thể là trang này nhưng không được đọc');
  });

  it("flags a date Sheets read month first, in a spreadsheet whose locale reads dates that way", () => {
    const values: CellValue[][] = [
      ["Mã cán bộ", "Họ và tên", "Đơn vị", "Ngày sinh"],
      // Typed 05/03/1995 in en_US: Sheets made it 3 May. 25/12/1995 stayed text, read day first.
      ["CB1", "Nguyễn Văn An", "Chi đoàn 1", isoToDate("1995-05-03")],
      ["CB2", "Trần Thị Bình", "Chi đoàn 1", "25/12/1995"],
      ["CB3", "Lê Văn Cường", "Chi đoàn 1", isoToDate("1995-12-25")],
    ];
    const monthFirst = readWorkbook({ "Cán bộ": values }, { dayFirst: false });
    expect(monthFirst.problems.map((p) => [p.row, p.header, p.warning])).toEqual([[2, "Ngày sinh", true]]);
    expect(monthFirst.problems[0]!.message).toContain("nếu đã gõ 05/03/1995");
    // A doubt, not an error: the date is still used.
    expect(monthFirst.data.cadres.map((c) => c.dateOfBirth)).toEqual([
      "1995-05-03",
      "1995-12-25",
      "1995-12-25",
    ]);
    expect(readWorkbook({ "Cán bộ": values }, { dayFirst: true }).problems).toEqual([]);
  });
});
