import { describe, expect, it } from "vitest";
import { createSheetsRuntime, typedServices } from "./index";

describe("Ui", () => {
  it("records menus, alerts with scripted answers, prompts, sidebars, dialogs and toasts", () => {
    const runtime = createSheetsRuntime({
      uiResponses: ["CANCEL"],
      promptTexts: ["2026"],
      addonName: "Kế hoạch cán bộ",
    });
    const { SpreadsheetApp, HtmlService } = typedServices(runtime);
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem("Tạo các trang tính", "createTemplates")
      .addSeparator()
      .addSubMenu(ui.createMenu("Khác").addItem("Hướng dẫn", "showHelp"))
      .addToUi();
    expect(runtime.ui.menus).toEqual([
      {
        name: "Kế hoạch cán bộ",
        addon: true,
        items: [
          { label: "Tạo các trang tính", functionName: "createTemplates" },
          { separator: true },
          {
            subMenu: {
              name: "Khác",
              addon: false,
              items: [{ label: "Hướng dẫn", functionName: "showHelp" }],
            },
          },
        ],
      },
    ]);

    expect(ui.alert("Xoá?", "Xoá kết quả cũ?", ui.ButtonSet.OK_CANCEL)).toBe(ui.Button.CANCEL);
    expect(ui.alert("Xong")).toBe(ui.Button.OK);
    expect(ui.alert("Tiếp tục?", ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(runtime.ui.alerts.map((a) => [a.title, a.prompt, a.response])).toEqual([
      ["Xoá?", "Xoá kết quả cũ?", "CANCEL"],
      ["", "Xong", "OK"],
      ["", "Tiếp tục?", "YES"],
    ]);
    const answer = ui.prompt("Năm", "Nhập năm", ui.ButtonSet.OK_CANCEL);
    expect([answer.getResponseText(), answer.getSelectedButton()]).toEqual(["2026", "OK"]);

    ui.showSidebar(HtmlService.createHtmlOutput("<b>Kết quả</b>").setTitle("Chỉ tiêu"));
    ui.showModalDialog(HtmlService.createHtmlOutput("<p>x</p>").setWidth(600).setHeight(400), "Xuất dữ liệu");
    expect(runtime.ui.sidebars).toEqual([
      { title: "Chỉ tiêu", html: "<b>Kết quả</b>", width: null, height: null },
    ]);
    expect(runtime.ui.dialogs).toEqual([
      { title: "Xuất dữ liệu", html: "<p>x</p>", width: 600, height: 400, modal: true },
    ]);
    SpreadsheetApp.getActiveSpreadsheet().toast("Đã kiểm tra", "Kế hoạch", 5);
    expect(runtime.ui.toasts).toEqual([{ message: "Đã kiểm tra", title: "Kế hoạch", timeoutSeconds: 5 }]);
  });
});

describe("HtmlService", () => {
  it("escapes <?= ?>, prints <?!= ?> raw and runs <? ?> scriptlets", () => {
    const runtime = createSheetsRuntime();
    const { HtmlService } = typedServices(runtime);
    const template = HtmlService.createTemplate(
      '<p title="<?= name ?>"><?= name ?></p><?!= "<hr>" ?><? for (var i = 0; i < count; i++) { ?><i><?= i ?></i><? } ?>' +
        "<script>var data = <?= data ?>;</script>",
    );
    Object.assign(template, { name: "<img src=x onerror=alert(1)>", count: 2, data: { n: "</script><b>" } });
    const html = template.evaluate().getContent();
    expect(html).toBe(
      '<p title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;</p><hr><i>0</i><i>1</i>' +
        '<script>var data = {"n":"\\u003c/script\\u003e\\u003cb\\u003e"};</script>',
    );
    expect(html).not.toContain("<img");
  });

  it("serves files and keeps output settings", () => {
    const runtime = createSheetsRuntime();
    runtime.htmlFiles.set("Sidebar", "<h1><?= title ?></h1>");
    const { HtmlService } = typedServices(runtime);
    const template = HtmlService.createTemplateFromFile("Sidebar");
    (template as unknown as { title: string }).title = "Kết quả & tiến độ";
    const output = template
      .evaluate()
      .setTitle("Kết quả")
      .setWidth(300)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.DEFAULT)
      .addMetaTag("viewport", "width=device-width")
      .append("<p>thêm</p>");
    expect(output.getContent()).toBe("<h1>Kết quả &amp; tiến độ</h1><p>thêm</p>");
    expect([output.getTitle(), output.getWidth()]).toEqual(["Kết quả", 300]);
    expect(output.getMetaTags().map((t) => [t.getName(), t.getContent()])).toEqual([
      ["viewport", "width=device-width"],
    ]);
    expect(HtmlService.createHtmlOutputFromFile("Sidebar.html").getContent()).toBe("<h1><?= title ?></h1>");
    expect(() => HtmlService.createHtmlOutputFromFile("Missing")).toThrow(
      "No HTML file named Missing was found.",
    );
  });
});

describe("LockService", () => {
  it("gives the lock when free and refuses it while another run holds it", () => {
    const runtime = createSheetsRuntime();
    const { LockService } = typedServices(runtime);
    const lock = LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);

    runtime.holdLock("document");
    const second = LockService.getDocumentLock();
    expect(second.tryLock(5000)).toBe(false);
    expect(() => second.waitLock(5000)).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    runtime.releaseHeldLock();
    expect(second.tryLock(0)).toBe(true);
    expect(runtime.lockEvents.map((e) => `${e.kind}:${e.event}`)).toEqual([
      "document:acquired",
      "document:released",
      "document:refused",
      "document:timeout",
      "script:acquired",
      "document:acquired",
    ]);
    runtime.endExecution();
    expect(second.hasLock()).toBe(false);
    expect(runtime.lockEvents.at(-1)?.event).toBe("released-at-exit");
  });

  it("lets a waiting run through when the other run lets go in time", () => {
    const runtime = createSheetsRuntime({ now: new Date("2026-11-29T09:00:00Z") });
    runtime.holdLock("script", { releaseAfterMs: 3000 });
    const { LockService } = typedServices(runtime);
    expect(LockService.getScriptLock().tryLock(1000)).toBe(false);
    LockService.getScriptLock().waitLock(10_000);
    expect(runtime.now().toISOString()).toBe("2026-11-29T09:00:04.000Z");
  });
});

