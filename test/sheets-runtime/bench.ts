// Figures for the runtime itself on a 50,000 × 25 sheet (prints, never asserts):
// npx tsx test/sheets-runtime/bench.ts
import { createSheetsRuntime, snapshot, typedServices } from "./index";

function timed(label: string, work: () => unknown): void {
  const started = performance.now();
  work();
  console.log(`${label.padEnd(42)} ${(performance.now() - started).toFixed(0).padStart(6)} ms`);
}

export async function run(rows = 50_000, columns = 25): Promise<void> {
  const runtime = createSheetsRuntime();
  const { SpreadsheetApp } = typedServices(runtime);
  const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet("Cán bộ");
  sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  const data = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (_, j) =>
      j === 2 ? new Date(Date.UTC(1990, 0, 1 + (i % 9000))) : j === 3 ? i : `CB${i}-${j}`,
    ),
  );
  const all = () => sheet.getRange(1, 1, rows, columns);
  timed(`setValues ${rows} × ${columns}`, () => all().setValues(data));
  timed(`getValues ${rows} × ${columns}`, () => all().getValues());
  timed(`getDisplayValues ${rows} × ${columns}`, () => all().getDisplayValues());
  timed(`setBackground ${rows} × ${columns}`, () => all().setBackground("#f4cccc"));
  timed(`getBackgrounds ${rows} × ${columns}`, () => all().getBackgrounds());
  timed(`getNotes ${rows} × ${columns}`, () => all().getNotes());
  timed("getLastRow + getLastColumn", () => [sheet.getLastRow(), sheet.getLastColumn()]);
  timed("snapshot", () => snapshot(runtime));
  console.log(`service calls: ${runtime.calls.total}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
