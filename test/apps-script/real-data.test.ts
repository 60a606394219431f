// A ward's own workbook typed the way staff type, through the built add-on: sheets and headers of
// its own wording, a title above the header, a bad cell in the middle, names with their own tone
// placement and in NFD, ids in another case, a spreadsheet in en_US. Nothing may be dropped,
// respelled or misread quietly.
import { beforeAll, describe, expect, it } from "vitest";
import { isoToDate } from "../../shared/dates";
import type { Payload } from "../../shared/payload";
import { wardPlanTargets } from "../../shared/targets/presets";
import { type CellValue, settingsRows, targetRows, templateById } from "../../shared/templates";
import { snapshot } from "../sheets-runtime";
import { ensureBuilt } from "./built";
import { failOn, payloadText, readRuntime, setUp, sheetOf, unescapeHtml } from "./helpers";

beforeAll(ensureBuilt);

/** 2 December 2026, 10:00 in Ho Chi Minh City. */
const now = new Date("2026-12-02T03:00:00Z");
const settings = {
  unitName: "Đoàn phường Hòa Bình",
  planYear: 2026,
  term: "2025–2030",
  levels: ["Thành phố", "Phường, xã", "Cơ sở"],
  presetId: "ke-hoach-phuong",
  keyPosts: ["secretary" as const, "deputySecretary" as const],
  minCandidates: 2,
  ageRule: "year" as const,
};
const resultSheet = "Kết quả chỉ tiêu";

/** The ward's workbook: its own sheet names and headers, a title row, and the cases of the issue. */
function wardWorkbook(): Record<string, CellValue[][]> {
  return {
    "Cài đặt": settingsRows(settings),
    "Đơn vị": [
      ["Tên đơn vị", "Cấp", "Khu vực", "Đơn vị cấp trên"],
      ["Đoàn phường Hòa Bình", "Phường, xã", "", "Thành Đoàn"],
      ["Chi đoàn Khu phố 1", "Cơ sở", "Địa bàn dân cư", "Đoàn phường Hòa Bình"],
      ["Chi đoàn Ủy ban nhân dân phường", "Cơ sở", "Hành chính sự nghiệp", "Đoàn phường Hòa Bình"],
    ],
    "DS cán bộ": [
      ["DANH SÁCH CÁN BỘ ĐOÀN – HỘI – ĐỘI PHƯỜNG HÒA BÌNH NĂM 2026"],
      [],
      [
        "STT",
        "Mã",
        "Họ tên",
        "Ngày sinh",
        "Giới tính",
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
        isoToDate("1995-03-05"),
        "Nữ",
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
        isoToDate("1996-07-21"),
        "Nam",
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
        isoToDate("1998-01-09"),
        "Nữ",
        "Chi đoàn Khu phố 1",
        "PBT",
        "Thành thạo",
        "0914345678",
        "duong@gmail.com",
        "",
      ],
      [
        4,
        "cb056",
        "Trần Thị Thuỳ Dương",
        isoToDate("1998-01-09"),
        "Nữ",
        "Chi đoàn Khu phố 1",
        "PBT",
        "Thành thạo",
        "",
        "",
        "bản chép trùng",
      ],
    ],
    "ĐTBD 2026": [
      ["Mã CB", "Loại", "Tên lớp", "Ngày bắt đầu"],
      ["cb002", "Học tập, quán triệt Nghị quyết", "Quán triệt Nghị quyết Đại hội Đoàn phường", "15/03/2026"],
      ["cb056", "Học tập, quán triệt Nghị quyết", "Quán triệt Nghị quyết Đại hội Đoàn phường", "15/03/2026"],
    ],
  };
}

