// What must never go wrong: cell text shown as HTML, two runs at once, a run failing midway.
import { beforeAll, describe, expect, it } from "vitest";
import { escapeHtml } from "../../apps-script/escape-html";
import { generateSampleWorkbook } from "../../shared/sample";
import { type CellValue, templateById } from "../../shared/templates";
import { snapshot } from "../sheets-runtime";
import { ensureBuilt } from "./built";
import { failOn, payloadText, sampleSetUp, setUp } from "./helpers";

beforeAll(ensureBuilt);

const attack = "<img src=x onerror=alert(1)>";
const escaped = "&lt;img src=x onerror=alert(1)&gt;";
const cadresName = templateById("cadres").name;
const targetsName = templateById("targets").name;
const submissionsName = templateById("submissions").name;
const busy = "Một thao tác khác của tiện ích đang chạy";

function setCell(
  workbook: Record<string, CellValue[][]>,
  sheet: string,
  row: number,
  header: string,
  value: CellValue,
) {
  const rows = workbook[sheet]!;
  rows[row - 1]![rows[0]!.indexOf(header)] = value;
}

describe("HTML escaping", () => {
  it("escapes the five characters that matter", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
    expect(escapeHtml(null)).toBe("");
    expect(escapeHtml(42)).toBe("42");
  });

  it("shows cell text as text in the sidebar and every dialog", () => {
    const workbook = generateSampleWorkbook();
    setCell(workbook, cadresName, 2, "Họ và tên", attack);
    setCell(workbook, cadresName, 3, "Giới tính", attack);
    setCell(workbook, targetsName, 2, "Nội dung chỉ tiêu", attack);
    // A document no target asks for, not sent: listed in the tracking dialog.
    const missing = workbook[submissionsName]!.findIndex((r, i) => i > 0 && (r[3] === "" || r[3] === null));
    setCell(workbook, submissionsName, missing + 1, "Văn bản", attack);
    const { runtime, addon } = setUp(workbook);
    for (const entry of ["validateData", "checkTargets", "trackSubmissions", "exportForForms"])
      addon.call(entry);
    expect(runtime.ui.alerts).toEqual([]);
    const pages = [...runtime.ui.sidebars, ...runtime.ui.dialogs];
    expect(pages).toHaveLength(4);
    for (const page of pages) {
      expect(page.html, page.title).not.toContain("<img");
      expect(page.html, page.title).toContain(escaped);
    }
    const payload = JSON.parse(payloadText(runtime.ui.dialogs.at(-1)!.html));
    expect(payload.profiles.some((p: { title: string }) => p.title.startsWith(attack))).toBe(true);
  });
});

describe("two runs at once", () => {
  it("the second one says another run is in progress and changes nothing", () => {
    const { runtime, addon } = sampleSetUp();
    const before = snapshot(runtime);
    runtime.holdLock("document");
    for (const entry of [
      "createTemplates",
      "validateData",
      "checkTargets",
      "trackSubmissions",
      "exportForForms",
    ]) {
      addon.call(entry);
      expect(runtime.ui.alerts.at(-1)?.prompt, entry).toContain(busy);
    }
    expect(runtime.ui.sidebars).toEqual([]);
    expect(runtime.ui.dialogs).toEqual([]);
    expect(snapshot(runtime)).toEqual(before);

    runtime.releaseHeldLock();
    addon.call("checkTargets");
    expect(runtime.spreadsheet.getSheetByName("Kết quả chỉ tiêu")).not.toBeNull();
    expect(runtime.lockEvents.filter((e) => e.event === "acquired")).toHaveLength(1);
  });

  it("waits for a run that ends soon instead of refusing", () => {
    const { runtime, addon } = sampleSetUp();
    runtime.holdLock("document", { releaseAfterMs: 500 });
    addon.call("checkTargets");
    expect(runtime.ui.alerts).toEqual([]);
    expect(runtime.spreadsheet.getSheetByName("Kết quả chỉ tiêu")).not.toBeNull();
  });
});

