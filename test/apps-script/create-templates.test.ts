// "Tạo các trang kế hoạch" through the built bundle: new sheets from the templates, the preset's
// targets, nothing overwritten, missing columns appended, idempotent.
import { beforeAll, describe, expect, it } from "vitest";
import { sampleSettings } from "../../shared/sample";
import { findPreset, wardPlanTargets } from "../../shared/targets/presets";
import { type CellValue, settingsRows, sheetTemplates, templateById } from "../../shared/templates";
import { snapshot } from "../sheets-runtime";
import { ensureBuilt } from "./built";
import { readRuntime, type Setup, setUp, sheetOf } from "./helpers";

beforeAll(ensureBuilt);

const cadres = templateById("cadres");
const column = (header: string) => cadres.columns.findIndex((c) => c.header === header);

describe("createTemplates on an empty spreadsheet", () => {
  let runtime: Setup["runtime"];
  let addon: Setup["addon"];
  let shot: ReturnType<typeof snapshot>;
  const sheet = (name: string) => shot.sheets.find((s) => s.name === name)!;
  beforeAll(() => {
    // A new workbook made in March 2026: the current plan is the ward plan of 2026, term 2025–2030.
    ({ runtime, addon } = setUp({}, { now: new Date("2026-03-02T03:00:00Z") }));
    addon.call("createTemplates");
    shot = snapshot(runtime);
  });

  it("creates every sheet with its headers, a frozen header row, widths and notes", () => {
    for (const template of sheetTemplates) {
      const s = sheet(template.name);
      expect(s, template.name).toBeDefined();
      expect(s.values[0]?.slice(0, template.columns.length)).toEqual(template.columns.map((c) => c.header));
      expect(s.frozenRows).toBe(1);
      expect(s.columnWidths.slice(0, template.columns.length)).toEqual(template.columns.map((c) => c.width));
      expect(s.notes[0]?.slice(0, template.columns.length)).toEqual(template.columns.map((c) => c.help));
      expect(s.fontWeights[0]?.[0]).toBe("bold");
    }
  });

  it("offers dropdowns from the allowed values and formats dates as dd/mm/yyyy", () => {
    const s = sheet(cadres.name);
    const gender = s.validations[1]?.[column("Giới tính")];
    expect(gender?.criteria).toBe("VALUE_IN_LIST");
    expect(gender?.values[0]).toEqual(["Nam", "Nữ"]);
    expect(gender?.allowInvalid).toBe(false);
    const post = s.validations[500]?.[column("Chức vụ Đoàn")];
    expect(post?.values[0]).toEqual(cadres.columns[column("Chức vụ Đoàn")]!.options);
    expect(s.numberFormats[1]?.[column("Ngày sinh")]).toBe("dd/mm/yyyy");
    expect(s.validations[1]?.[column("Ngày sinh")]?.criteria).toBe("DATE_IS_VALID_DATE");
    expect(s.numberFormats[1]?.[column("Điện thoại")]).toBe("@");
    expect(s.validations[1]?.[column("Họ và tên")]).toBeNull();
    // The header row itself has no dropdown.
    expect(s.validations[0]?.[column("Giới tính")]).toBeNull();
  });

  it("fills the settings with this year's ward plan, whose targets read back as the preset made them", () => {
    const settings = sheet(templateById("settings").name);
    expect(settings.values.slice(0, settingsRows(sampleSettings).length).map((r) => r[0])).toEqual(
      settingsRows(sampleSettings).map((r) => r[0]),
    );
    const read = readRuntime(runtime);
    expect(read.settings).toMatchObject({ planYear: 2026, term: "2025–2030" });
    expect(findPreset(read.settings.presetId)?.id).toBe("ke-hoach-phuong");
    expect(read.problems.filter((p) => p.sheet === templateById("targets").name)).toEqual([]);
    expect(read.plan.targets).toEqual(wardPlanTargets({ planYear: 2026, term: "2025–2030" }));
    // No district and no 2023 anywhere in a new workbook's plan.
    const text = JSON.stringify(read.plan);
    expect(text).not.toMatch(/quận|2023|2022–2027/i);
    expect(
      read.plan.targets.every((t) => t.period.from === "2026-01-01" && t.period.to === "2026-12-31"),
    ).toBe(true);
  });

  it("shows what it did", () => {
    expect(runtime.ui.alerts.at(-1)?.prompt).toContain(`Đã tạo trang “${cadres.name}”`);
  });

  it("changes nothing when run again", () => {
    addon.call("createTemplates");
    expect(snapshot(runtime)).toEqual(shot);
    expect(runtime.ui.alerts.at(-1)?.prompt).toContain("không có gì thay đổi");
  });
});