describe("PropertiesService", () => {
  it("stores strings per store", () => {
    const runtime = createSheetsRuntime();
    const { PropertiesService } = typedServices(runtime);
    const documentProperties = PropertiesService.getDocumentProperties();
    documentProperties
      .setProperty("year", "2026")
      .setProperties({ preset: "phuong", count: 3 as unknown as string });
    expect(documentProperties.getProperty("count")).toBe("3");
    expect(documentProperties.getProperty("missing")).toBeNull();
    expect(documentProperties.getProperties()).toEqual({ year: "2026", preset: "phuong", count: "3" });
    expect(PropertiesService.getUserProperties().getProperties()).toEqual({});
    documentProperties.deleteProperty("year");
    expect(documentProperties.getKeys().sort()).toEqual(["count", "preset"]);
    documentProperties.setProperties({ only: "1" }, true);
    expect(runtime.properties.document).toEqual(new Map([["only", "1"]]));
    PropertiesService.getScriptProperties().setProperty("k", "v").deleteAllProperties();
    expect(runtime.properties.script.size).toBe(0);
    expect(() => documentProperties.setProperty("big", "x".repeat(10_000))).toThrow("Argument too large");
  });
});

describe("Utilities, Session, Logger", () => {
  it("formats dates with SimpleDateFormat patterns in a time zone", () => {
    const { Utilities } = typedServices(createSheetsRuntime());
    const instant = new Date("2026-11-29T17:30:05Z");
    expect(Utilities.formatDate(instant, "Asia/Ho_Chi_Minh", "dd/MM/yyyy HH:mm:ss")).toBe(
      "30/11/2026 00:30:05",
    );
    expect(Utilities.formatDate(instant, "GMT+7", "yyyy-MM-dd'T'HH:mm'Z'")).toBe("2026-11-30T00:30Z");
    expect(Utilities.formatDate(instant, "UTC", "'Ngày' d 'tháng' M, ''yy")).toBe("Ngày 29 tháng 11, '26");
  });

  it("makes blobs, base64 and deterministic uuids", () => {
    const runtime = createSheetsRuntime();
    const { Utilities } = typedServices(runtime);
    const blob = Utilities.newBlob('{"đơn vị":"Tân Phú"}', "application/json", "plan.json");
    expect([blob.getName(), blob.getContentType(), blob.getDataAsString()]).toEqual([
      "plan.json",
      "application/json",
      '{"đơn vị":"Tân Phú"}',
    ]);
    expect(blob.setName("x.json").getName()).toBe("x.json");
    expect(Utilities.newBlob("đ").getBytes()).toEqual([-60, -111]);
    expect(Utilities.base64Encode("Đoàn")).toBe(Buffer.from("Đoàn").toString("base64"));
    expect(Utilities.base64Encode([-60, -111])).toBe(Buffer.from("đ").toString("base64"));
    expect(Utilities.getUuid()).toBe("00000000-0000-4000-8000-000000000001");
    expect(Utilities.getUuid()).toBe("00000000-0000-4000-8000-000000000002");
    Utilities.sleep(250);
    expect(runtime.sleeps).toEqual([250]);
  });

  it("answers Session and records Logger and console output", () => {
    const runtime = createSheetsRuntime();
    const { Session, Logger } = typedServices(runtime);
    expect(Session.getScriptTimeZone()).toBe("Asia/Ho_Chi_Minh");
    expect(Session.getActiveUser().getEmail()).toBe("");
    Logger.log("Có %s lỗi", 3);
    (runtime.globals.console as Console).warn("cảnh báo", { a: 1 });
    expect(runtime.logs).toEqual([
      { level: "Logger", message: "Có 3 lỗi" },
      { level: "warn", message: 'cảnh báo {"a":1}' },
    ]);
  });
});

