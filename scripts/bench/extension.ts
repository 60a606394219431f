// Benchmark part "extension": collect, match and fill a generated 300-field form in Chromium,
// and the content script's minified size. Prints figures; never asserts on time. Collecting
// includes the visibility checks: each field is scrolled to (the form is taller than the
// window) and hit-tested; the time spent in elementsFromPoint and the number of points tested
// are printed apart.
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { buildExtension, extensionOutDirs } from "../../extension/build";
import { API_KEY, type ContentApi, type FillReport } from "../../extension/src/report";
import type { PayloadField } from "../../shared/payload";
import { findChromium } from "../../test/e2e/chromium";

const FIELDS = 300;
const RUNS = 5;

/** 300 fields: texts, dates, numbers, selects, radio groups and checkboxes, each labelled. */
function generated(): { html: string; payload: PayloadField[] } {
  const rows: string[] = [];
  const payload: PayloadField[] = [];
  for (let i = 0; i < FIELDS; i++) {
    const label = `Chỉ tiêu số ${i + 1} của đơn vị`;
    const key = `target.T${i}`;
    switch (i % 6) {
      case 0:
        rows.push(`<label for="f${i}">${label}</label><input id="f${i}" name="f${i}">`);
        payload.push({ key, label, aliases: [], type: "text", value: `Giá trị ${i}` });
        break;
      case 1:
        rows.push(`<label>${label} <input type="date" name="f${i}"></label>`);
        payload.push({ key, label, aliases: [], type: "date", value: "2025-08-11" });
        break;
      case 2:
        rows.push(
          `<span id="l${i}">${label}</span><input type="number" name="f${i}" aria-labelledby="l${i}">`,
        );
        payload.push({ key, label, aliases: [], type: "number", value: i });
        break;
      case 3:
        rows.push(
          `<label for="f${i}">${label}</label><select id="f${i}" name="f${i}"><option value=""></option><option>Đạt</option><option>Chưa đạt</option></select>`,
        );
        payload.push({ key, label, aliases: [], type: "choice", value: "Đạt" });
        break;
      case 4:
        rows.push(
          `<fieldset><legend>${label}</legend><label><input type="radio" name="f${i}"> Có</label><label><input type="radio" name="f${i}"> Không</label></fieldset>`,
        );
        payload.push({ key, label, aliases: [], type: "boolean", value: true });
        break;
      default:
        rows.push(`<label><input type="checkbox" name="f${i}"> ${label}</label>`);
        payload.push({ key, label, aliases: [], type: "boolean", value: true });
    }
  }
  const html = `<!doctype html><html lang="vi"><meta charset="utf-8"><body><form>${rows
    .map((r) => `<div>${r}</div>`)
    .join("")}</form></body></html>`;
  return { html, payload };
}

export async function run(): Promise<void> {
  const dir = extensionOutDirs.chromium;
  if (!existsSync(join(dir, "content.js"))) await buildExtension();
  const contentPath = join(dir, "content.js");
  const content = await readFile(contentPath);
  console.log(
    `content.js: ${(statSync(contentPath).size / 1024).toFixed(1)} KB minified, ${(gzipSync(content).length / 1024).toFixed(1)} KB gzip (aim < 40 KB)`,
  );

  const { html, payload } = generated();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ["--no-sandbox"],
  });
  try {
    const totals: number[] = [];
    const hitTests: number[] = [];
    let last: FillReport | null = null;
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.setContent(html);
      await page.addScriptTag({ content: content.toString("utf8") });
      // The user clicks on a page already laid out: let the first layout happen before timing.
      await page.evaluate(() => document.body.getBoundingClientRect().height);
      last = await page.evaluate(
        ([fields, key]) =>
          (globalThis as unknown as Record<symbol, ContentApi>)[Symbol.for(key)]!.fill({
            fields,
            pins: {},
            allowedSites: [],
            mode: "top",
          }),
        [payload, API_KEY] as const,
      );
      if (last) {
        totals.push(last.timings.collect + last.timings.match + last.timings.fill);
        hitTests.push(last.timings.hitTest);
      }
      await page.close();
    }
    if (!last) throw new Error("the content script returned nothing");
    const t = last.timings;
    totals.sort((a, b) => a - b);
    console.log(
      `${FIELDS}-field form: ${last.filled.length} filled, ${last.failed.length} not kept, ${last.unmatched.length} unmatched`,
    );
    hitTests.sort((a, b) => a - b);
    console.log(
      `collect + match + fill: median ${totals[Math.floor(totals.length / 2)]!.toFixed(1)} ms, best ${totals[0]!.toFixed(1)} ms over ${RUNS} fresh pages ` +
        `(last run: collect ${t.collect.toFixed(1)}, match ${t.match.toFixed(1)}, fill ${t.fill.toFixed(1)} ms; aim < 100 ms)`,
    );
    console.log(
      `of collect, hit testing (elementsFromPoint): median ${hitTests[Math.floor(hitTests.length / 2)]!.toFixed(1)} ms, ` +
        `${t.hitTests} points tested for ${FIELDS} fields (last run)`,
    );
  } finally {
    await browser.close();
  }
}
