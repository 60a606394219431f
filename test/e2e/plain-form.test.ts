// The plain form, driven through the popup in real Chromium with the test build.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePayload } from "../extension/sample-payload";
import {
  type Browser,
  clearStorage,
  clickForStatus,
  fill,
  importPayload,
  launchWithExtension,
  openPopup,
  stored,
  tabIdOf,
  waitForCount,
} from "./harness";
import { type PageServer, servePages } from "./server";

let browser: Browser;
let site: PageServer;
let other: PageServer;
let form: Page;
let popup: Page;
let tabId: number;
let importStatus: string;

const value = (selector: string) => form.locator(selector).inputValue();
const checked = (selector: string) => form.locator(selector).isChecked();

async function fillAsAn(): Promise<{ filled: number; unmatched: number }> {
  await popup.getByTestId("profile-select").selectOption("cadre-an");
  return fill(popup);
}

beforeAll(async () => {
  [site, other] = await Promise.all([servePages(), servePages()]);
  browser = await launchWithExtension();
  form = await browser.context.newPage();
  await form.goto(`${site.origin}/plain-form.html?cross=${other.port}`);
  await form.frameLocator("#cross").locator("#eth").waitFor();
  tabId = await tabIdOf(browser, `${site.origin}/plain-form.html`);
  popup = await openPopup(browser, tabId);
  await clearStorage(browser);
  await popup.reload();
  importStatus = await importPayload(popup, samplePayload);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), other?.close()]);
});

