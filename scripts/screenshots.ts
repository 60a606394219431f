// npm run screenshots: regenerates the pictures of the staff guide (docs/img/*.png).
// - ket-qua-chi-tieu.png and bao-cao-1.png, bao-cao-2.png…: the result sheet and the report to
//   send up as they print, from the .xlsx that npm start writes for the sample, through
//   LibreOffice (A4, the page setup the workbook carries) and pdftoppm;
// - ket-qua-theo-don-vi.png and quy-hoach.png: two sections of the result sheet (the results by
//   unit, the succession check's first page), printed the same way on their own;
// - tien-ich-popup.png and bieu-mau-da-dien.png: the browser extension's popup after filling a
//   registration form with the sample's export, and that form, in headless Chromium.
// The add-on runs with a fixed clock so that the pictures only change when the code does.
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { detailTitle } from "../apps-script/check-targets";
import { successionSectionTitle } from "../apps-script/result-succession";
import { unitsSectionTitle } from "../apps-script/result-units";
import { generateSampleWorkbook } from "../shared/sample";
import { launchWithExtension, openPopup, tabIdOf } from "../test/e2e/harness";
import { snapshot } from "../test/sheets-runtime/index";
import { ensureAddonBuilt } from "./start/build-if-needed";
import { REPORT_SHEET, RESULT_SHEET } from "./start/report";
import { runAddon } from "./start/run-addon";
import { useSheetTimeZone } from "./xlsx/dates";
import { workbookModels } from "./xlsx/snapshot";
import { writeWorkbookFile } from "./xlsx/write";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const imageDir = join(root, "docs", "img");
/** A weekday of the sample's plan year, after the submission deadline. */
const CLOCK = new Date("2023-12-15T09:00:00+07:00");

