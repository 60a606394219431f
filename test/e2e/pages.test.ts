// Our own pages, each driven through the popup in real Chromium: the Google-Forms-like page
// (live, saved copy, and the same page elsewhere claiming to be a form), the page of misses, the
// React-style controlled form, the pages of traps, a page shadowing the content script's old
// global, a frame the extension may not enter, and a page the browser keeps to itself.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePayload } from "../extension/sample-payload";
import {
  type Browser,
  type ChromeApi,
  clearStorage,
  clickForStatus,
  confirmPersonal,
  fill,
  importPayload,
  launchWithExtension,
  openPopup,
  tabIdOf,
} from "./harness";
import { formsPath, type PageServer, servePages } from "./server";

let browser: Browser;
let site: PageServer;

/** Opens a page of the site and a popup aimed at its tab, with the sample payload imported. */
async function open(path: string, profile = "cadre-an"): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/${path}`);
  const tabId = await tabIdOf(browser, `${site.origin}/${path}`);
  const popup = await openPopup(browser, tabId);
  if ((await popup.getByTestId("profile-select").locator("option").count()) === 0) {
    await importPayload(popup, samplePayload);
  }
  await popup.getByTestId("profile-select").selectOption(profile);
  return { page, popup, tabId };
}

const submits = (page: Page) => page.evaluate(() => (window as unknown as { __submits: number }).__submits);
/** Clicks on a trap page's radio options, which a filler must not touch. */
const trapClicks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __trapClicks: number }).__trapClicks);
const hiddenEntries = (page: Page, name: string) =>
  page
    .locator(`input[type=hidden][name="${name}"]`)
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

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
  it("fills the questions of the current section, checkbox questions with their hidden entries, and offers the rest by pre-filled link", async () => {
    const { page, popup } = await open(formsPath("viewform"));
    // Gender on this page, and the birth date of the next section (for the link): personal.
    expect(await fill(popup)).toEqual({ filled: 4, unmatched: 0, pending: 2 });
    expect(await page.locator("input.whsOnd").inputValue()).toBe("Nguyễn Văn An");
    const boxes = await page
      .locator("#section-1 [role=checkbox]")
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute("aria-label")}=${e.getAttribute("aria-checked")}`),
      );
    expect(boxes).toEqual([
      "Bồi dưỡng nghiệp vụ=true",
      "Chuyển đổi số=true",
      "Lý luận chính trị=false",
      "Đoàn=true",
      "Hội=true",
      "Đội=false",
    ]);
    // The checkbox question whose hidden entries sit outside its card: they agree with the boxes.
    expect(await hiddenEntries(page, "entry.777")).toEqual(["Hội", "Đoàn"]);
    expect(await page.locator("input[name='entry.444']").inputValue()).toBe("Trung cấp");
    // Left for the next section: the birth date and the notes, not the question answered here
    // whose hidden entries sit outside its card.
    expect(await popup.getByTestId("fill-report").textContent()).toContain("Còn 2 câu ở các phần sau");
    // Not yet confirmed: gender untouched, and no personal answer in the link.
    expect(await page.locator("[role=radio][data-value=Nam]").getAttribute("aria-checked")).toBe("false");
    let link = new URL((await popup.getByTestId("prefill-link").getAttribute("href"))!);
    expect(link.searchParams.getAll("entry.777")).toEqual(["Đoàn", "Hội"]);
    expect(link.searchParams.has("entry.555")).toBe(false);
    expect(link.searchParams.has("entry.222")).toBe(false);

    expect(await confirmPersonal(popup)).toEqual({ filled: 5, unmatched: 0, pending: 0 });
    expect(await page.locator("[role=radio][data-value=Nam]").getAttribute("aria-checked")).toBe("true");
    expect(await page.locator("[role=radio][data-value=Nữ]").getAttribute("aria-checked")).toBe("false");
    link = new URL((await popup.getByTestId("prefill-link").getAttribute("href"))!);
    expect(link.searchParams.get("entry.555")).toBe("1995-03-09");
    expect(link.searchParams.get("entry.222")).toBe("Nam");

    // Next section, as the user would; fill again.
    await page.locator("#next").click();
    // The birth date on the page, and the gender of the page before, for the link: asked again.
    expect(await fill(popup)).toEqual({ filled: 1, unmatched: 0, pending: 2 });
    expect(await confirmPersonal(popup)).toMatchObject({ filled: 2, pending: 0 });
    expect(await page.locator("input[type=date]").inputValue()).toBe("1995-03-09");
    expect(await page.locator("textarea").inputValue()).toBe("Đang học thạc sĩ <b>không in đậm</b>");
    expect(await submits(page)).toBe(0);
    await page.close();
    await popup.close();
  });

  it("a saved copy that does not keep clicks gets the pre-filled link with every confirmed answer", async () => {
    const { page, popup } = await open(formsPath("google-form-saved.html"));
    const counts = await fill(popup);
    expect(counts.filled).toBe(1);
    await expect(popup.getByTestId("failed").textContent()).resolves.toContain("Các lớp đã tham gia");
    await confirmPersonal(popup);
    await expect(popup.getByTestId("failed").textContent()).resolves.toContain("Giới tính");
    const href = await popup.getByTestId("prefill-link").getAttribute("href");
    const url = new URL(href!);
    expect(url.origin + url.pathname).toBe("https://docs.google.com/forms/d/e/1FAIpQLSdTEST/viewform");
    expect(url.searchParams.get("usp")).toBe("pp_url");
    expect(url.searchParams.get("entry.111")).toBe("Nguyễn Văn An");
    expect(url.searchParams.get("entry.222")).toBe("Nam");
    expect(url.searchParams.getAll("entry.333")).toEqual(["Bồi dưỡng nghiệp vụ", "Chuyển đổi số"]);
    expect(url.searchParams.get("entry.444")).toBe("Trung cấp");
    expect(url.searchParams.getAll("entry.777")).toEqual(["Đoàn", "Hội"]);
    expect(url.searchParams.get("entry.555")).toBe("1995-03-09");
    expect(url.searchParams.get("entry.666")).toBe("Đang học thạc sĩ <b>không in đậm</b>");
    await page.close();
    await popup.close();
  });

  it("the same page served elsewhere is no Google Form: no link carries the answers away", async () => {
    const { page, popup } = await open("google-form.html");
    const counts = await fill(popup);
    expect(counts.filled).toBeGreaterThan(0);
    expect(await popup.getByTestId("prefill-link").count()).toBe(0);
    expect(await popup.getByTestId("fill-report").textContent()).not.toContain("liên kết điền sẵn");
    await page.close();
    await popup.close();
  });
});

