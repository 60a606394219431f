// npm run template [-- --out DIR]: the plan's sheets as an empty .xlsx, exactly as the add-on's
// "Tạo các trang kế hoạch" makes them in Sheets (headers, dropdowns, notes, date formats, frozen
// header, widths, the settings and the preset's targets), for offices that start in Excel.
import { mkdir } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { sheetTemplates } from "../shared/templates";
import { snapshot } from "../test/sheets-runtime/index";
import { parseArgs } from "./start/args";
import { ensureAddonBuilt } from "./start/build-if-needed";
import { StartError } from "./start/errors";
import { runAddon } from "./start/run-addon";
import { useSheetTimeZone } from "./xlsx/dates";
import type { SheetModel } from "./xlsx/model";
import { sheetModel } from "./xlsx/snapshot";
import { writeWorkbookFile } from "./xlsx/write";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const TEMPLATE_FILE = "mau-ke-hoach-can-bo.xlsx";

/** The sheets the built add-on creates in an empty spreadsheet, ready for the writer. */
export function templateSheets(codePath: string): SheetModel[] {
  const run = runAddon([], codePath, { steps: ["createTemplates"] });
  // Only the plan's sheets: the new spreadsheet's own blank sheet is left out.
  const names = new Set(sheetTemplates.map((t) => t.name));
  return snapshot(run.runtime)
    .sheets.filter((sheet) => names.has(sheet.name))
    .map(sheetModel);
}

async function main(): Promise<void> {
  useSheetTimeZone();
  const { input, outDir } = parseArgs(process.argv.slice(2), root);
  if (input) throw new StartError('"npm run template" không nhận tệp nào: chỉ có tuỳ chọn "--out THƯ_MỤC".');
  const codePath = await ensureAddonBuilt(root, () =>
    process.stderr.write("Dựng tiện ích (dist/apps-script)…\n"),
  );
  const sheets = templateSheets(codePath);
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, TEMPLATE_FILE);
  await writeWorkbookFile(sheets, path);
  const rel = relative(process.cwd(), path);
  console.log(`Đã ghi bảng tính mẫu (${sheets.length} trang): ${rel && !rel.startsWith("..") ? rel : path}`);
}

// Run only as a script, not when a test imports templateSheets.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    const text =
      error instanceof StartError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
    process.stderr.write(`${text}\n`);
    process.exitCode = 1;
  });
}