describe("a run that fails leaves the spreadsheet as it was", () => {
  const failing = (
    entry: string,
    method: Parameters<typeof failOn>[0],
    failAt: number,
    prepare?: (s: ReturnType<typeof sampleSetUp>) => void,
  ) => {
    const setup = sampleSetUp();
    prepare?.(setup);
    const before = snapshot(setup.runtime);
    const properties = [...setup.runtime.properties.document.entries()];
    const restore = failOn(method, failAt);
    try {
      setup.addon.call(entry);
    } finally {
      restore();
    }
    expect(setup.runtime.ui.alerts.at(-1)?.prompt).toContain("Lỗi thử");
    expect(setup.runtime.ui.alerts.at(-1)?.prompt).toContain("giữ nguyên");
    expect(snapshot(setup.runtime)).toEqual(before);
    expect([...setup.runtime.properties.document.entries()]).toEqual(properties);
    // The lock was let go: the next run works.
    const alerts = setup.runtime.ui.alerts.length;
    setup.addon.call(entry);
    expect(setup.runtime.ui.alerts.slice(alerts).filter((a) => a.prompt.includes("Lỗi"))).toEqual([]);
    return setup;
  };

  it("checkTargets, when writing the result sheet fails midway", () => {
    failing("checkTargets", "Range.setValues", 2);
    failing("checkTargets", "Range.setFontColors", 1);
  });

  it("checkTargets, when rewriting the previous result sheet fails, at any step up to the paste", () => {
    const again = ({ addon }: ReturnType<typeof sampleSetUp>) => addon.call("checkTargets");
    failing("checkTargets", "Spreadsheet.insertSheet", 1, again);
    failing("checkTargets", "Range.setValues", 2, again);
    failing("checkTargets", "Sheet.setColumnWidth", 3, again);
    failing("checkTargets", "Range.copyTo", 1, again);
  });

  it("trackSubmissions, when writing fails midway", () => {
    failing("trackSubmissions", "Range.setValues", 2, ({ addon }) => addon.call("trackSubmissions"));
  });

  it("validateData, when colouring fails after the notes were written, keeping the previous marks", () => {
    failing("validateData", "RangeList.setBackground", 1, ({ addon, runtime }) => {
      addon.call("validateData");
      runtime.spreadsheet.getSheetByName(cadresName)!.getRange(64, 19).setValue("sua@gmail.com");
    });
    failing("validateData", "Range.setNotes", 2);
  });

  it("createTemplates, on an empty spreadsheet and on a sheet missing columns", () => {
    for (const failAt of [1, 5, 11]) {
      const { runtime, addon } = setUp();
      const before = snapshot(runtime);
      const restore = failOn("Range.setValues", failAt);
      try {
        addon.call("createTemplates");
      } finally {
        restore();
      }
      expect(runtime.ui.alerts.at(-1)?.prompt).toContain("Lỗi thử");
      expect(snapshot(runtime)).toEqual(before);
    }
    const { runtime, addon } = setUp({
      [cadresName]: [
        ["Họ và tên", "Mã cán bộ"],
        ["Nguyễn Văn An", "CB001"],
      ],
    });
    const before = snapshot(runtime);
    const restore = failOn("Range.setDataValidation", 3);
    try {
      addon.call("createTemplates");
    } finally {
      restore();
    }
    expect(runtime.ui.alerts.at(-1)?.prompt).toContain("Lỗi thử");
    expect(snapshot(runtime)).toEqual(before);
  });

  it("checkTargets, when the targets sheet is invalid: names the cell, writes nothing", () => {
    const workbook = generateSampleWorkbook();
    setCell(workbook, targetsName, 3, "Cách tính", "theo cảm tính");
    const { runtime, addon } = setUp(workbook);
    const before = snapshot(runtime);
    addon.call("checkTargets");
    const message = runtime.ui.alerts.at(-1)?.prompt ?? "";
    expect(message).toContain(`Trang "${targetsName}", dòng 3, cột "Cách tính"`);
    expect(snapshot(runtime)).toEqual(before);
    expect(runtime.ui.sidebars).toEqual([]);
  });
});