describe("createTemplates on sheets the user has rearranged", () => {
  // Columns in another order, an extra column of the user's, blank rows, and no "Email" column.
  const headers = ["Họ và tên", "Mã cán bộ", "Sở thích", "Đơn vị", "Giới tính", "Ngày sinh"];
  const rows: CellValue[][] = [
    headers,
    ["Nguyễn Văn An", "CB001", "bóng đá", "Đoàn phường Tân Phú", "Nam", "05/09/1995"],
    ["", "", "", "", "", ""],
    ["Trần Thị Bình", "CB002", "", "Đoàn phường Tân Phú", "Nữ", ""],
  ];

  it("appends the missing columns at the end and keeps every cell that was there", () => {
    const { runtime, addon } = setUp({ [cadres.name]: rows });
    sheetOf(runtime, cadres.name).getRange(2, 3).setBackground("#00ff00");
    const before = snapshot(runtime).sheets.find((s) => s.name === cadres.name)!;
    addon.call("createTemplates");
    const after = snapshot(runtime).sheets.find((s) => s.name === cadres.name)!;

    const missing = cadres.columns.filter((c) => !headers.includes(c.header)).map((c) => c.header);
    expect(after.values[0]).toEqual([...headers, ...missing]);
    for (let r = 0; r < rows.length; r++) {
      expect(after.values[r]?.slice(0, headers.length)).toEqual(before.values[r]?.slice(0, headers.length));
    }
    expect(after.backgrounds[1]?.[2]).toBe("#00ff00");
    expect(after.frozenRows).toBe(before.frozenRows);
    // The user's own columns got no dropdown; an appended one did.
    expect(after.validations[1]?.[headers.indexOf("Giới tính")]).toBeNull();
    const post = headers.length + missing.indexOf("Chức vụ Đoàn");
    expect(after.validations[1]?.[post]?.criteria).toBe("VALUE_IN_LIST");
    expect(after.notes[0]?.[headers.length]).toBe(cadres.columns.find((c) => c.header === missing[0])!.help);

    // The other sheets were made, and a second run changes nothing.
    expect(runtime.spreadsheet.getSheetByName(templateById("targets").name)).not.toBeNull();
    const once = snapshot(runtime);
    addon.call("createTemplates");
    expect(snapshot(runtime)).toEqual(once);
  });

  it("grows a sheet whose grid is too narrow for the appended columns", () => {
    const wide: CellValue[][] = [[...headers, ...Array.from({ length: 20 }, (_, i) => `Cột riêng ${i + 1}`)]];
    const { runtime, addon } = setUp({ [cadres.name]: wide });
    addon.call("createTemplates");
    const header = runtime.getSheetValues(cadres.name)[0] as string[];
    expect(header.slice(0, wide[0]!.length)).toEqual(wide[0]);
    expect(new Set(header)).toEqual(
      new Set([...wide[0]!.map(String), ...cadres.columns.map((c) => c.header)]),
    );
  });

  it("adds missing settings items at the bottom without touching the others", () => {
    const settingsName = templateById("settings").name;
    const { runtime, addon } = setUp({
      [settingsName]: [
        ["Mục", "Giá trị"],
        ["Tên đơn vị", "Đoàn phường Tân Phú"],
        ["Năm kế hoạch", 2026],
      ],
    });
    addon.call("createTemplates");
    const values = runtime.getSheetValues(settingsName);
    expect(values.slice(0, 3)).toEqual([
      ["Mục", "Giá trị"],
      ["Tên đơn vị", "Đoàn phường Tân Phú"],
      ["Năm kế hoạch", 2026],
    ]);
    expect(values.slice(3).map((r) => r[0])).toEqual([
      "Nhiệm kỳ",
      "Các cấp đơn vị",
      "Bộ chỉ tiêu",
      "Chức danh chủ chốt",
      "Số người quy hoạch tối thiểu",
      "Cách tính tuổi",
      "Cấp trên trực tiếp",
      "Địa danh",
      "Người ký",
      "Chức vụ người ký",
      "Nơi nhận",
    ]);
  });

  it("names an unknown preset in the settings and creates nothing", () => {
    const settingsName = templateById("settings").name;
    const { runtime, addon } = setUp({
      [settingsName]: [
        ["Mục", "Giá trị"],
        ["Tên đơn vị", "Đoàn phường Tân Phú"],
        ["Năm kế hoạch", 2026],
        ["Bộ chỉ tiêu", "khong-co-bo-nay"],
      ],
    });
    const before = snapshot(runtime);
    addon.call("createTemplates");
    const message = runtime.ui.alerts.at(-1)?.prompt ?? "";
    expect(message).toContain("không có kế hoạch mẫu “khong-co-bo-nay”");
    expect(message).toContain("Kế hoạch quận Tân Phú năm 2023 (ví dụ)");
    expect(snapshot(runtime)).toEqual(before);
  });
});