describe("a ward's own workbook, typed the way staff type", () => {
  let setup: ReturnType<typeof setUp>;
  let before: ReturnType<typeof snapshot>;
  beforeAll(() => {
    setup = setUp(wardWorkbook(), { now });
    before = snapshot(setup.runtime);
    for (const entry of ["createTemplates", "checkTargets", "exportForForms"]) setup.addon.call(entry);
  });

  it("reads the user's sheets by their own names, and makes none of them again", () => {
    const names = setup.runtime.spreadsheet.getSheets().map((s) => s.getName());
    expect(names).toContain("DS cán bộ");
    expect(names).toContain("ĐTBD 2026");
    expect(names).not.toContain(templateById("cadres").name);
    expect(names).not.toContain(templateById("trainings").name);
    // The user's columns keep their headers; the template's other columns are added after them.
    const header = setup.runtime.getSheetValues("DS cán bộ")[2]!;
    expect(header.slice(0, 11)).toEqual(
      before.sheets.find((s) => s.name === "DS cán bộ")!.values[2]!.slice(0, 11),
    );
    expect(header).toContain("Số CCCD");
    expect(header).not.toContain("Họ và tên");
  });

  it("keeps the person whose one cell is bad in every count: T01 is not met because of her", () => {
    const values = setup.runtime.getSheetValues(resultSheet);
    const t01 = values.find((r) => r[0] === "T01")!;
    expect(t01[3]).toBe("2/3 = 66%");
    expect(t01[6]).toBe("Chưa đạt");
    expect(String(t01[7])).toContain("Nguyễn Thị Thùy");
  });

  it("counts the training of an id typed in another case for the kept row, and names the repeated row", () => {
    const read = readRuntime(setup.runtime);
    expect(read.data.cadres.map((c) => c.id)).toEqual(["CB001", "CB002", "CB056"]);
    expect(read.problems.map((p) => [p.sheet, p.row, p.header, p.message])).toEqual([
      [
        "DS cán bộ",
        4,
        "Chuyển đổi số",
        '"Tốt" không thuộc danh sách cho phép (Chưa có, Cơ bản, Thành thạo, Nâng cao)',
      ],
      ["DS cán bộ", 5, "Email", '"khoe@" không phải địa chỉ email hợp lệ'],
      ["DS cán bộ", 7, "Mã cán bộ", 'mã cán bộ "cb056" trùng với dòng 6'],
    ]);
    const values = setup.runtime.getSheetValues(resultSheet);
    const detail = values.slice(values.findIndex((r) => r[0] === "Mã chỉ tiêu") + 1);
    expect(detail.filter((r) => r[0] === "T01").map((r) => r[1])).toEqual(["CB001"]);
  });

  it("shows every name as typed: no tone moved, no decomposed letters", () => {
    const text =
      JSON.stringify(setup.runtime.getSheetValues(resultSheet)) +
      unescapeHtml(setup.runtime.ui.sidebars.at(-1)!.html);
    expect(text).toContain("Nguyễn Thị Thùy");
    expect(text).not.toContain("Thuỳ Dương".replace("uỳ", "ùy"));
    const payload = JSON.parse(payloadText(setup.runtime.ui.dialogs.at(-1)!.html)) as Payload;
    const names = payload.profiles
      .filter((p) => p.kind === "cadre")
      .map((p) => p.fields.find((f) => f.key === "cadre.fullName")!.value);
    expect(names).toEqual(["Nguyễn Thị Thùy", "Lê Hòa Bình", "Trần Thị Thuỳ Dương"]);
    expect(names[1]).toBe("Lê Hòa Bình".normalize("NFC"));
    expect(payload.profiles.map((p) => p.title).join()).toContain("Lê Hòa Bình – Ủy viên Ban Chấp hành");
  });

  it("exports every person, without the bad value, saying which was left out and why", () => {
    const payload = JSON.parse(payloadText(setup.runtime.ui.dialogs.at(-1)!.html)) as Payload;
    const binh = payload.profiles.find((p) => p.id === "cadre:CB002")!;
    expect(binh.fields.map((f) => f.key)).not.toContain("cadre.email");
    expect(binh.fields.find((f) => f.key === "cadre.phone")?.value).toBe("0913345678");
    expect(binh.omitted).toEqual([{ label: "Email", reason: 'ô "Email" (dòng 5) chưa hợp lệ' }]);
    expect(payload.profiles.filter((p) => p.kind === "cadre")).toHaveLength(3);
    // The dialog says it too, by name, from the user's own sheet.
    const dialog = unescapeHtml(setup.runtime.ui.dialogs.at(-1)!.html);
    expect(dialog).toContain("Lê Hòa Bình</strong> (dòng 5) – các ô này không được xuất: Email:");
    expect(dialog).toContain("Nguyễn Thị Thùy</strong> (dòng 4) – các ô này không được xuất: Chuyển đổi số:");
    expect(dialog).toContain("cb056</strong> (dòng 7) – không xuất hồ sơ này: Mã cán bộ:");
  });

  it("says in the results how the workbook was read: the sheets by other names, the columns read past", () => {
    const values = setup.runtime.getSheetValues(resultSheet).flat().map(String);
    const sidebar = unescapeHtml(setup.runtime.ui.sidebars.at(-1)!.html);
    for (const said of [
      'Đọc trang "DS cán bộ" làm trang "Cán bộ".',
      'Đọc trang "ĐTBD 2026" làm trang "Đào tạo bồi dưỡng".',
      'Trang "DS cán bộ": không đọc cột "Sở thích"',
    ]) {
      expect(
        values.some((v) => v.includes(said)),
        said,
      ).toBe(true);
      expect(sidebar).toContain(said);
    }
  });

  it("titles the results from the unit and the year, and uses this year's ward plan", () => {
    const title = String(setup.runtime.getSheetValues(resultSheet)[0]![0]);
    expect(title).toContain("Đoàn phường Hòa Bình năm 2026");
    expect(readRuntime(setup.runtime).plan.targets).toEqual(wardPlanTargets(settings));
  });
});

