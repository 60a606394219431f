// Benchmark part "marks": "Kiểm tra dữ liệu" through the BUILT bundle on a cadres sheet of
// 50,000 rows, with bad cells scattered over it. Prints the cells written and the service calls
// of marking them, then of lifting the marks once the data is fixed; asserts nothing. The cells
// written must grow with the marks, not with the rectangle around them.
import { join } from "node:path";
import { appsScriptOutDir, buildAppsScript } from "../../apps-script/build";
import { generateSampleWorkbook, sampleDeliberateErrors } from "../../shared/sample";
import { type CellValue, templateById } from "../../shared/templates";
import { createSheetsRuntime } from "../../test/sheets-runtime";
import { loadAddon } from "../../test/sheets-runtime/load";

const rows = 50_000;
const now = new Date("2023-12-31T03:00:00.000Z");
const cadresName = templateById("cadres").name;

/** 50,000 clean cadre rows made from the sample's, each with its own id. */
function cadreRows(): { header: CellValue[]; rows: CellValue[][]; email: number } {
  const cadres = generateSampleWorkbook()[cadresName]!;
  const header = cadres[0]!;
  const bad = new Set(sampleDeliberateErrors.filter((e) => e.sheet === cadresName).map((e) => e.row - 1));
  const clean = cadres.filter((_, i) => i > 0 && !bad.has(i));
  const id = header.indexOf("Mã cán bộ");
  const out: CellValue[][] = [];
  for (let i = 0; out.length < rows; i++) {
    const row = [...clean[i % clean.length]!];
    row[id] = `CB${String(i + 1).padStart(6, "0")}`;
    out.push(row);
  }
  return { header, rows: out, email: header.indexOf("Email") };
}

export async function run(): Promise<void> {
  await buildAppsScript();
  const codePath = join(appsScriptOutDir, "Code.js");
  const { header, rows: clean, email } = cadreRows();
  for (const marks of [2, 500, 5000]) {
    // Bad e-mails spread evenly from row 2 to the last row (two marks: rows 2 and 40,000).
    const at =
      marks === 2 ? [0, 39_998] : Array.from({ length: marks }, (_, k) => Math.floor((k * rows) / marks));
    const data = clean.map((row) => [...row]);
    for (const r of at) data[r]![email] = `sai-email-${r}`;
    const runtime = createSheetsRuntime({ now });
    runtime.setSheetValues(cadresName, [header, ...data]);
    const addon = loadAddon(runtime, codePath);

    runtime.resetCalls();
    let started = performance.now();
    addon.call("validateData");
    const markMs = performance.now() - started;
    const marked = { cells: runtime.cellsWritten, calls: runtime.calls.total };

    const sheet = runtime.spreadsheet.getSheetByName(cadresName)!;
    for (const r of at) sheet.getRange(r + 2, email + 1).setValue(`nguoi${r}@gmail.com`);
    runtime.resetCalls();
    started = performance.now();
    addon.call("validateData");
    const liftMs = performance.now() - started;
    const lifted = { cells: runtime.cellsWritten, calls: runtime.calls.total };

    const box = Math.max(...at) - Math.min(...at) + 1;
    console.log(
      `validateData, ${rows.toLocaleString("en")} rows, ${marks.toLocaleString("en")} bad cells: ` +
        `marking ${marked.cells.toLocaleString("en")} cells written, ${marked.calls} service calls, ${markMs.toFixed(0)} ms; ` +
        `lifting ${lifted.cells.toLocaleString("en")} cells written, ${lifted.calls} service calls, ${liftMs.toFixed(0)} ms ` +
        `(the rectangle around the marks: ${box.toLocaleString("en")} cells a layer; notes go in strips ` +
        "merged only when a call is saved per 500 cells, colours to the marked cells only)",
    );
  }
}
