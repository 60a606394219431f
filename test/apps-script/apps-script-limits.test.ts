// What the real Apps Script does that a naive add-on trips over: date cells given in the
// spreadsheet's own time zone, 9 kB / 500 kB property limits, a document lock that may be null.
import { beforeAll, describe, expect, it } from "vitest";
import { generateSampleWorkbook, sampleDeliberateErrors } from "../../shared/sample";
import { type CellValue, templateById } from "../../shared/templates";
import { snapshot } from "../sheets-runtime";
import { ensureBuilt } from "./built";
import { payloadText, setUp, sheetOf, unescapeHtml } from "./helpers";

beforeAll(ensureBuilt);

const cadresName = templateById("cadres").name;
const unitsName = templateById("units").name;
const targetsName = templateById("targets").name;
const markPrefix = "⚠ Kiểm tra dữ liệu: ";

/** A unit and one cadre whose birth date is typed as text, as staff type it. */
const typedWorkbook = (): Record<string, CellValue[][]> => ({
  [unitsName]: [
    ["Tên đơn vị", "Cấp"],
    ["Đoàn phường Tân Phú", "Phường, xã"],
  ],
  [cadresName]: [
    ["Mã cán bộ", "Họ và tên", "Ngày sinh", "Đơn vị"],
    ["CB001", "Nguyễn Thị Thuỳ Dương", "05/03/1996", "Đoàn phường Tân Phú"],
  ],
});

function exportedBirthDate(timeZone: string): unknown {
  const { runtime, addon } = setUp(typedWorkbook(), { timeZone });
  addon.call("exportForForms");
  expect(runtime.ui.alerts).toEqual([]);
  const payload = JSON.parse(payloadText(runtime.ui.dialogs.at(-1)!.html));
  const cadre = payload.profiles.find((p: { kind: string }) => p.kind === "cadre");
  return cadre.fields.find((f: { key: string }) => f.key === "cadre.dateOfBirth")?.value;
}

describe("dates in a spreadsheet whose time zone is not Ho Chi Minh City's", () => {
  it("a typed date is read as the day the sheet shows, east or west of UTC+7", () => {
    for (const zone of ["Asia/Ho_Chi_Minh", "Asia/Tokyo", "Pacific/Auckland", "America/Los_Angeles", "UTC"]) {
      expect(exportedBirthDate(zone), zone).toBe("1996-03-05");
    }
  });

  it("in Ho Chi Minh City's zone the dates cost no extra service call", () => {
    const { runtime, addon } = setUp(typedWorkbook());
    addon.call("exportForForms");
    expect(runtime.calls.byMethod["Utilities.formatDate"] ?? 0).toBe(0);
  });

  it("the targets sheet shows the preset's dates as written, whatever the zone", () => {
    for (const zone of ["America/Los_Angeles", "Asia/Tokyo"]) {
      const { runtime, addon } = setUp({}, { timeZone: zone });
      addon.call("createTemplates");
      const sheet = sheetOf(runtime, targetsName);
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
      const from = header.indexOf("Từ ngày") + 1;
      const to = header.indexOf("Đến ngày") + 1;
      expect(sheet.getRange(2, from).getDisplayValue(), zone).toBe("01/01/2023");
      expect(sheet.getRange(2, to).getDisplayValue(), zone).toBe("31/12/2023");
      // The check takes the period back without a problem (only createTemplates' own alert).
      addon.call("checkTargets");
      expect(runtime.ui.alerts, zone).toHaveLength(1);
      expect(runtime.ui.sidebars, zone).toHaveLength(1);
    }
  });
});

