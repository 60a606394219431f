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
import { sampleData } from "../../shared/sample";
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
import { type Field, type QuickModelId, quickFields, quickModels } from "../../shared/templates/quick-model";

const col = (type: ColumnTemplate["type"], more: Partial<ColumnTemplate> = {}): ColumnTemplate => ({
  key: "x",
  header: "X",
  type,
  required: false,
  help: "",
  width: 100,
  ...more,
});
const parse = (column: ColumnTemplate, value: CellValue) => cellParser(column)(value);
const postColumn = templateById("cadres").columns.find((c) => c.key === "unionPost")!;

/** A workbook from sheet name → rows, for readWorkbook. */
const workbookOf = (sheets: Record<string, CellValue[][]>) => (name: string) => sheets[name] ?? null;

const settings = {
  ...defaultSettings,
  unitName: "Đoàn phường Tân Phú",
  planYear: 2023,
  term: "2022–2027",
  levels: ["Thành phố", "Phường, xã", "Cơ sở"],
  presetId: "ke-hoach-can-bo-2023",
};

describe("sheet templates", () => {
  it("lists the sheets in creation order with Vietnamese names", () => {
    expect(sheetTemplates.map((t) => t.name)).toEqual([
      "Cài đặt",
      "Đơn vị",
      "Cán bộ",
      "Đào tạo bồi dưỡng",
      "Quy hoạch",
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
    // Stored in one canonical form (NFC, one tone placement), whatever was typed.
    expect(parse(col("text"), "Nguye\u0302\u0303n")).toEqual({ ok: true, value: "Nguyễn" });
    expect(parse(col("text"), "Hoà")).toEqual(parse(col("text"), "Hòa"));
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

  it("reports a missing required column once, not per row", () => {
    const read = readSheetValues(units, [
      ["Tên đơn vị", "Khu vực"],
      ["A", ""],
      ["B", ""],
    ]);
    expect(read.missingColumns).toEqual(["Cấp"]);
    expect(read.problems).toEqual([]);
    expect(read.records).toEqual([]);
  });

  it("keeps good rows and reports each bad cell where it is in the sheet", () => {
    const read = readSheetValues(units, [
      ["Khu vực", "Tên đơn vị", "Cấp"],
      ["Trường học", "Đoàn trường A", "Cơ sở"],
      ["Vũ trụ", "Đoàn trường B", "Tỉnh"],
      ["", "", "Cơ sở"],
      ["", "Đoàn trường C", "Cơ sở"],
    ]);
    expect(read.records.map((r) => r.record.name)).toEqual(["Đoàn trường A", "Đoàn trường C"]);
    expect(read.problems.map((p) => [p.row, p.column, p.header])).toEqual([
      [3, 1, "Khu vực"],
      [3, 3, "Cấp"],
      [4, 2, "Tên đơn vị"],
    ]);
    expect(read.problems[2]!.message).toBe("ô này không được để trống");
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
    expect(read.data.cadres[0]).toEqual({
      id: "CB01",
      fullName: "Nguyễn Văn An",
      unit: "Chi đoàn Khu phố 1",
      positions: [
        { organization: "union", post: "secretary", since: "2023-03-01" },
        { organization: "federation", post: "federationChair" },
      ],
      phone: "0912345678",
    });
    // The unit is written as on the units sheet.
    expect(read.data.cadres[1]!.unit).toBe("Chi đoàn Khu phố 1");
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

  it("checks the sheets against each other and maps schema issues to their column", () => {
    expect(read.problems.map((p) => [p.sheet, p.row, p.header])).toEqual([
      ["Cán bộ", 4, "Mã cán bộ"],
      ["Cán bộ", 5, "Đơn vị"],
      ["Đào tạo bồi dưỡng", 3, "Mã cán bộ"],
      ["Đánh giá", 2, "Năm"],
    ]);
    expect(read.problems[0]!.message).toContain("trùng với dòng 2");
    expect(read.problems[2]!.message).toBe('mã cán bộ "CB77" không có trong trang "Cán bộ"');
    expect(read.data.cadres.map((c) => c.id)).toEqual(["CB01", "CB02"]);
    expect(read.data.trainings).toHaveLength(1);
    expect(read.data.reviews).toEqual([{ cadreId: "CB02", year: 2022, rating: "good" }]);
  });

  it("lists missing sheets and falls back to the preset's targets", () => {
    expect(read.missingSheets).toEqual(["Quy hoạch", "Luân chuyển bố trí", "Nộp kế hoạch", "Chỉ tiêu"]);
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

  it("links each training to its cadre, taking the cadres sheet's spelling of an id typed otherwise", () => {
    const r = readWorkbook(
      workbookOf({
        "Cài đặt": settingsRows(settings),
        "Đơn vị": modelToRows("units", [{ name: "Chi đoàn Khu phố 1", level: "Cơ sở" }]),
        "Cán bộ": [
          ["Mã cán bộ", "Họ và tên", "Đơn vị", "Ngày sinh"],
          ["CB-01", "Nguyễn Văn An", "Chi đoàn Khu phố 1", ""],
          ["CB-02", "Trần Thị Bích", "Chi đoàn Khu phố 1", "31/02/2000"],
          ["CB-03", "Lê Văn Cường", "Chi đoàn Khu phố 1", ""],
        ],
        "Đào tạo bồi dưỡng": [
          ["Mã cán bộ", "Loại đào tạo", "Tên lớp, nội dung", "Từ ngày"],
          ["CB-03", "Chuyên đề", "Chuyên đề 1", "10/04/2023"],
          ["cb-01", "Chuyên đề", "Chuyên đề 1", "10/04/2023"],
          ["CB-02", "Chuyên đề", "Chuyên đề 1", "10/04/2023"],
          ["CB-09", "Chuyên đề", "Chuyên đề 1", "10/04/2023"],
          ["CB-01", "Chuyên đề", "Chuyên đề 2", "12/04/2023"],
        ],
      }),
    );
    expect(r.data.cadres.map((c) => c.id)).toEqual(["CB-01", "CB-03"]);
    // CB-02's own row was rejected (its date): its training is kept, linked to no one; CB-09 is unknown.
    expect(r.data.trainings.map((t) => t.cadreId)).toEqual(["CB-03", "CB-01", "CB-02", "CB-01"]);
    expect([...r.data.trainingCadres!]).toEqual([1, 0, -1, 0]);
    expect(r.problems.map((p) => [p.sheet, p.row])).toEqual([
      ["Cán bộ", 3],
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
        fullTime: true,
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
        fullTime: false,
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
      requirement: { kind: "submission", document: "Báo cáo, sơ kết", onTime: false },
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
    for (const plan of presets) {
      const read = readTargets(targetRows(plan));
      expect(read.problems).toEqual([]);
      expect(read.plan.targets).toEqual(PlanSchema.parse(plan).targets);
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
    expect(read.plan.targets.map((t) => t.id)).toEqual(["A2", "A3", "A5"]);
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
        fullTime: true,
        languageLevel: "B1",
      },
    ]);
    const row = Object.fromEntries(rows[0]!.map((h, i) => [String(h), rows[1]![i]]));
    expect(row["Chức vụ Đội"]).toBe("Tổng phụ trách Đội");
    expect(row["Ngày nhận chức vụ Đội"]).toEqual(isoToDate("2023-09-05"));
    expect(row["Chuyên trách"]).toBe("Có");
    expect(row["Ngoại ngữ"]).toBe("B1 (Bậc 3)");
    expect(row["Chức vụ Đoàn"]).toBe("");
  });
});

describe("quickModels: the fast path from a sheet's columns to model objects", () => {
  /** One record as one-row columns; an undefined value is a blank cell, which has no value. */
  const quickModel = (id: QuickModelId, record: Record<string, unknown>) =>
    quickModels(id, Object.fromEntries(Object.entries(record).map(([key, value]) => [key, [value]])), [0])[0];
  const withoutBlanks = (record: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
  const schemas = {
    units: UnitSchema,
    cadres: CadreSchema,
    trainings: TrainingRecordSchema,
    successions: SuccessionEntrySchema,
    rotations: RotationRecordSchema,
    reviews: ReviewSchema,
    submissions: SubmissionSchema,
  } as const;
  const ids = Object.keys(schemas) as QuickModelId[];
  const data = sampleData().data;
  // Values that a record may hold, good or not for one field or another.
  const odd: unknown[] = [
    undefined,
    "",
    " x",
    "x ",
    "Chi đoàn Khu phố 1",
    "2023-1-1",
    "2023-01-01",
    "01/01/2023",
    "2025 - 2030",
    "2025–2030",
    true,
    2023,
    1800,
    12.5,
    "secretary",
    "union",
    "topic",
    "approved",
    "placement",
    "good",
    "schools",
    "female",
    "university",
    "B1",
    "a@b.c",
    "a@b",
    null,
    [],
    [{ organization: "union", post: "secretary" }],
    [{ organization: "union", post: "secretary", since: "2023-02-01" }],
    [{ organization: "union", post: "nope" }],
    [{ post: "secretary", organization: "union" }],
    [{ organization: "union", post: "secretary", since: "1/2/2023" }],
  ];

  it("knows the fields of each schema, in the schema's order", () => {
    for (const id of ids) expect(quickFields[id].map((f) => f.key)).toEqual(Object.keys(schemas[id].shape));
  });

  it("gives exactly what the schema gives, or leaves the record to the schema", () => {
    let quick = 0;
    let left = 0;
    for (const id of ids) {
      const models = (data[id] as unknown as Array<Record<string, unknown>>).slice(0, 5);
      expect(models.length).toBeGreaterThan(0);
      for (const model of models) {
        const candidates: Array<Record<string, unknown>> = [
          { ...model },
          Object.fromEntries(Object.entries(model).reverse()),
          { ...model, extra: "cột thêm" },
        ];
        for (const { key } of quickFields[id]) {
          for (const value of odd) candidates.push({ ...model, [key]: value });
          const { [key]: _, ...without } = model;
          candidates.push(without);
        }
        for (const candidate of candidates) {
          const result = quickModel(id, structuredClone(candidate));
          const parsed = schemas[id].safeParse(withoutBlanks(structuredClone(candidate)));
          if (result === undefined) {
            left++;
            continue;
          }
          quick++;
          expect(parsed.success).toBe(true);
          expect(result).toEqual(parsed.data);
          // Every key of the schema, in its order; the blank ones (absent from the schema's output) undefined.
          expect(Object.keys(result)).toEqual(quickFields[id].map((f) => f.key));
          expect(Object.keys(withoutBlanks(result as Record<string, unknown>))).toEqual(
            Object.keys(parsed.data as object),
          );
        }
      }
      expect(quickModel(id, { ...models[0] })).toEqual(models[0]);
    }
    // Both ways are taken, so the comparison above is not empty.
    expect(quick).toBeGreaterThan(100);
    expect(left).toBeGreaterThan(100);
  });
  it("builds only the rows asked for, each from its own place in the columns", () => {
    const columns = {
      cadreId: ["CB1", "CB2", "CB3", "CB4"],
      kind: ["topic", "nope", "topic", "foreignLanguage"],
      title: ["Chuyên đề 1", "Chuyên đề 2", undefined, "Tiếng Anh B1"],
      startDate: ["2023-03-01", "2023-03-02", "2023-03-03", "2023-04-01"],
      extra: ["x", "y", "z", "w"],
    };
    expect(quickModels("trainings", columns, [3, 1, 2, 0])).toEqual([
      { cadreId: "CB4", kind: "foreignLanguage", title: "Tiếng Anh B1", startDate: "2023-04-01" },
      undefined,
      undefined,
      { cadreId: "CB1", kind: "topic", title: "Chuyên đề 1", startDate: "2023-03-01" },
    ]);
    // A required column that is missing leaves every row to the schema.
    const { title: _, ...withoutTitle } = columns;
    expect(quickModels("trainings", withoutTitle, [0, 3])).toEqual([undefined, undefined]);
  });

  it("takes without a second check only what a column's cell rule never gives otherwise", () => {
    // Cells of every kind a sheet may hold, and the texts each column type reads.
    const cells = (column: ColumnTemplate): fc.Arbitrary<CellValue> =>
      fc.oneof(
        fc.string(),
        fc.string({ unit: "grapheme" }),
        fc.string({ unit: fc.constantFrom(..." \t\u00a0\u3000aàÀđĐ0123456789@.-+/–,;()"), maxLength: 20 }),
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
        fc.constantFrom("0912 345 678", "+84912345678", "(028) 3822 1234", " a@b.vn ", "a@b", "@b.vn"),
        ...(column.options?.length ? [fc.constantFrom(...column.options, ...(column.keys ?? []))] : []),
      );
    const types: Array<ColumnTemplate["type"]> = [
      "text",
      "integer",
      "number",
      "date",
      "boolean",
      "choice",
      "choiceList",
      "email",
      "phone",
      "term",
    ];
    const passedTypes = new Set<string>();
    let checked = 0;
    for (const template of sheetTemplates) {
      if (!(template.id in quickFields)) continue;
      for (const field of quickFields[template.id as QuickModelId] as readonly Field[]) {
        // The field's column in the template, and a column of every other type in its place.
        const own = template.columns.find((c) => c.key === field.key);
        const columns = types.map((type) => ({ ...(own ?? col(type, { key: field.key })), type }));
        for (const column of columns) {
          if (!field.passedBy(column)) continue;
          if (column.type === own?.type) passedTypes.add(column.type);
          const read = cellReader(column);
          fc.assert(
            fc.property(cells(column), (cell) => {
              const value = read(cell);
              return value === blankCell || value instanceof CellFailure || field.accepts(value);
            }),
            { numRuns: 200 },
          );
          checked++;
        }
      }
    }
    // Every type that passes a field of the templates is held to it.
    expect([...passedTypes].sort()).toEqual(["boolean", "choice", "date", "email", "phone", "term", "text"]);
    expect(checked).toBeGreaterThan(30);

    // A choice column with a value the schema does not know is checked.
    const kind = quickFields.trainings.find((f) => f.key === "kind")!;
    const kindColumn = templateById("trainings").columns.find((c) => c.key === "kind")!;
    expect(kind.passedBy(kindColumn)).toBe(true);
    expect(kind.passedBy({ ...kindColumn, keys: [...kindColumn.keys!.slice(1), "notAKind"] })).toBe(false);
    // Cells of a number column are checked whatever their rule (the review year has bounds).
    const reviewYear = quickFields.reviews.find((f) => f.key === "year")!;
    expect(reviewYear.passedBy(templateById("reviews").columns.find((c) => c.key === "year")!)).toBe(false);
  });

  it("with the sheet, checks again only the fields its columns do not pass", () => {
    const sheet = templateById("trainings");
    // Values no training column's rule gives: taken as read with the sheet, checked without it.
    const columns = {
      cadreId: [" CB1"],
      kind: ["không có"],
      title: ["Chuyên đề 1"],
      startDate: ["1/3/2023"],
    };
    expect(quickModels("trainings", columns, [0])).toEqual([undefined]);
    expect(quickModels("trainings", columns, [0], sheet)).toEqual([
      { cadreId: " CB1", kind: "không có", title: "Chuyên đề 1", startDate: "1/3/2023" },
    ]);
    // A field the schema needs, in a column the sheet may leave blank, is still checked for its value.
    const optionalTitle = {
      ...sheet,
      columns: sheet.columns.map((c) => (c.key === "title" ? { ...c, required: false } : c)),
    };
    expect(quickModels("trainings", { ...columns, title: [undefined] }, [0], optionalTitle)).toEqual([
      undefined,
    ]);
  });
});