describe("plain form through the popup", () => {
  it("imports the payload and lists unit and cadre profiles", async () => {
    expect(importStatus).toContain("Đã nhập");
    const values = await popup
      .getByTestId("profile-select")
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values).toEqual(["unit", "cadre-an", "cadre-ngoc"]);
  });

  it("finds a cadre typed without diacritics", async () => {
    await popup.getByTestId("profile-search").fill("bich ngoc");
    const values = await popup
      .getByTestId("profile-select")
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values).toEqual(["cadre-ngoc"]);
    await expect(popup.getByTestId("profile-select").inputValue()).resolves.toBe("cadre-ngoc");
    await popup.getByTestId("profile-search").fill("");
  });

  it("fills every kind of field, top frame and same-origin frame, and reports", async () => {
    const counts = await fillAsAn();
    expect(counts).toEqual({ filled: 13, unmatched: 1 });
    expect(await value("#fullName")).toBe("Nguyễn Văn An");
    expect(await value("input[name=dob]")).toBe("1995-03-09");
    expect(await checked("input[name=gender][value=M]")).toBe(true);
    expect(await checked("input[name=gender][value=F]")).toBe(false);
    expect(await value("input[name=position]")).toBe("Phó Bí thư Đoàn phường");
    expect(await value("input[name=phone]")).toBe("0909123456");
    expect(await value("input[name=email]")).toBe("an.nguyen@example.vn");
    expect(await value("input[name=years]")).toBe("6");
    expect(await value("#join")).toBe("26/03/2010");
    expect(await value("#theory")).toBe("tc");
    expect(await checked("input[name=party]")).toBe(true);
    expect(await checked("input[name=courses][value=nv]")).toBe(true);
    expect(await checked("input[name=courses][value=cds]")).toBe(true);
    expect(await checked("input[name=courses][value=llct]")).toBe(false);
    expect(await value("#notes")).toBe("Đang học thạc sĩ <b>không in đậm</b>");
    expect(await value("#personalId")).toBe("");
    expect(await form.frameLocator("#same").locator("#home").inputValue()).toBe("Long An");
    // The cross-origin frame waits for consent.
    expect(await form.frameLocator("#cross").locator("#eth").inputValue()).toBe("");
    expect(await form.evaluate(() => (window as unknown as { __submits: number }).__submits)).toBe(0);

    const report = popup.getByTestId("fill-report");
    const filledList = await report.getByTestId("filled-list").textContent();
    expect(filledList).toContain("Nguyễn Văn An");
    expect(filledList).toContain("09/03/1995");
    await expect(report.getByTestId("unmatched-list").textContent()).resolves.toContain(
      "Số định danh cá nhân",
    );
    const unused = await report.getByTestId("unused-list").textContent();
    expect(unused).toContain("Số CCCD: 079095001234");
    expect(unused).toContain("Dân tộc: Kinh");
    // Payload text is shown as text, never parsed as HTML.
    expect(await report.locator("b").count()).toBe(0);
  });

  it("fills the cross-origin frame only after the user agrees", async () => {
    await expect(popup.getByTestId("frames-consent").textContent()).resolves.toContain(other.origin);
    await popup.getByTestId("fill-frames").click();
    await popup.waitForFunction(
      () => document.querySelector("[data-testid=fill-report]")?.getAttribute("data-filled") === "14",
    );
    expect(await form.frameLocator("#cross").locator("#eth").inputValue()).toBe("Kinh");
  });

  it("undo restores what was there", async () => {
    expect(await clickForStatus(popup, "undo")).toMatch(/Đã hoàn tác \d+ thay đổi/);
    expect(await value("#fullName")).toBe("");
    expect(await value("input[name=dob]")).toBe("");
    expect(await checked("input[name=gender][value=M]")).toBe(false);
    expect(await value("#theory")).toBe("");
    expect(await checked("input[name=party]")).toBe(false);
    expect(await checked("input[name=courses][value=nv]")).toBe(false);
    expect(await form.frameLocator("#same").locator("#home").inputValue()).toBe("");
    expect(await form.frameLocator("#cross").locator("#eth").inputValue()).toBe("");
  });

  it("keeps pins per form and they win next time", async () => {
    await fillAsAn();
    await popup.locator("[data-testid=pin-select][data-field-id=personalId]").selectOption("cadre.idNumber");
    await popup.locator("[data-testid=pin-select][data-field-id=position]").selectOption("cadre.unit");
    await popup.waitForFunction(() =>
      document.querySelector("[data-testid=status]")?.textContent?.includes("với «Đơn vị công tác»"),
    );
    expect(await clickForStatus(popup, "undo")).toContain("Đã hoàn tác");
    await popup.reload();
    const counts = await fillAsAn();
    expect(counts).toEqual({ filled: 14, unmatched: 0 });
    expect(await value("#personalId")).toBe("079095001234");
    expect(await value("input[name=position]")).toBe("Đoàn phường Bến Thành");
    const pins = await stored(popup, "pins");
    expect(pins).toEqual({
      [`${site.origin}/plain-form.html`]: { personalId: "cadre.idNumber", position: "cadre.unit" },
    });
    const pinLabels = await stored(popup, "pinLabels");
    expect(pinLabels).toEqual({
      [`${site.origin}/plain-form.html`]: { personalId: "Số định danh cá nhân", position: "Chức vụ" },
    });
    expect(await clickForStatus(popup, "undo")).toContain("Đã hoàn tác");
  });

  it("the shortcut fills the tab with the last used profile", async () => {
    // A headless browser cannot press an extension shortcut: call the command handler the
    // shortcut triggers, in the service worker, with the form's tab.
    await popup.getByTestId("profile-select").selectOption("cadre-ngoc");
    await fill(popup);
    expect(await clickForStatus(popup, "undo")).toContain("Đã hoàn tác");
    expect(await value("#fullName")).toBe("");
    const filled = await browser.worker.evaluate(
      (id) =>
        (
          globalThis as unknown as { cadreHandleCommand(c: string, t: { id: number }): Promise<number> }
        ).cadreHandleCommand("fill-last-profile", { id }),
      tabId,
    );
    expect(filled).toBeGreaterThan(0);
    expect(await value("#fullName")).toBe("Trần Thị Bích Ngọc");
    expect(await checked("input[name=gender][value=F]")).toBe(true);
    expect(await clickForStatus(popup, "undo")).toContain("Đã hoàn tác");
  });

  it("an invalid import shows a Vietnamese message and replaces nothing", async () => {
    const before = await stored(popup, "payloads");
    expect(await importPayload(popup, "{ không phải JSON")).toContain("Dữ liệu không phải JSON hợp lệ");
    await expect(popup.getByTestId("status").getAttribute("data-kind")).resolves.toBe("error");
    expect(await importPayload(popup, JSON.stringify({ ...samplePayload, profiles: [] }))).toContain(
      "Không nhập được",
    );
    const after = await stored(popup, "payloads");
    expect(after).toEqual(before);
    await expect(popup.getByTestId("profile-select").locator("option").count()).resolves.toBe(3);
  });

  it("keeps several payloads; the options page lists and deletes payloads and pins", async () => {
    expect(
      await importPayload(popup, { ...samplePayload, source: "Kế hoạch 2026 – Đoàn phường Sài Gòn" }),
    ).toContain("Đã nhập");
    await expect(popup.getByTestId("payload-select").locator("option").count()).resolves.toBe(2);
    await expect(popup.getByTestId("payload-select").isVisible()).resolves.toBe(true);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await waitForCount(options, "payload-row", 2);
    await waitForCount(options, "pin-row", 2);
    // Each pin names the form field by the label the user saw, and the payload field it takes.
    const pinRows = await options.getByTestId("pin-row").allInnerTexts();
    expect(pinRows.map((row) => row.replace(/\s+/g, " ").replace(/ Xoá$/, "").trim())).toEqual([
      "Số định danh cá nhân → Số CCCD",
      "Chức vụ → Đơn vị công tác",
    ]);
    await options.getByTestId("delete-pin").first().click();
    await waitForCount(options, "pin-row", 1);
    const labelsLeft = await stored(options, "pinLabels");
    expect(Object.values(labelsLeft as Record<string, Record<string, string>>)).toEqual([
      { position: "Chức vụ" },
    ]);
    await options.getByTestId("delete-payload").first().click();
    await waitForCount(options, "payload-row", 1);
    options.once("dialog", (dialog) => void dialog.accept());
    expect(await clickForStatus(options, "delete-all")).toContain("Đã xoá tất cả");
    await waitForCount(options, "payload-row", 0);
    await options.close();
  });
});