describe("the data check's remembered marks and the property limits", () => {
  /** Vietnamese text takes 2–3 bytes a character in UTF-8. */
  const longNote = (n: number) => `Ghi chú riêng số ${n}: cần hỏi lại đồng chí Bí thư về hồ sơ. `.repeat(150);

  it("keeps a long Vietnamese note of the user's on a marked cell, and gives it back", () => {
    const workbook = generateSampleWorkbook();
    const { runtime, addon } = setUp(workbook);
    const email = sampleDeliberateErrors.find((e) => e.header === "Email")!;
    const column = workbook[cadresName]![0]!.indexOf("Email") + 1;
    const cell = sheetOf(runtime, cadresName).getRange(email.row, column);
    cell.setNote(longNote(1));
    expect(Buffer.byteLength(longNote(1))).toBeGreaterThan(9 * 1024);

    addon.call("validateData");
    expect(runtime.ui.alerts).toEqual([]);
    expect(cell.getNote().startsWith(markPrefix)).toBe(true);

    cell.setValue("tranthimai@gmail.com");
    addon.call("validateData");
    expect(runtime.ui.alerts).toEqual([]);
    expect(cell.getNote()).toBe(longNote(1));
  });

  it("with many long notes of the user's on bad cells, marks them all and gives every note back", () => {
    const workbook = generateSampleWorkbook();
    const cadres = workbook[cadresName]!;
    const column = cadres[0]!.indexOf("Email");
    const bad = 80;
    for (let r = 1; r <= bad; r++) cadres[r]![column] = `sai-email-${r}`;
    const { runtime, addon } = setUp(workbook);
    const sheet = sheetOf(runtime, cadresName);
    for (let r = 1; r <= bad; r++) sheet.getRange(r + 1, column + 1).setNote(longNote(r));

    addon.call("validateData");
    expect(runtime.ui.alerts).toEqual([]);
    expect(unescapeHtml(runtime.ui.dialogs.at(-1)!.html)).not.toContain("Chỉ tô");
    const notes = sheet
      .getRange(2, column + 1, bad, 1)
      .getNotes()
      .map((r) => r[0]!);
    // Each mark keeps the user's note inside it; nothing of it goes to the document's properties.
    notes.forEach((note, i) => {
      expect(note.startsWith(markPrefix)).toBe(true);
      expect(note).toContain(longNote(i + 1));
    });
    expect([...runtime.properties.document.values()].join("").length).toBeLessThan(200);

    // Once fixed, every note comes back.
    for (let r = 1; r <= bad; r++) sheet.getRange(r + 1, column + 1).setValue(`nguoi${r}@gmail.com`);
    addon.call("validateData");
    expect(runtime.ui.alerts).toEqual([]);
    const after = sheet
      .getRange(2, column + 1, bad, 1)
      .getNotes()
      .map((r) => r[0]!);
    expect(after).toEqual(Array.from({ length: bad }, (_, i) => longNote(i + 1)));
  });

  it("a damaged list of marks does not stop the check", () => {
    const { runtime, addon } = setUp(generateSampleWorkbook());
    runtime.properties.document.set("cadrePlan.dataMarks.count", "1");
    runtime.properties.document.set("cadrePlan.dataMarks.0", '{"Cán bộ":[5,"x",[1]],"Đơn vị":{"a":1}}');
    addon.call("validateData");
    expect(runtime.ui.alerts).toEqual([]);
    expect(runtime.ui.dialogs.at(-1)?.title).toBe("Kiểm tra dữ liệu");
  });
});

describe("LockService.getDocumentLock() may be null", () => {
  it("the run still happens, serialised by the script lock", () => {
    const { runtime, addon } = setUp(generateSampleWorkbook());
    const service = runtime.context.LockService as { getScriptLock(): unknown };
    runtime.context.LockService = {
      getDocumentLock: () => null,
      getScriptLock: () => service.getScriptLock(),
    };
    const before = snapshot(runtime);
    addon.call("checkTargets");
    expect(runtime.ui.alerts).toEqual([]);
    expect(snapshot(runtime)).not.toEqual(before);
    expect(runtime.lockEvents.map((e) => `${e.kind}:${e.event}`)).toContain("script:acquired");
  });
});

describe("a run Apps Script stopped at its 6-minute limit", () => {
  it("leaves a hidden scratch sheet that the next run removes; sheets named like it are the user's", () => {
    const { runtime, addon } = setUp(generateSampleWorkbook());
    const result = "Kết quả chỉ tiêu";
    addon.call("checkTargets");
    // A run cut off after it made its scratch sheet: marked as such, hidden.
    const scratch = runtime.spreadsheet.insertSheet(`${result} (đang ghi)`);
    scratch.addDeveloperMetadata("cadrePlan.sheet", `scratch#${scratch.getSheetId()}`);
    scratch.hideSheet();
    const mine = [`${result} (đang ghi 1703991600000)`, `${result} (cũ 2022)`, `${result} (bản của tôi)`];
    for (const name of mine) runtime.spreadsheet.insertSheet(name);
    addon.call("checkTargets");
    expect(runtime.ui.alerts).toEqual([]);
    const names = runtime.spreadsheet.getSheets().map((s) => s.getName());
    expect(names.filter((n) => n.startsWith(result)).sort()).toEqual([result, ...mine].sort());
  });
});