/** A registration form of the kind the city union sends out, for the extension to fill. */
const FORM_HTML = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Đăng ký lớp bồi dưỡng cán bộ Đoàn</title><style>
  body { font: 15px Arial, "Liberation Sans", sans-serif; background: #f0ebf8; margin: 0; padding: 16px; }
  form { background: #fff; max-width: 560px; margin: auto; padding: 16px 24px; border-radius: 8px; border-top: 8px solid #1a73e8; }
  h1 { font-size: 20px; margin: 4px 0 12px; }
  .q { margin: 12px 0; } .q > label, legend { display: block; font-weight: bold; margin-bottom: 4px; }
  fieldset { border: 0; padding: 0; }
  input[type=text], input[type=tel], input[type=email], input[type=date], select { width: 100%; padding: 5px; box-sizing: border-box; font: inherit; }
  .inline label { font-weight: normal; display: inline; margin-right: 16px; }
</style></head><body><form onsubmit="return false">
<h1>Đăng ký lớp bồi dưỡng cán bộ Đoàn – Hội – Đội</h1>
<div class="q"><label for="ten">Họ và tên</label><input id="ten" type="text"></div>
<div class="q"><label for="ns">Ngày sinh</label><input id="ns" type="text" placeholder="dd/mm/yyyy"></div>
<fieldset class="q inline"><legend>Giới tính</legend>
  <label><input type="radio" name="gt" value="nam"> Nam</label>
  <label><input type="radio" name="gt" value="nu"> Nữ</label></fieldset>
<div class="q"><label for="dv">Đơn vị công tác</label><input id="dv" type="text"></div>
<div class="q"><label for="cv">Chức vụ trong Đoàn</label><input id="cv" type="text"></div>
<div class="q"><label for="td">Trình độ chuyên môn</label><select id="td"><option value="">Chọn</option>
  <option>Trung cấp</option><option>Cao đẳng</option><option>Đại học</option><option>Thạc sĩ</option><option>Tiến sĩ</option></select></div>
<div class="q"><label for="ll">Lý luận chính trị</label><select id="ll"><option value="">Chọn</option>
  <option>Chưa có</option><option>Sơ cấp</option><option>Trung cấp</option><option>Cao cấp</option><option>Cử nhân</option></select></div>
<div class="q"><label for="dt">Số điện thoại</label><input id="dt" type="tel"></div>
<div class="q"><label for="em">Email</label><input id="em" type="email"></div>
</form></body></html>`;

async function serveForm(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(FORM_HTML);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/dang-ky.html`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

async function saved(path: string): Promise<void> {
  const { size } = await stat(path);
  console.log(`✓ ${join("docs", "img", path.split("/").pop() ?? "")} (${Math.round(size / 1024)} KB)`);
}

/** A program on the PATH, or null. */
function which(program: string): string | null {
  try {
    return execFileSync("sh", ["-c", `command -v ${program}`], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * One sheet of the npm start workbook as it prints: the workbook with only that sheet (its page
 * setup as the writer gave it), turned into a PDF by LibreOffice, each page a PNG.
 */
async function printedPages(
  workbookPath: string,
  sheetName: string,
  work: string,
  image: string,
  maxPages = Number.POSITIVE_INFINITY,
): Promise<void> {
  const soffice = which("soffice");
  const pdftoppm = which("pdftoppm");
  if (!soffice || !pdftoppm) {
    throw new Error(
      "Cần LibreOffice và pdftoppm để vẽ trang in: apt-get install -y libreoffice-calc poppler-utils",
    );
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(workbookPath);
  if (!book.getWorksheet(sheetName)) throw new Error(`Tệp kết quả không có trang "${sheetName}".`);
  for (const sheet of [...book.worksheets]) if (sheet.name !== sheetName) book.removeWorksheet(sheet.id);
  book.views = [];
  const base = join(work, image);
  await book.xlsx.writeFile(`${base}.xlsx`);
  execFileSync(soffice, ["--headless", "--convert-to", "pdf", "--outdir", work, `${base}.xlsx`], {
    stdio: "ignore",
    env: { ...process.env, HOME: work },
  });
  execFileSync(pdftoppm, ["-png", "-r", "100", `${base}.pdf`, base]);
  const pages = (await readdir(work))
    .filter((f) => f.startsWith(`${image}-`) && f.endsWith(".png"))
    .sort()
    .slice(0, maxPages);
  for (const [i, page] of pages.entries()) {
    const path = join(imageDir, pages.length === 1 ? `${image}.png` : `${image}-${i + 1}.png`);
    await copyFile(join(work, page), path);
    await saved(path);
  }
}

/**
 * One section of a sheet as it prints: the rows from the one whose first cell is `from` to the
 * row before the one starting with `to`, on their own (no repeated header rows), first page only.
 */
async function printedSection(
  workbookPath: string,
  sheetName: string,
  section: { from: string; to: string },
  work: string,
  image: string,
): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(workbookPath);
  const sheet = book.getWorksheet(sheetName);
  if (!sheet) throw new Error(`Tệp kết quả không có trang "${sheetName}".`);
  const first = (text: string) => {
    let found = 0;
    sheet.eachRow((row, number) => {
      if (!found && String(row.getCell(1).value ?? "") === text) found = number;
    });
    if (!found) throw new Error(`Trang "${sheetName}" không có mục "${text}".`);
    return found;
  };
  const start = first(section.from);
  const end = first(section.to);
  sheet.spliceRows(end, sheet.rowCount - end + 1);
  sheet.spliceRows(1, start - 1);
  sheet.pageSetup.printTitlesRow = undefined as unknown as string;
  sheet.views = [];
  const path = join(work, `${image}.xlsx`);
  await book.xlsx.writeFile(path);
  await printedPages(path, sheetName, work, image, 1);
}

async function extensionPictures(payloadPath: string, profileId: string): Promise<void> {
  const form = await serveForm();
  const browser = await launchWithExtension();
  try {
    const page: Page = await browser.context.newPage();
    await page.setViewportSize({ width: 640, height: 760 });
    await page.goto(form.url);
    const popup = await openPopup(browser, await tabIdOf(browser, form.url));
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.locator("#import-box summary").click();
    await popup.getByTestId("payload-file").setInputFiles(payloadPath);
    await popup.getByTestId("status").filter({ hasText: "Đã nhập" }).waitFor();
    await popup.getByTestId("profile-select").selectOption(profileId);
    await popup.getByTestId("fill").click();
    await popup.waitForSelector("[data-testid=fill-report][data-filled]");
    const popupPath = join(imageDir, "tien-ich-popup.png");
    await popup.screenshot({ path: popupPath, fullPage: true });
    await saved(popupPath);
    const formPath = join(imageDir, "bieu-mau-da-dien.png");
    await page.locator("form").screenshot({ path: formPath });
    await saved(formPath);
  } finally {
    await browser.close();
    await form.close();
  }
}

async function main(): Promise<void> {
  useSheetTimeZone();
  await mkdir(imageDir, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), "screenshots-"));
  try {
    const codePath = await ensureAddonBuilt(root, () => console.log("Dựng tiện ích (dist/apps-script)…"));
    const sheets = Object.entries(generateSampleWorkbook()).map(([name, values]) => ({ name, values }));
    const run = runAddon(sheets, codePath, { now: CLOCK, fromTemplates: true });
    if (!run.payload) throw new Error("Tiện ích không xuất được dữ liệu cho biểu mẫu.");
    const workbookPath = join(work, "du-lieu-mau-ket-qua.xlsx");
    await writeWorkbookFile(workbookModels(snapshot(run.runtime)), workbookPath);
    const payloadPath = join(work, "du-lieu-mau-bieu-mau.json");
    await writeFile(payloadPath, JSON.stringify(run.payload));
    // The result sheet's first page: its table (the list of who falls short follows on the next ones).
    await printedPages(workbookPath, RESULT_SHEET, work, "ket-qua-chi-tieu", 1);
    await printedSection(
      workbookPath,
      RESULT_SHEET,
      { from: unitsSectionTitle, to: successionSectionTitle },
      work,
      "ket-qua-theo-don-vi",
    );
    await printedSection(
      workbookPath,
      RESULT_SHEET,
      { from: successionSectionTitle, to: detailTitle },
      work,
      "quy-hoach",
    );
    await printedPages(workbookPath, REPORT_SHEET, work, "bao-cao");
    const cadre = run.payload.profiles.find((p) => p.kind === "cadre");
    if (!cadre) throw new Error("Dữ liệu xuất không có hồ sơ cán bộ nào.");
    await extensionPictures(payloadPath, cadre.id);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
