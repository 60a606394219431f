// The plain form, driven through the popup in real Chromium with the test build.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePayload } from "../extension/sample-payload";
import {
  type Browser,
  type Counts,
  clearStorage,
  clickForStatus,
  confirmPersonal,
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

async function fillAsAn(): Promise<Counts> {
  await popup.getByTestId("profile-select").selectOption("cadre-an");
  return fill(popup);
}

/** The personal fields of the plain form and its same-origin frame, as the form shows them. */
const personal = async () => ({
  dob: await value("input[name=dob]"),
  gender: await checked("input[name=gender][value=M]"),
  phone: await value("input[name=phone]"),
  email: await value("input[name=email]"),
  join: await value("#join"),
  party: await checked("input[name=party]"),
  personalId: await value("#personalId"),
  hometown: await form.frameLocator("#same").locator("#home").inputValue(),
});
const nothingPersonal = {
  dob: "",
  gender: false,
  phone: "",
  email: "",
  join: "",
  party: false,
  personalId: "",
  hometown: "",
};

beforeAll(async () => {
  [site, other] = await Promise.all([servePages(), servePages()]);
  browser = await launchWithExtension();
  form = await browser.context.newPage();
  await form.goto(`${site.origin}/plain-form.html?cross=${other.port}`);
  await form.frameLocator("#cross").locator("#eth").waitFor();
  await form.frameLocator("#cross-hidden").locator("#eth").waitFor({ state: "attached" });
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
    expect(values).toEqual(["unit", "cadre-an", "cadre-ngoc", "cadre-ha"]);
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

  it("fills ordinary fields at once and shows the personal ones, with the site, before writing them", async () => {
    expect(await fillAsAn()).toEqual({ filled: 6, unmatched: 0, pending: 8 });
    expect(await value("#fullName")).toBe("Nguyễn Văn An");
    expect(await value("input[name=position]")).toBe("Phó Bí thư Đoàn phường");
    expect(await value("input[name=years]")).toBe("6");
    expect(await value("#theory")).toBe("tc");
    expect(await checked("input[name=courses][value=nv]")).toBe(true);
    expect(await checked("input[name=courses][value=cds]")).toBe(true);
    expect(await checked("input[name=courses][value=llct]")).toBe(false);
    expect(await value("#notes")).toBe("Đang học thạc sĩ <b>không in đậm</b>");
    // Nothing personal reached the page yet.
    expect(await personal()).toEqual(nothingPersonal);

    const box = popup.getByTestId("personal-confirm");
    const text = await box.textContent();
    expect(text).toContain(`Trang ${new URL(site.origin).host} hỏi các thông tin cá nhân`);
    for (const shown of [
      "09/03/1995",
      "0909123456",
      "an.nguyen@example.vn",
      "079095001234",
      "26/03/2010",
      "Long An",
    ])
      expect(text).toContain(shown);

    expect(await confirmPersonal(popup)).toEqual({ filled: 14, unmatched: 0, pending: 0 });
    expect(await personal()).toEqual({
      dob: "1995-03-09",
      gender: true,
      phone: "0909123456",
      email: "an.nguyen@example.vn",
      join: "26/03/2010",
      party: true,
      personalId: "079095001234",
      hometown: "Long An",
    });
    expect(await checked("input[name=gender][value=F]")).toBe(false);
    // The cross-origin frame waits for its own consent.
    expect(await form.frameLocator("#cross").locator("#eth").inputValue()).toBe("");
    expect(await form.evaluate(() => (window as unknown as { __submits: number }).__submits)).toBe(0);

    const report = popup.getByTestId("fill-report");
    const filledList = await report.getByTestId("filled-list").textContent();
    expect(filledList).toContain("Nguyễn Văn An");
    expect(filledList).toContain("09/03/1995");
    const unused = await report.getByTestId("unused-list").textContent();
    expect(unused).toContain("Dân tộc: Kinh");
    // Payload text is shown as text, never parsed as HTML.
    expect(await report.locator("b").count()).toBe(0);
  });

  it("fills a frame of another site only after the user agrees to that frame, naming its site", async () => {
    const offers = popup.getByTestId("fill-frame");
    expect(await offers.count()).toBe(1);
    expect(await offers.getAttribute("data-origin")).toBe(other.origin);
    await expect(offers.textContent()).resolves.toContain(new URL(other.origin).host);
    await offers.click();
    // Its field is personal: a second box names the frame's site.
    const box = popup.locator(`[data-testid=personal-confirm][data-origin="${other.origin}"]`);
    await box.waitFor();
    expect(await box.textContent()).toContain(`Trang ${new URL(other.origin).host}`);
    expect(await form.frameLocator("#cross").locator("#eth").inputValue()).toBe("");
    expect(await confirmPersonal(popup, { origin: other.origin })).toMatchObject({ filled: 15, pending: 0 });
    expect(await form.frameLocator("#cross").locator("#eth").inputValue()).toBe("Kinh");
    // The invisible frame of the same site was neither offered nor filled.
    expect(await form.frameLocator("#cross-hidden").locator("#eth").inputValue()).toBe("");
    expect(await popup.getByTestId("fill-frame").count()).toBe(0);
  });

  it("undo restores what was there", async () => {
    expect(await clickForStatus(popup, "undo")).toMatch(/Đã hoàn tác \d+ thay đổi/);
    expect(await value("#fullName")).toBe("");
    expect(await personal()).toEqual(nothingPersonal);
    expect(await value("#theory")).toBe("");
    expect(await checked("input[name=courses][value=nv]")).toBe(false);
    expect(await form.frameLocator("#cross").locator("#eth").inputValue()).toBe("");
  });

  it("keeps pins per form and they win next time", async () => {
    await fillAsAn();
    await popup.locator("[data-testid=pin-select][data-field-id=notes]").selectOption("cadre.position");
    await popup.locator("[data-testid=pin-select][data-field-id=position]").selectOption("cadre.unit");
    await popup.waitForFunction(() =>
      document.querySelector("[data-testid=status]")?.textContent?.includes("với «Đơn vị công tác»"),
    );
    expect(await clickForStatus(popup, "undo")).toContain("Đã hoàn tác");
    await popup.reload();
    expect(await fillAsAn()).toEqual({ filled: 6, unmatched: 0, pending: 8 });
    expect(await value("#notes")).toBe("Phó Bí thư Đoàn phường");
    expect(await value("input[name=position]")).toBe("Đoàn phường Bến Thành");
    const pins = await stored(popup, "pins");
    expect(pins).toEqual({
      [`${site.origin}/plain-form.html`]: { notes: "cadre.position", position: "cadre.unit" },
    });
    const pinLabels = await stored(popup, "pinLabels");
    expect(pinLabels).toEqual({
      [`${site.origin}/plain-form.html`]: { notes: "Ghi chú", position: "Chức vụ" },
    });
    expect(await clickForStatus(popup, "undo")).toContain("Đã hoàn tác");
  });

  it("the shortcut fills ordinary fields with the last used profile and writes nothing personal", async () => {
    // A headless browser cannot press an extension shortcut: call the command handler the
    // shortcut triggers (exposed in the test build only), in the service worker, with the form's tab.
    await popup.getByTestId("profile-select").selectOption("cadre-ngoc");
    await fill(popup);
    expect(await clickForStatus(popup, "undo")).toContain("Đã hoàn tác");
    expect(await value("#fullName")).toBe("");
    const result = await browser.worker.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            cadreHandleCommand(c: string, t: { id: number }): Promise<{ filled: number; pending: number }>;
          }
        ).cadreHandleCommand("fill-last-profile", { id }),
      tabId,
    );
    expect(result).toEqual({ filled: 2, pending: 3 });
    expect(await value("#fullName")).toBe("Trần Thị Bích Ngọc");
    // The pin set above sends the post to the notes.
    expect(await value("#notes")).toBe("Bí thư Chi đoàn khu phố 3");
    expect(await value("input[name=dob]")).toBe("");
    expect(await value("input[name=email]")).toBe("");
    expect(await checked("input[name=gender][value=F]")).toBe(false);
    expect(await clickForStatus(popup, "undo")).toContain("Đã hoàn tác");
  });

  it("«always allow» a site writes its personal fields at once, until revoked in the options", async () => {
    await fillAsAn();
    await confirmPersonal(popup, { always: true });
    expect(await stored(popup, "allowedSites")).toEqual([site.origin]);
    expect(await clickForStatus(popup, "undo")).toContain("Đã hoàn tác");
    await popup.reload();
    expect(await fillAsAn()).toEqual({ filled: 14, unmatched: 0, pending: 0 });
    expect(await value("#personalId")).toBe("079095001234");
    expect(await clickForStatus(popup, "undo")).toContain("Đã hoàn tác");

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await waitForCount(options, "allowed-site", 1);
    expect(await options.getByTestId("allowed-site").textContent()).toContain(site.origin);
    await options.getByTestId("revoke-site").click();
    await waitForCount(options, "allowed-site", 0);
    expect(await stored(options, "allowedSites")).toEqual([]);
    await options.close();

    await popup.reload();
    expect(await fillAsAn()).toEqual({ filled: 6, unmatched: 0, pending: 8 });
    expect(await personal()).toEqual(nothingPersonal);
    expect(await clickForStatus(popup, "undo")).toContain("Đã hoàn tác");
  });

  it("an invalid import says what is wrong in Vietnamese and replaces nothing", async () => {
    const before = await stored(popup, "payloads");
    expect(await importPayload(popup, "{ không phải JSON")).toContain("Dữ liệu không phải JSON hợp lệ");
    await expect(popup.getByTestId("status").getAttribute("data-kind")).resolves.toBe("error");
    expect(await importPayload(popup, JSON.stringify({ ...samplePayload, profiles: [] }))).toContain(
      "Không nhập được, dữ liệu đã lưu vẫn giữ nguyên. Ở danh sách hồ sơ: không có mục nào.",
    );
    expect(await importPayload(popup, JSON.stringify({ name: "khác" }))).toContain(
      "Tệp JSON này không phải dữ liệu xuất từ Kế hoạch công tác cán bộ",
    );
    const badDate = structuredClone(samplePayload);
    const dob = badDate.profiles[1]!.fields.find((f) => f.key === "cadre.dateOfBirth")!;
    dob.value = "09/03/1995";
    expect(await importPayload(popup, JSON.stringify(badDate))).toContain(
      "Ở hồ sơ «Nguyễn Văn An», trường «Ngày sinh»: ngày phải có dạng yyyy-mm-dd.",
    );
    const after = await stored(popup, "payloads");
    expect(after).toEqual(before);
    await expect(popup.getByTestId("profile-select").locator("option").count()).resolves.toBe(4);
  });

  it("picking a spreadsheet instead of the .json says so in one sentence", async () => {
    // The first bytes of an .xlsx file: a ZIP archive.
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    await popup.getByTestId("payload-file").setInputFiles({
      name: "ke-hoach-can-bo.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: xlsx,
    });
    await popup.waitForFunction(() =>
      document.querySelector("[data-testid=status]")?.textContent?.includes(".xlsx"),
    );
    expect(await popup.getByTestId("status").textContent()).toContain(
      "Tệp này là bảng tính .xlsx, không phải tệp .json xuất từ Google Trang tính.",
    );
  });

  it("a payload the storage cannot hold is refused with a sentence, and nothing is lost", async () => {
    // The storage already holds nearly its 10 MB (a large export kept before): built in the page,
    // so the test does not send megabytes through the browser's protocol.
    const before = await stored(popup, "payloads");
    await popup.evaluate(async (kept) => {
      const chrome = (
        globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }
      ).chrome;
      type Saved = { id: string; payload: { source: string; profiles: Array<{ fields: unknown[] }> } };
      const saved = kept as Saved[];
      const big: Saved = { ...saved[0]!, id: "big", payload: structuredClone(saved[0]!.payload) };
      big.payload.source = "Dữ liệu rất lớn";
      const note = { key: "cadre.big", label: "Ghi chú dài", aliases: [], type: "text", value: "" };
      big.payload.profiles[1]!.fields.push(note);
      // Up to a few kilobytes under the 10 MB the storage holds: the next export does not fit.
      const used = new TextEncoder().encode(JSON.stringify({ payloads: [...saved, big] })).length;
      note.value = "x".repeat(10 * 1024 * 1024 - used - 4000);
      await chrome.storage.local.set({ payloads: [...saved, big] });
    }, before);
    const held = await stored(popup, "payloads");
    await popup.reload();
    const status = await importPayload(popup, {
      ...samplePayload,
      source: "Kế hoạch 2026 – Đoàn phường Tân Định",
    });
    expect(status).toContain("Bộ nhớ của tiện ích không đủ chỗ");
    expect(status).toContain("dữ liệu đã lưu vẫn giữ nguyên");
    expect(await stored(popup, "payloads")).toEqual(held);
    // Deleting the large one makes room again.
    await popup.evaluate(
      (kept) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }
        ).chrome.storage.local.set({ payloads: kept }),
      before,
    );
    await popup.reload();
  });

  it("keeps several payloads; the options page lists payloads, profiles with search, and pins", async () => {
    expect(
      await importPayload(popup, { ...samplePayload, source: "Kế hoạch 2026 – Đoàn phường Sài Gòn" }),
    ).toContain("Đã nhập");
    await expect(popup.getByTestId("payload-select").locator("option").count()).resolves.toBe(2);
    await expect(popup.getByTestId("payload-select").isVisible()).resolves.toBe(true);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await waitForCount(options, "payload-row", 2);
    await waitForCount(options, "profile-row", 8);
    await options.getByTestId("profile-filter").fill("nguyen van an");
    await waitForCount(options, "profile-row", 2);
    expect(await options.getByTestId("profile-count").textContent()).toBe("2 / 8 hồ sơ");
    const rows = await options.getByTestId("profile-row").allInnerTexts();
    expect(rows[0]).toContain("Nguyễn Văn An");
    expect(rows[0]).toContain("Cán bộ");
    await options.getByTestId("profile-filter").fill("sai gon");
    await waitForCount(options, "profile-row", 4);

    await waitForCount(options, "pin-row", 2);
    // Each pin names the form field by the label the user saw, and the payload field it takes.
    const pinRows = await options.getByTestId("pin-row").allInnerTexts();
    expect(pinRows.map((row) => row.replace(/\s+/g, " ").replace(/ Xoá$/, "").trim())).toEqual([
      "Ghi chú → Chức vụ",
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