describe("call counting", () => {
  it("counts every service call by Kind.method and resets", () => {
    const runtime = createSheetsRuntime();
    const { SpreadsheetApp, PropertiesService } = typedServices(runtime);
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange(1, 1, 2, 2).getValues();
    sheet.getRange("A1").setValue(1).setNote("n");
    SpreadsheetApp.newDataValidation().requireDate().build();
    PropertiesService.getDocumentProperties().getProperty("x");
    expect(runtime.calls.byMethod).toEqual({
      "SpreadsheetApp.getActiveSpreadsheet": 1,
      "Spreadsheet.getActiveSheet": 1,
      "Sheet.getRange": 2,
      "Range.getValues": 1,
      "Range.setValue": 1,
      "Range.setNote": 1,
      "SpreadsheetApp.newDataValidation": 1,
      "DataValidationBuilder.requireDate": 1,
      "DataValidationBuilder.build": 1,
      "PropertiesService.getDocumentProperties": 1,
      "Properties.getProperty": 1,
    });
    expect(runtime.calls.total).toBe(12);
    runtime.resetCalls();
    expect(runtime.calls).toEqual({ total: 0, byMethod: {} });
  });

  it("hides the runtime's internals from the add-on", () => {
    const runtime = createSheetsRuntime();
    const sheet = typedServices(runtime).SpreadsheetApp.getActiveSheet() as unknown as Record<
      string,
      unknown
    >;
    expect(sheet.cells).toBeUndefined();
    expect(sheet._touch).toBeUndefined();
    expect(typeof sheet.getRange).toBe("function");
  });

  it("allows only menus in AuthMode.NONE", () => {
    const runtime = createSheetsRuntime({ authMode: "NONE" });
    const { SpreadsheetApp, PropertiesService, ScriptApp } = typedServices(runtime);
    SpreadsheetApp.getUi().createAddonMenu().addItem("Mở", "open").addToUi();
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow("AuthMode.NONE");
    expect(() => PropertiesService.getDocumentProperties()).toThrow("AuthMode.NONE");
    expect(() => SpreadsheetApp.getUi().alert("x")).toThrow("AuthMode.NONE");
    expect(runtime.openEvent()).toEqual({ authMode: ScriptApp.AuthMode.NONE });
    runtime.setAuthMode("LIMITED");
    expect(SpreadsheetApp.getActiveSpreadsheet().getName()).toBe("Kế hoạch công tác cán bộ");
  });
});
