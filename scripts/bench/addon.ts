// Benchmark part "addon": the one-click target check through the BUILT bundle and the in-memory
// Sheets runtime, on city datasets of growing size. Prints service calls and time; asserts nothing.
// The service calls must not grow with rows: one read per sheet, one write per output block.
import { join } from "node:path";
import { appsScriptOutDir, buildAppsScript } from "../../apps-script/build";
import { generateCityDataset } from "../../shared/sample";
import type { CellValue } from "../../shared/templates";
import { createSheetsRuntime, type SheetsRuntime } from "../../test/sheets-runtime";
import { loadAddon } from "../../test/sheets-runtime/load";

const sizes = [100, 10_000, 50_000];
/** 31/12/2023 10:00 in Ho Chi Minh City. */
const now = new Date("2023-12-31T03:00:00.000Z");

/** Puts a large sheet in place as typed in (not counted), a row at a time rather than spread. */
function fillSheet(runtime: SheetsRuntime, name: string, values: CellValue[][]): void {
  const sheet = runtime.spreadsheet.getSheetByName(name) ?? runtime.spreadsheet.insertSheet(name);
  const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
  sheet._ensureSize(values.length, width);
  // Rows as long as the widest (a row may end before its last empty cells).
  const rows = values.map((row) =>
    row.length < width ? [...row, ...new Array(width - row.length).fill("")] : row,
  );
  sheet.getRange(1, 1, values.length, width).setValues(rows);
}

export async function run(): Promise<void> {
  await buildAppsScript();
  const codePath = join(appsScriptOutDir, "Code.js");
  const totals: number[] = [];
  for (const cadres of sizes) {
    const workbook = generateCityDataset({
      cadres,
      trainings: cadres * 3,
      units: Math.max(20, Math.round(cadres / 250)),
    });
    const rows = Object.values(workbook).reduce((n, sheet) => n + sheet.length - 1, 0);
    const runtime = createSheetsRuntime({ now });
    for (const [name, values] of Object.entries(workbook)) fillSheet(runtime, name, values);
    const addon = loadAddon(runtime, codePath);
    runtime.resetCalls();

    const started = performance.now();
    addon.call("checkTargets");
    const ms = performance.now() - started;

    const { total, byMethod } = runtime.calls;
    totals.push(total);
    const failed = runtime.ui.alerts.at(-1);
    const reads = byMethod["Range.getValues"] ?? 0;
    const writes = ["setValues", "setBackgrounds", "setFontColors", "setFontWeights", "setNumberFormats"]
      .map((m) => byMethod[`Range.${m}`] ?? 0)
      .reduce((a, b) => a + b, 0);
    console.log(
      `checkTargets, ${cadres.toLocaleString("en")} cadres (${rows.toLocaleString("en")} rows): ` +
        `${total} service calls (${reads} getValues, ${writes} range writes), ${ms.toFixed(0)} ms` +
        (failed ? ` — stopped: ${failed.prompt.split("\n")[0]}` : ""),
    );
  }
  const spread = Math.max(...totals) - Math.min(...totals);
  console.log(`service calls from smallest to largest: ${totals.join(" → ")} (difference ${spread})`);
}
