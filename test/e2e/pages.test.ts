// The Google-Forms-like page (live and saved copy), the React-style controlled form and the
// page of traps, each driven through the popup in real Chromium.
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
  tabIdOf,
} from "./harness";
import { type PageServer, servePages } from "./server";

let browser: Browser;
let site: PageServer;

/** Opens a page of the site and a popup aimed at its tab, with the sample payload imported. */
async function open(path: string): Promise<{ page: Page; popup: Page }> {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/${path}`);
  const popup = await openPopup(browser, await tabIdOf(browser, `${site.origin}/${path}`));
  if ((await popup.getByTestId("profile-select").locator("option").count()) === 0) {
    await importPayload(popup, samplePayload);
  }
  await popup.getByTestId("profile-select").selectOption("cadre-an");
  return { page, popup };
}

const submits = (page: Page) => page.evaluate(() => (window as unknown as { __submits: number }).__submits);
/** Clicks on a trap page's radio options, which a filler must not touch. */
const trapClicks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __trapClicks: number }).__trapClicks);

beforeAll(async () => {
  site = await servePages();
  browser = await launchWithExtension();
  await clearStorage(browser);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("Google-Forms-like page", () => {
  it("fills the questions of the current section and offers the rest by pre-filled link", async () => {
    const { page, popup } = await open("google-form.html");
    expect(await fill(popup)).toEqual({ filled: 4, unmatched: 0 });
    expect(await page.locator("input.whsOnd").inputValue()).toBe("Nguyễn Văn An");
    expect(await page.locator("[role=radio][data-value=Nam]").getAttribute("aria-checked")).toBe("true");
    expect(await page.locator("[role=radio][data-value=Nữ]").getAttribute("aria-checked")).toBe("false");
    const boxes = await page
      .locator("[role=checkbox]")
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute("aria-label")}=${e.getAttribute("aria-checked")}`),
      );
    expect(boxes).toEqual(["Bồi dưỡng nghiệp vụ=true", "Chuyển đổi số=true", "Lý luận chính trị=false"]);
    expect(await page.locator("input[name='entry.444']").inputValue()).toBe("Trung cấp");
    const link = await popup.getByTestId("prefill-link").getAttribute("href");
    expect(new URL(link!).searchParams.get("entry.555")).toBe("1995-03-09");

    // Next section, as the user would; fill again.
    await page.locator("#next").click();
    expect(await fill(popup)).toEqual({ filled: 2, unmatched: 0 });
    expect(await page.locator("input[type=date]").inputValue()).toBe("1995-03-09");
    expect(await page.locator("textarea").inputValue()).toBe("Đang học thạc sĩ <b>không in đậm</b>");
    expect(await submits(page)).toBe(0);
    await page.close();
    await popup.close();
  });

  it("a saved copy that does not keep clicks gets the pre-filled link with every answer", async () => {
    const { page, popup } = await open("google-form-saved.html");
    const counts = await fill(popup);
    expect(counts.filled).toBe(1);
    await expect(popup.getByTestId("failed").textContent()).resolves.toContain("Giới tính");
    const href = await popup.getByTestId("prefill-link").getAttribute("href");
    const url = new URL(href!);
    expect(url.origin + url.pathname).toBe("https://docs.google.com/forms/d/e/1FAIpQLSdTEST/viewform");
    expect(url.searchParams.get("usp")).toBe("pp_url");
    expect(url.searchParams.get("entry.111")).toBe("Nguyễn Văn An");
    expect(url.searchParams.get("entry.222")).toBe("Nam");
    expect(url.searchParams.getAll("entry.333")).toEqual(["Bồi dưỡng nghiệp vụ", "Chuyển đổi số"]);
    expect(url.searchParams.get("entry.444")).toBe("Trung cấp");
    expect(url.searchParams.get("entry.555")).toBe("1995-03-09");
    expect(url.searchParams.get("entry.666")).toBe("Đang học thạc sĩ <b>không in đậm</b>");
    await page.close();
    await popup.close();
  });
});

