// npm start [-- workbook.xlsx] [--out DIR]: runs the BUILT add-on on a workbook on this computer.
// Without a workbook it uses the built-in sample (a fictional ward union), typed into sheets made
// from the templates as a new user would. Prints the target results, the data problems and the
// submissions count; writes out/<name>-ket-qua.xlsx (the spreadsheet after the run, opening on the
// report) and out/<name>-bieu-mau.json (the export for the extension).
// The user's file is only read, never written.
import { mkdir, realpath, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { vietnameseSheetsMessage } from "../apps-script/sheets-messages";
import { generateSampleWorkbook } from "../shared/sample";
import { snapshot } from "../test/sheets-runtime/index";
import { helpText, parseArgs } from "./start/args";
import { ensureAddonBuilt } from "./start/build-if-needed";
import { colourEnabled } from "./start/colour";
import { StartError } from "./start/errors";
import { checkOutput, writeFailure } from "./start/output";
import { checkPlanSheets } from "./start/plan-sheets";
import { renderReport } from "./start/report";
import { runAddon, type SheetInput } from "./start/run-addon";
import { useSheetTimeZone } from "./xlsx/dates";
import { readWorkbookFile, WorkbookReadError } from "./xlsx/read";
import { workbookModels } from "./xlsx/snapshot";
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

/** "2,1 giây": only when a step took long enough to be worth saying. */
function took(milliseconds: number): string {
  return milliseconds >= 1000 ? ` (${(milliseconds / 1000).toFixed(1).replace(".", ",")} giây)` : "";
}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

async function main(): Promise<void> {
  useSheetTimeZone();
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(helpText);
    return;
  }
  const args = parseArgs(argv, root);

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
  // Said before the long work, not after it.
  await checkOutput(args.outDir, [workbookPath, payloadPath]);

  let sheets: SheetInput[];
  if (args.input) {
    const file = basename(args.input);
    progress(`Đọc bảng tính ${file}…`);
    const read = await readWorkbookFile(args.input);
    for (const sheet of read) for (const line of sheet.leftOut) progress(`  ${line}`);
    checkPlanSheets(read, file);
    sheets = read;
  } else {
    progress("Không có tệp nào được chỉ ra: dùng dữ liệu mẫu của một Đoàn phường giả định.");
    sheets = Object.entries(generateSampleWorkbook()).map(([sheet, values]) => ({ name: sheet, values }));
  }

  const codePath = await ensureAddonBuilt(root, () => progress("Dựng tiện ích (dist/apps-script)…"));
  let run: ReturnType<typeof runAddon>;
  try {
    run = runAddon(sheets, codePath, {
      spreadsheetName: name,
      fromTemplates: !args.input,
      onStep: (index, total, label) => process.stderr.write(`${index}/${total} ${label}… `),
      onStepDone: (_, ms, outcome) => progress(`${outcome || "xong."}${took(ms)}`),
    });
  } catch (error) {
    // Sheets refuses what a file may hold (a cell too long…): said in Vietnamese.
    const detail = error instanceof Error ? error.message : String(error);
    const known = vietnameseSheetsMessage(detail);
    if (known) throw new StartError(`Không đưa được bảng tính vào Google Trang tính: ${known}`);
    throw error;
  }

  const width = process.stdout.isTTY ? (process.stdout.columns ?? 80) : 80;
  console.log(renderReport(run.runtime, run.messages, { colour: colourEnabled(process.stdout), width }));

  await mkdir(args.outDir, { recursive: true }).catch((error: unknown) => {
    throw new StartError(writeFailure(args.outDir, error, true));
  });
  await writeWorkbookFile(workbookModels(snapshot(run.runtime)), workbookPath).catch((error: unknown) => {
    throw new StartError(writeFailure(workbookPath, error));
  });
  console.log(`\nĐã ghi bảng tính kết quả: ${shown(workbookPath)}`);
  if (run.payload) {
    await writeFile(payloadPath, `${JSON.stringify(run.payload, null, 2)}\n`).catch((error: unknown) => {
      throw new StartError(writeFailure(payloadPath, error));
    });
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