describe("misses on our own forms", () => {
  it("a dd/mm/yyyy text birth date, a B1 level among options with extra words, a checkbox question, no post in an allowance, a checkbox drawn by its label", async () => {
    const { page, popup } = await open("own-misses.html");
    expect(await fill(popup)).toEqual({ filled: 4, unmatched: 1, pending: 2 });
    expect(await confirmPersonal(popup)).toEqual({ filled: 6, unmatched: 1, pending: 0 });
    const values = await page.evaluate(() => {
      const form = document.querySelector("form")!;
      const data = new FormData(form);
      return Object.fromEntries([...new Set(data.keys())].map((k) => [k, data.getAll(k).join("+")]));
    });
    expect(values).toEqual({
      ngaysinh: "09/03/1995",
      doan: "2010-03-26",
      nn: "b1",
      tochuc: "doan+hoi",
      phucap: "",
      chucvu: "Phó Bí thư Đoàn phường",
      chuyentrach: "co",
    });
    await expect(popup.getByTestId("unmatched-list").textContent()).resolves.toContain("Phụ cấp chức vụ");
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

    expect(await fill(popup)).toEqual({ filled: 2, unmatched: 0, pending: 3 });
    expect(await confirmPersonal(popup)).toEqual({ filled: 5, unmatched: 0, pending: 0 });
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
    expect(await fill(popup)).toEqual({ filled: 1, unmatched: 0, pending: 0 });
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
  it("leaves inert, closed and clipped fields alone and never clicks a submitting option", async () => {
    const { page, popup } = await open("hidden-traps.html");
    // Filled: the plain field, the one in a roomy overflow:hidden box, one hidden from screen
    // readers only, and the one scrolled out of a scroll box (the user can scroll to it; its
    // label is personal, so it waits). Left to the user, so still empty and reported: the
    // question whose options are submit buttons. The hidden traps are not fields at all.
    expect(await fill(popup)).toEqual({ filled: 3, unmatched: 1, pending: 1 });
    expect(await confirmPersonal(popup)).toEqual({ filled: 4, unmatched: 1, pending: 0 });
    expect(await page.locator("#fullName").inputValue()).toBe("Nguyễn Văn An");
    expect(await page.locator("#position").inputValue()).toBe("Phó Bí thư Đoàn phường");
    expect(await page.locator("#years").inputValue()).toBe("6");
    expect(await page.locator("#hometown").inputValue()).toBe("Long An");
    // The scroll box and the window are where the user left them.
    expect(
      await page.evaluate(() => [window.scrollY, document.querySelector(".scroller")!.scrollTop]),
    ).toEqual([0, 0]);
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

describe("the content script's own global", () => {
  it("a page naming elements after the old global cannot switch the fill off", async () => {
    const { page, popup } = await open("shadow-global.html");
    expect(await fill(popup)).toEqual({ filled: 1, unmatched: 0, pending: 0 });
    expect(await page.locator("#fullName").inputValue()).toBe("Nguyễn Văn An");
    await page.close();
    await popup.close();
  });

  it("when the content script's API is not ours (an older copy still in the page), the popup says so instead of «0 fields»", async () => {
    const { page, popup, tabId } = await open("plain-form.html");
    // As an extension updated while the page stayed open leaves it: another version installed.
    await popup.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            chrome: ChromeApi & { scripting: { executeScript(o: object): Promise<unknown> } };
          }
        ).chrome.scripting.executeScript({
          target: { tabId: id },
          func: () =>
            Object.defineProperty(globalThis, Symbol.for("cadre-plan-autofill/content-api"), {
              value: { version: 1 },
            }),
        }),
      tabId,
    );
    const status = await clickForStatus(popup, "fill");
    expect(status).toContain("Tiện ích không chạy được trong trang này");
    await expect(popup.getByTestId("status").getAttribute("data-kind")).resolves.toBe("error");
    await page.close();
    await popup.close();
  });
});

describe("a frame of another site the extension may not enter", () => {
  it("says so after the user agreed, instead of claiming it was filled", async () => {
    const { page, popup } = await open("frame-closed.html");
    await page.frameLocator("#closed").locator("#eth").waitFor();
    expect(await fill(popup)).toEqual({ filled: 1, unmatched: 0, pending: 0 });
    const host = `localhost:${site.port}`;
    await expect(popup.getByTestId("frames-consent").textContent()).resolves.toContain(host);
    const status = await clickForStatus(popup, "fill-frame");
    expect(status).toContain("không cho tiện ích vào khung");
    expect(status).toContain(host);
    expect(await page.frameLocator("#closed").locator("#eth").inputValue()).toBe("");
    await page.close();
    await popup.close();
  });
});

describe("pages the browser keeps to itself", () => {
  it("its refusal is said in Vietnamese", async () => {
    const page = await browser.context.newPage();
    await page.goto("chrome://version");
    // Without the tabs permission the extension sees no address of such a tab: take the one without.
    const lookup = await browser.context.newPage();
    await lookup.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const tabId = await lookup.evaluate(async () => {
      const tabs = await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({});
      return tabs.filter((t) => t.url === undefined).at(-1)?.id;
    });
    await lookup.close();
    if (tabId === undefined) throw new Error("no tab for chrome://version");
    const popup = await openPopup(browser, tabId);
    await popup.getByTestId("profile-select").selectOption("cadre-an");
    const status = await clickForStatus(popup, "fill");
    expect(status).toBe(
      "Trình duyệt không cho tiện ích nào chạy trên trang này (trang cài đặt, trang tiện ích hoặc cửa hàng tiện ích). Hãy mở biểu mẫu cần điền rồi bấm lại.",
    );
    await page.close();
    await popup.close();
  });
});
