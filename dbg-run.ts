// Debug: load a page from test/e2e/pages via a local server, inject content.js in the main world, fill, print the report.
import { readFile } from "node:fs/promises";
import { chromium } from "playwright-core";
import { findChromium } from "/work/wt15/test/e2e/chromium";
import { servePages } from "/work/wt15/test/e2e/server";
import { samplePayload } from "/work/wt15/test/extension/sample-payload";
const [path = "plain-form.html", profile = "cadre-an", allow = ""] = process.argv.slice(2);
const site = await servePages();
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ["--no-sandbox"] });
const page = await browser.newPage();
page.on("console", (m) => console.log("console:", m.text()));
await page.goto(`${site.origin}/${path}`);
const content = await readFile("/work/wt15/dist/extension-test/content.js", "utf8");
await page.addScriptTag({ content });
const fields = samplePayload.profiles.find((p) => p.id === profile)!.fields;
const report = await page.evaluate(
  ([fields, allow]) =>
    (globalThis as any)[Symbol.for("cadre-plan-autofill/content-api")].fill({ fields, pins: {}, allowedSites: allow ? [location.origin] : [], mode: "top" }),
  [fields, allow] as const,
);
const r = report as any; console.log(JSON.stringify({filled: r.filled.map((f:any)=>[f.fieldId,f.label,f.value]), failed: r.failed.map((f:any)=>[f.fieldId,f.label,f.value]), pending: r.pending.map((f:any)=>[f.fieldId,f.label,f.value]), unmatched: r.unmatched, site: r.site, frames: r.frames, t: r.timings}, null, 1));
await browser.close();
await site.close();
