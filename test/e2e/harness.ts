// One Chromium with the test build of the extension per test file, and helpers to drive the
// popup as a user would (popup.html?tab=<id> fills that tab).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import { buildExtension, extensionOutDirs } from "../../extension/build";
import type { Payload } from "../../shared/payload";
import { findChromium } from "./chromium";

/** The bits of the chrome.* API the tests call from extension pages. */
export interface ChromeApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  storage: {
    local: { get(keys?: string | string[] | null): Promise<Record<string, unknown>>; clear(): Promise<void> };
  };
}
export const chromeApi = (): ChromeApi => (globalThis as unknown as { chrome: ChromeApi }).chrome;

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchWithExtension(): Promise<Browser> {
  const dir = extensionOutDirs.test;
  // npm test builds first; a direct vitest run builds here when dist/ is missing.
  if (!existsSync(join(dir, "manifest.json"))) await buildExtension();
  const context = await chromium.launchPersistentContext("", {
    executablePath: findChromium(),
    headless: true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, close: () => context.close() };
}

/** Tab id of the first tab whose URL starts with the given one, asked from an extension page. */
export async function tabIdOf(browser: Browser, url: string): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const id = await page.evaluate(async (prefix) => {
    const tabs = await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({});
    return tabs.find((t) => t.url?.startsWith(prefix))?.id;
  }, url);
  await page.close();
  if (id === undefined) throw new Error(`no tab at ${url}`);
  return id;
}

/** What the extension keeps under `key` in storage.local, read from one of its pages. */
export function stored(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    async (name) =>
      (await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get(name))[name],
    key,
  );
}

export async function openPopup(browser: Browser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Click a popup button and wait for the status line it produces; returns that status. */
export async function clickForStatus(page: Page, testId: string): Promise<string> {
  await page.evaluate(() => {
    const status = document.querySelector("[data-testid=status]");
    if (status) status.textContent = "";
  });
  await page.getByTestId(testId).click();
  const status = await page.waitForFunction(() => {
    const text = document.querySelector("[data-testid=status]")?.textContent ?? "";
    return text && !text.endsWith("…") ? text : false;
  });
  return (await status.jsonValue()) as string;
}

export async function importPayload(popup: Page, payload: Payload | string): Promise<string> {
  const box = popup.getByTestId("payload-input");
  if (!(await box.isVisible())) await popup.locator("#import-box summary").click();
  await box.fill(typeof payload === "string" ? payload : JSON.stringify(payload));
  return clickForStatus(popup, "payload-import");
}

/** Waits until exactly n elements carry the test id (pages render after async storage reads). */
export async function waitForCount(page: Page, testId: string, n: number): Promise<void> {
  await page.waitForFunction(
    ([id, count]) => document.querySelectorAll(`[data-testid="${id}"]`).length === count,
    [testId, n] as const,
  );
}

export interface Counts {
  filled: number;
  unmatched: number;
  /** Personal fields waiting for the user's confirmation. */
  pending: number;
}

async function counts(popup: Page): Promise<Counts> {
  const report = popup.getByTestId("fill-report");
  return {
    filled: Number(await report.getAttribute("data-filled")),
    unmatched: Number(await report.getAttribute("data-unmatched")),
    pending: Number(await report.getAttribute("data-pending")),
  };
}

/** Click Fill and wait for the report; returns its counts. */
export async function fill(popup: Page): Promise<Counts> {
  await popup.evaluate(() => {
    const el = document.querySelector<HTMLElement>("[data-testid=fill-report]")!;
    delete el.dataset.filled;
  });
  await popup.getByTestId("fill").click();
  await popup.waitForSelector("[data-testid=fill-report][data-filled]");
  return counts(popup);
}

/**
 * Confirm the personal fields of the frame of this site (the first box when none is named),
 * optionally ticking «always allow»; returns the counts after.
 */
export async function confirmPersonal(
  popup: Page,
  options: { origin?: string; always?: boolean } = {},
): Promise<Counts> {
  const box = options.origin
    ? popup.locator(`[data-testid=personal-confirm][data-origin="${options.origin}"]`)
    : popup.getByTestId("personal-confirm").first();
  if (options.always) await box.getByTestId("always-allow").check();
  const before = await popup.getByTestId("fill-report").getAttribute("data-pending");
  await box.getByTestId("confirm-personal").click();
  await popup.waitForFunction(
    (was) => document.querySelector("[data-testid=fill-report]")?.getAttribute("data-pending") !== was,
    before,
  );
  return counts(popup);
}

/** The popup's report counts as they are now. */
export const reportCounts = counts;

export async function clearStorage(browser: Browser): Promise<void> {
  await browser.worker.evaluate(() =>
    (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.clear(),
  );
}
