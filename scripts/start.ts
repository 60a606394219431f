// npm start [-- workbook.xlsx] [--out DIR]: runs the BUILT add-on on a workbook on this computer.
// Without a workbook it uses the built-in sample (a fictional ward union). Prints the target
// results, the data problems and the submissions count; writes out/<name>-ket-qua.xlsx (the
// spreadsheet after the run) and out/<name>-bieu-mau.json (the export for the extension).
// The user's file is only read, never written.
import { mkdir, realpath, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSampleWorkbook } from "../shared/sample";
import { snapshot } from "../test/sheets-runtime/index";
import { parseArgs } from "./start/args";
import { ensureAddonBuilt } from "./start/build-if-needed";
import { colourEnabled } from "./start/colour";
import { StartError } from "./start/errors";
import { checkPlanSheets } from "./start/plan-sheets";
import { renderReport } from "./start/report";
import { runAddon, type SheetValues } from "./start/run-addon";
import { useSheetTimeZone } from "./xlsx/dates";
import { readWorkbookFile, WorkbookReadError } from "./xlsx/read";
import { sheetModel } from "./xlsx/snapshot";
import { writeWorkbookFile } from "./xlsx/write";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SAMPLE_NAME = "du-lieu-mau";

function progress(text: string): void {
  process.stderr.write(`${text}\n`);
}

async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (path: string) => realpath(path).catch(() => resolve(path));
  return (await real(a)) === (await real(b));
}

/** "2,1": seconds as staff write them. */
function seconds(milliseconds: number): string {
  return (milliseconds / 1000).toFixed(1).replace(".", ",");
}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

async function main(): Promise<void> {
  useSheetTimeZone();
  const args = parseArgs(process.argv.slice(2), root);

  const name = args.input ? basename(args.input, extname(args.input)) : SAMPLE_NAME;
  const workbookPath = join(args.outDir, `${name}-ket-qua.xlsx`);
  const payloadPath = join(args.outDir, `${name}-bieu-mau.json`);
  for (const output of [workbookPath, payloadPath]) {
    if (args.input && (await samePath(output, args.input))) {
      throw new StartError(
        `Tệp kết quả sẽ trùng với tệp gốc "${basename(args.input)}": hãy chọn thư mục khác bằng "--out".`,
      );
    }
  }

  let sheets: SheetValues[];
  if (args.input) {
    const file = basename(args.input);
    progress(`Đọc bảng tính ${file}…`);
    sheets = await readWorkbookFile(args.input);
    checkPlanSheets(sheets, file);
  } else {
    progress("Không có tệp nào được chỉ ra: dùng dữ liệu mẫu của một Đoàn phường giả định.");
    sheets = Object.entries(generateSampleWorkbook()).map(([sheet, values]) => ({ name: sheet, values }));
  }

  const codePath = await ensureAddonBuilt(root, () => progress("Dựng tiện ích (dist/apps-script)…"));
  const started = Date.now();
  const run = runAddon(sheets, codePath, {
    spreadsheetName: name,
    onStep: (index, total, label) => progress(`${index}/${total} ${label}…`),
    onStepDone: (_, ms) => progress(`    xong sau ${seconds(ms)} giây`),
  });
  for (const message of run.messages.filter((m) => m.step === "Tạo các trang")) {
    progress(`  ${message.text.replace(/\n+/g, "\n  ")}`);
  }
  progress(`Xong các bước trong ${seconds(Date.now() - started)} giây.`);

  const width = process.stdout.isTTY ? (process.stdout.columns ?? 120) : 120;
  console.log(renderReport(run.runtime, run.messages, { colour: colourEnabled(process.stdout), width }));

  await mkdir(args.outDir, { recursive: true });
  await writeWorkbookFile(snapshot(run.runtime).sheets.map(sheetModel), workbookPath);
  console.log(`\nĐã ghi bảng tính kết quả: ${shown(workbookPath)}`);
  if (run.payload) {
    await writeFile(payloadPath, `${JSON.stringify(run.payload, null, 2)}\n`);
    console.log(`Đã ghi dữ liệu cho tiện ích điền biểu mẫu: ${shown(payloadPath)}`);
  } else {
    console.log("Chưa xuất được dữ liệu cho biểu mẫu (xem thông báo ở trên).");
  }
}

main().catch((error: unknown) => {
  if (error instanceof StartError || error instanceof WorkbookReadError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Đã xảy ra lỗi ngoài dự kiến: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exitCode = 1;
});