describe("a spreadsheet in en_US", () => {
  const typed = (): Record<string, CellValue[][]> => ({
    "Cán bộ": [
      ["Mã cán bộ", "Họ và tên", "Đơn vị", "Ngày sinh"],
      ["CB001", "Nguyễn Văn An", "Chi đoàn Khu phố 1", "05/03/1995"],
      ["CB002", "Trần Thị Bình", "Chi đoàn Khu phố 1", "25/12/1996"],
    ],
  });

  it("is read by Sheets month first: the runtime does as Sheets does", () => {
    const { runtime } = setUp(typed(), { now, locale: "en_US" });
    const rows = runtime.getSheetValues("Cán bộ");
    expect(rows[1]![3]).toEqual(isoToDate("1995-05-03"));
    expect(rows[2]![3]).toBe("25/12/1996");
  });

  it("offers the switch to vi_VN, says why, and lists the dates typed before it to re-check", () => {
    const { runtime, addon } = setUp(typed(), { now, locale: "en_US", uiResponses: ["YES"] });
    addon.call("validateData");
    const [offer, list] = runtime.ui.alerts;
    expect(offer!.buttons).toBe("YES_NO");
    expect(offer!.prompt).toContain('khu vực "en_US"');
    expect(offer!.prompt).toContain("05/03/1995 là ngày 3 tháng 5");
    expect(runtime.spreadsheet.getSpreadsheetLocale()).toBe("vi_VN");
    expect(list!.prompt).toContain(
      'Trang "Cán bộ", dòng 2, cột "Ngày sinh" (D): ngày 03/05/1995 có thể đã bị đảo ngày và tháng',
    );
    expect(list!.prompt).not.toContain("dòng 3");
    // From now on typed dates are read day first.
    sheetOf(runtime, "Cán bộ").getRange(2, 4).setValue("05/03/1995");
    expect(runtime.getSheetValues("Cán bộ")[1]![3]).toEqual(isoToDate("1995-03-05"));
  });

  it("kept in en_US at the user's word: asks no more, and marks the doubtful dates when checking the data", () => {
    const { runtime, addon } = setUp(typed(), { now, locale: "en_US", uiResponses: ["NO"] });
    addon.call("validateData");
    expect(runtime.spreadsheet.getSpreadsheetLocale()).toBe("en_US");
    const note = sheetOf(runtime, "Cán bộ").getRange(2, 4).getNote();
    expect(note).toContain("có thể đã bị đảo ngày và tháng");
    const alerts = runtime.ui.alerts.length;
    addon.call("validateData");
    expect(runtime.ui.alerts.filter((a) => a.buttons === "YES_NO")).toHaveLength(1);
    expect(runtime.ui.alerts.length).toBe(alerts);
  });
});

