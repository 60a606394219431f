// The export dialog of the built add-on, opened in real Chromium: the download of a payload of
// several megabytes (a data: link stopped near 2 MB) and the copy button give exactly the JSON
// the add-on made; the dialog shows a summary, not the JSON.

import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCityDataset } from "../../shared/sample";
import { ensureBuilt } from "../apps-script/built";
import { payloadText, setUp } from "../apps-script/helpers";
import { findChromium } from "./chromium";

let html = "";
let server: Server;
let origin = "";
let browser: Browser;

beforeAll(async () => {
  await ensureBuilt();
  const { runtime, addon } = setUp(generateCityDataset({ cadres: 1600, trainings: 4800, units: 30 }));
  addon.call("exportForForms");
  expect(runtime.ui.alerts).toEqual([]);
  // As Apps Script serves it: the page, with a stand-in for google.script.host.
  html = runtime.ui.dialogs
    .at(-1)!
    .html.replace(
      "<head>",
      "<head><script>window.google = { script: { host: { close: function () { window.closed_ = true; } } } };</script>",
    );
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: ["--no-sandbox", "--disable-gpu"],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => server?.close(() => done()));
});

describe("the export dialog in Chromium", () => {
  it("opens at once and downloads the whole payload as a .json file, well past 2 MB", async () => {
    const json = payloadText(html);
    expect(json.length).toBeGreaterThan(2_500_000);
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${origin}/`);
    // A text box of this size took Chromium 20–30 seconds to lay out.
    expect(Date.now() - started).toBeLessThan(10_000);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    expect(download.suggestedFilename()).toBe("cadre-plan-autofill-2023-12-31.json");
    const saved = await readFile((await download.path())!, "utf8");
    expect(saved).toBe(json);
    expect(JSON.parse(saved).profiles.length).toBe(1601);
    expect(await page.locator("#status").textContent()).toBe(
      "Đã tải về cadre-plan-autofill-2023-12-31.json.",
    );
    await context.close();
  }, 60_000);

  it("copies the same text, and shows a summary rather than the JSON", async () => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    // The JSON is not laid out on the page: a person sees the summary only.
    expect(await page.locator("#payload").isVisible()).toBe(false);
    const shown = (await page.locator("body > p, body > ul").allTextContents()).join(" ");
    expect(shown).toContain("1600 hồ sơ cán bộ");
    expect(shown).not.toContain('"profiles"');
    await page.click("#copy");
    await page.locator("#status", { hasText: "Đã sao chép." }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(payloadText(html));
    await page.click("#close");
    expect(await page.evaluate(() => (window as unknown as { closed_?: boolean }).closed_)).toBe(true);
    await context.close();
  }, 60_000);
});
