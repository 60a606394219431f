// The hostile page suite: a page that shows one field (Họ và tên) and hides the fields it wants
// (CCCD, phone, e-mail, birth date, ethnicity, hometown, political theory, post, Party membership)
// with one technique at a time, listening to every input, change and click. Filled through the
// popup (the site always allowed, so personal fields are written at once if seen) and through
// the shortcut: the page must receive the name and nothing else. The "visible" control shows the
// same fields unhidden, all filled: the hidden ones are refused for being hidden, not unmatched.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePayload } from "../extension/sample-payload";
import {
  type Browser,
  type ChromeApi,
  clearStorage,
  clickForStatus,
  fill,
  importPayload,
  launchWithExtension,
  openPopup,
  tabIdOf,
} from "./harness";
import { type PageServer, servePages } from "./server";

let browser: Browser;
let site: PageServer;
let page: Page;
let popup: Page;
let tabId: number;
let techniques: string[];

interface Received {
  where: string;
  type: string;
  id: string;
  value: string;
}

const received = () => page.evaluate(() => (window as unknown as { __received: Received[] }).__received);
/** Values of the hidden fields in the page's own tree (the shadow and frame ones are seen by their listeners). */
const hiddenValues = () =>
  page
    .locator(".hidden-field")
    .evaluateAll((els) =>
      els.map((e) =>
        (e as HTMLInputElement).type === "checkbox"
          ? String((e as HTMLInputElement).checked)
          : (e as HTMLInputElement).value,
      ),
    );

async function load(technique: string): Promise<void> {
  await page.goto(`${site.origin}/hostile.html?t=${technique}`);
  await page.waitForFunction(
    () => (window as unknown as { __techniques?: string[] }).__techniques !== undefined,
  );
}

const shortcut = () =>
  browser.worker.evaluate(
    (id) =>
      (
        globalThis as unknown as {
          cadreHandleCommand(c: string, t: { id: number }): Promise<{ filled: number; pending: number }>;
        }
      ).cadreHandleCommand("fill-last-profile", { id }),
    tabId,
  );

beforeAll(async () => {
  site = await servePages();
  browser = await launchWithExtension();
  await clearStorage(browser);
  page = await browser.context.newPage();
  await load("visible");
  techniques = await page.evaluate(() => (window as unknown as { __techniques: string[] }).__techniques);
  tabId = await tabIdOf(browser, `${site.origin}/hostile.html`);
  popup = await openPopup(browser, tabId);
  await importPayload(popup, samplePayload);
  await popup.getByTestId("profile-select").selectOption("cadre-an");
  // Personal fields of this site are written without asking: whatever is seen is written.
  await popup.evaluate(
    (origin) =>
      (
        globalThis as unknown as {
          chrome: ChromeApi & { storage: { local: { set(o: object): Promise<void> } } };
        }
      ).chrome.storage.local.set({ allowedSites: [origin] }),
    site.origin,
  );
  await popup.reload();
  await popup.getByTestId("profile-select").selectOption("cadre-an");
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("hostile pages", () => {
  it("has twenty hiding techniques and more, besides the visible control", () => {
    expect(techniques.filter((t) => t !== "visible").length).toBeGreaterThanOrEqual(20);
  });

  it("the control: the same fields, not hidden, are all filled and heard by the page", async () => {
    await load("visible");
    expect(await fill(popup)).toMatchObject({ filled: 10, pending: 0 });
    expect(await hiddenValues()).toEqual([
      "079095001234",
      "0909123456",
      "an.nguyen@example.vn",
      "1995-03-09",
      "Kinh",
      "Long An",
      "Trung cấp",
      "Phó Bí thư Đoàn phường",
      "true",
    ]);
    expect(new Set((await received()).map((r) => r.id)).size).toBe(10);
  });

  it("through the popup: no hidden field is written, and the page hears only the name", async () => {
    const leaks: string[] = [];
    for (const technique of techniques.filter((t) => t !== "visible")) {
      await load(technique);
      const counts = await fill(popup);
      const heard = (await received()).filter((r) => r.id !== "fullName");
      const written = (await hiddenValues()).filter((v) => v !== "" && v !== "false");
      if (counts.filled !== 1 || counts.pending !== 0 || heard.length || written.length)
        leaks.push(`${technique}: ${JSON.stringify({ counts, heard, written })}`);
      expect(await page.locator("#fullName").inputValue()).toBe("Nguyễn Văn An");
    }
    expect(leaks).toEqual([]);
  }, 180_000);

  it("through the shortcut: no hidden field is written, and the page hears only the name", async () => {
    const leaks: string[] = [];
    for (const technique of techniques.filter((t) => t !== "visible")) {
      await load(technique);
      const result = await shortcut();
      const heard = (await received()).filter((r) => r.id !== "fullName");
      const written = (await hiddenValues()).filter((v) => v !== "" && v !== "false");
      if (result?.filled !== 1 || result.pending !== 0 || heard.length || written.length)
        leaks.push(`${technique}: ${JSON.stringify({ result, heard, written })}`);
    }
    expect(leaks).toEqual([]);
  }, 180_000);

  it("without «always allow», confirming every personal field listed still writes nothing hidden", async () => {
    await popup.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }
      ).chrome.storage.local.set({ allowedSites: [] }),
    );
    await popup.reload();
    await popup.getByTestId("profile-select").selectOption("cadre-an");
    await load("covered-click-through");
    expect(await fill(popup)).toMatchObject({ filled: 1, pending: 0 });
    expect(await popup.getByTestId("personal-confirm").count()).toBe(0);
    expect((await received()).filter((r) => r.id !== "fullName")).toEqual([]);
    await load("visible");
    expect(await fill(popup)).toMatchObject({ filled: 3, pending: 7 });
    // Nothing personal before the user says so.
    expect((await received()).filter((r) => /cccd|phone|email|dob|eth|home|party/.test(r.id))).toEqual([]);
    expect(await clickForStatus(popup, "undo")).toContain("Đã hoàn tác");
  });
});