describe("choosing the plan", () => {
  const made = () => {
    const setup = setUp(
      {},
      {
        now,
        promptTexts: ["2", "1", "1"],
        uiResponses: ["OK", "OK", "OK", "OK", "NO", "OK", "OK", "YES", "OK"],
      },
    );
    setup.addon.call("createTemplates");
    return setup;
  };
  const targetsName = templateById("targets").name;

  it("replaces targets the add-on wrote without asking, and asks before replacing edited ones", () => {
    const { runtime, addon } = made();
    expect(readRuntime(runtime).plan.targets).toEqual(wardPlanTargets({ planYear: 2026, term: "2025–2030" }));
    // 2: the 2023 example plan. The targets sheet is as written: replaced, no question.
    addon.call("choosePlan");
    let read = readRuntime(runtime);
    expect(read.settings.presetId).toBe("ke-hoach-can-bo-2023");
    expect(read.plan.targets.map((t) => t.id)).toHaveLength(14);
    expect(runtime.ui.alerts.filter((a) => a.buttons === "YES_NO")).toHaveLength(0);
    // The user edits a target; choosing the ward plan again asks. "Không": the edit stays.
    sheetOf(runtime, targetsName).getRange(2, 2).setValue("Chỉ tiêu riêng của phường");
    addon.call("choosePlan");
    const question = runtime.ui.alerts.find((a) => a.buttons === "YES_NO")!;
    expect(question.prompt).toContain("đã được sửa tay");
    read = readRuntime(runtime);
    expect(read.settings.presetId).toBe("ke-hoach-phuong");
    expect(read.plan.targets[0]!.text).toBe("Chỉ tiêu riêng của phường");
    // Asked again, "Có": replaced.
    addon.call("choosePlan");
    read = readRuntime(runtime);
    expect(read.plan.targets).toEqual(wardPlanTargets({ planYear: 2026, term: "2025–2030" }));
  });

  it("lets the targets sheet follow a new plan year while it is as written", () => {
    const { runtime, addon } = made();
    const settingsSheet = sheetOf(runtime, "Cài đặt");
    const yearRow = runtime.getSheetValues("Cài đặt").findIndex((r) => r[0] === "Năm kế hoạch");
    settingsSheet.getRange(yearRow + 1, 2).setValue(2027);
    addon.call("createTemplates");
    const read = readRuntime(runtime);
    expect(read.plan.targets).toEqual(wardPlanTargets({ planYear: 2027, term: "2025–2030" }));
    expect(runtime.ui.alerts.at(-1)!.prompt).toContain("cập nhật theo");
    // Edited, it stays as the user left it.
    sheetOf(runtime, targetsName).getRange(2, 2).setValue("Sửa tay");
    settingsSheet.getRange(yearRow + 1, 2).setValue(2028);
    addon.call("createTemplates");
    expect(readRuntime(runtime).plan.targets[0]!.text).toBe("Sửa tay");
  });

  it("says it chose only once the choice is written: a failed write says so, and changes nothing", () => {
    const { runtime, addon } = setUp({}, { now, promptTexts: ["2"], uiResponses: ["OK", "OK", "NO", "OK"] });
    addon.call("createTemplates");
    // Edited targets: the user keeps them ("Không"), and only the setting is to be written.
    sheetOf(runtime, targetsName).getRange(2, 2).setValue("Chỉ tiêu riêng");
    const before = snapshot(runtime);
    const restore = failOn("Range.setValues", 1);
    try {
      addon.call("choosePlan");
    } finally {
      restore();
    }
    expect(runtime.ui.alerts.some((a) => a.buttons === "YES_NO" && a.response === "NO")).toBe(true);
    const said = runtime.ui.alerts.at(-1)!.prompt;
    expect(said).not.toContain("Đã chọn");
    expect(said).toContain("bảng tính được giữ nguyên");
    expect(snapshot(runtime)).toEqual(before);
  });

  it("writes the targets sheet from the targets rows the plan gives", () => {
    const { runtime } = made();
    const rows = runtime.getSheetValues(targetsName);
    const expected = targetRows({
      id: "x",
      title: "x",
      year: 2026,
      targets: wardPlanTargets({ planYear: 2026, term: "2025–2030" }),
    });
    expect(rows[0]).toEqual(expected[0]);
    expect(rows.map((r) => r[0])).toEqual(expected.map((r) => r[0]));
  });
});

describe("the add-on's own sheets, renamed by the user", () => {
  it("are still read, known by their mark whatever their new name", () => {
    const { runtime, addon } = setUp({}, { now });
    addon.call("createTemplates");
    const cadres = sheetOf(runtime, templateById("cadres").name);
    cadres.getRange(1, 1, 2, 5).setValues([
      ["Mã cán bộ", "Họ và tên", "Ngày sinh", "Giới tính", "Đơn vị"],
      ["CB001", "Nguyễn Văn An", "05/03/1995", "Nam", "Chi đoàn Khu phố 1"],
    ]);
    cadres.setName("Nhân sự của phường (bản làm việc)");
    addon.call("checkTargets");
    const read = readRuntime(runtime);
    // The reader of the tests finds no such name; the add-on found the sheet by its mark.
    expect(read.sheets.cadres).toBeUndefined();
    const t01 = runtime.getSheetValues(resultSheet).find((r) => r[0] === "T01")!;
    expect(t01[3]).toBe("0/1 = 0%");
    addon.call("createTemplates");
    expect(runtime.spreadsheet.getSheetByName(templateById("cadres").name)).toBeNull();
  });
});