describe("React-style controlled form", () => {
  it("values stick in the page's state", async () => {
    const { page, popup } = await open("react-form.html");
    // The page is strict: a plain assignment plus an input event does not reach its state.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>("#fullName")!;
      input.value = "gán thẳng";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(await page.locator("#fullName").inputValue()).toBe("");

    expect(await fill(popup)).toEqual({ filled: 5, unmatched: 0 });
    const state = await page.evaluate(() => (window as unknown as { __state: unknown }).__state);
    expect(state).toEqual({
      fullName: "Nguyễn Văn An",
      email: "an.nguyen@example.vn",
      gender: "male",
      notes: "Đang học thạc sĩ <b>không in đậm</b>",
      party: true,
    });
    expect(await page.locator("#fullName").inputValue()).toBe("Nguyễn Văn An");

    expect(await clickForStatus(popup, "undo")).toContain("Đã hoàn tác");
    const restored = await page.evaluate(() => (window as unknown as { __state: unknown }).__state);
    expect(restored).toEqual({ fullName: "", email: "", gender: "", notes: "", party: false });
    expect(await submits(page)).toBe(0);
    await page.close();
    await popup.close();
  });
});

describe("form with traps", () => {
  it("fills the visible field and leaves every hidden or locked one alone", async () => {
    const { page, popup } = await open("traps.html");
    expect(await fill(popup)).toEqual({ filled: 1, unmatched: 0 });
    expect(await page.locator("#fullName").inputValue()).toBe("Nguyễn Văn An");
    const traps = await page.locator(".trap").evaluateAll((els) =>
      els.map((e) => {
        const el = e as HTMLInputElement;
        const state =
          el.type === "checkbox" ? String(el.checked) : (el.value ?? e.getAttribute("aria-checked"));
        return `${el.id || el.getAttribute("name") || el.getAttribute("data-value")}=${state}`;
      }),
    );
    expect(traps).toEqual([
      "t-hidden-attr=",
      "email=",
      "t-disabled=",
      "t-readonly=",
      "t-display=",
      "t-visibility=",
      "t-opacity=",
      "t-zero=",
      "t-offscreen=",
      "party=false",
      "t-fieldset=",
      "t-select=",
      "Nam=false",
      "Nữ=false",
    ]);
    expect(await trapClicks(page)).toBe(0);
    expect(await submits(page)).toBe(0);
    await page.close();
    await popup.close();
  });
});

describe("form with traps the eye does not see", () => {
  it("leaves inert, closed, aria-hidden and clipped fields alone and never clicks a submitting option", async () => {
    const { page, popup } = await open("hidden-traps.html");
    // Filled: the plain field, the one in a roomy overflow:hidden box, the one scrolled out of a
    // scroll box (the user can scroll to it). Left to the user, so still empty and reported:
    // the question whose options are submit buttons. The hidden traps are not fields at all.
    expect(await fill(popup)).toEqual({ filled: 3, unmatched: 1 });
    expect(await page.locator("#fullName").inputValue()).toBe("Nguyễn Văn An");
    expect(await page.locator("#position").inputValue()).toBe("Phó Bí thư Đoàn phường");
    expect(await page.locator("#hometown").inputValue()).toBe("Long An");
    const traps = await page
      .locator(".trap")
      .evaluateAll((els) =>
        els.map(
          (e) =>
            `${e.id || e.getAttribute("data-value")}=${(e as HTMLInputElement).value || e.getAttribute("aria-checked")}`,
        ),
      );
    expect(traps).toEqual([
      "t-inert=null",
      "t-details=null",
      "t-aria=null",
      "t-collapsed=null",
      "t-sronly=null",
      "t-far=null",
      "Nam=false",
      "Nữ=false",
    ]);
    expect(await trapClicks(page)).toBe(0);
    expect(await submits(page)).toBe(0);
    await page.close();
    await popup.close();
  });
});

describe("a frame of another site the extension may not enter", () => {
  it("says so after the user agreed, instead of claiming it was filled", async () => {
    const { page, popup } = await open("frame-closed.html");
    await page.frameLocator("#closed").locator("#eth").waitFor();
    expect(await fill(popup)).toEqual({ filled: 1, unmatched: 0 });
    const origin = `http://localhost:${site.port}`;
    await expect(popup.getByTestId("frames-consent").textContent()).resolves.toContain(origin);
    const status = await clickForStatus(popup, "fill-frames");
    expect(status).toContain("không cho tiện ích vào khung");
    expect(status).toContain(origin);
    expect(await page.frameLocator("#closed").locator("#eth").inputValue()).toBe("");
    await page.close();
    await popup.close();
  });
});
