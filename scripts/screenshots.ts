// npm run screenshots: regenerates the pictures of the staff guide (docs/img/*.png).
// - ket-qua-chi-tieu.png: the result sheet, rendered as an HTML table from the .xlsx that
//   npm start writes for the sample (colours, bold, widths as in the file);
// - tien-ich-popup.png and bieu-mau-da-dien.png: the browser extension's popup after filling a
//   registration form with the sample's export, and that form, in headless Chromium.
// The add-on runs with a fixed clock so that the pictures only change when the code does.
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import type { Page, Browser as PlaywrightBrowser } from "playwright-core";
import { chromium } from "playwright-core";
import { generateSampleWorkbook } from "../shared/sample";
import { findChromium } from "../test/e2e/chromium";
import { launchWithExtension, openPopup, tabIdOf } from "../test/e2e/harness";
import { snapshot } from "../test/sheets-runtime/index";
import { ensureAddonBuilt } from "./start/build-if-needed";
import { RESULT_SHEET } from "./start/report";
import { runAddon } from "./start/run-addon";
import { useSheetTimeZone } from "./xlsx/dates";
import { plainValue } from "./xlsx/read";
import { sheetModel } from "./xlsx/snapshot";
import { pixelWidth, writeWorkbookFile } from "./xlsx/write";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const imageDir = join(root, "docs", "img");
/** A weekday of the sample's plan year, after the submission deadline. */
const CLOCK = new Date("2023-12-15T09:00:00+07:00");
/** Result sheet columns shown: Mã … Chưa đạt (the data notes column is left out). */
const RESULT_COLUMNS = 8;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/** A cell as Sheets shows it: percent formats as "94%", the rest as text. */
function shownText(cell: ExcelJS.Cell): string {
  const value = plainValue(cell.value);
  if (value === null) return "";
  if (typeof value === "number" && cell.numFmt?.includes("%")) return `${Math.round(value * 100)}%`;
  if (value instanceof Date) return value.toLocaleDateString("vi-VN");
  return String(value);
}

function argbToCss(argb: string | undefined): string | undefined {
  return argb && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2)}` : undefined;
}

/** The result sheet's title and targets table (down to the first blank row) as HTML. */
export function resultSheetHtml(sheet: ExcelJS.Worksheet): string {
  const rows: string[] = [];
  const widths = Array.from({ length: RESULT_COLUMNS }, (_, i) =>
    pixelWidth(sheet.getColumn(i + 1).width ?? 13),
  );
  const title = shownText(sheet.getCell(1, 1));
  for (let r = 3; r <= sheet.rowCount; r++) {
    if (shownText(sheet.getCell(r, 1)) === "") break;
    const cells = widths.map((_, c) => {
      const cell = sheet.getCell(r, c + 1);
      const fill = argbToCss((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb);
      const colour = argbToCss(cell.font?.color?.argb);
      const style = [
        fill ? `background:${fill}` : "",
        colour ? `color:${colour}` : "",
        cell.font?.bold ? "font-weight:bold" : "",
      ]
        .filter(Boolean)
        .join(";");
      return `<td style="${style}">${escapeHtml(shownText(cell))}</td>`;
    });
    rows.push(`<tr>${cells.join("")}</tr>`);
  }
  const columns = widths.map((w) => `<col style="width:${w}px">`).join("");
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
    body { margin: 0; padding: 12px; font: 13px Arial, "Liberation Sans", sans-serif; background: #fff; }
    .title { font-weight: bold; margin: 0 0 8px; }
    table { border-collapse: collapse; table-layout: fixed; }
    td { border: 1px solid #dadce0; padding: 3px 6px; vertical-align: top; overflow: hidden;
         white-space: nowrap; text-overflow: ellipsis; }
    td:nth-child(2) { white-space: normal; }
  </style></head><body><div id="sheet"><p class="title">${escapeHtml(title)}</p>
  <table style="width:${widths.reduce((a, b) => a + b, 0)}px"><colgroup>${columns}</colgroup>${rows.join("")}</table></div></body></html>`;
}

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

async function resultPicture(workbookPath: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(workbookPath);
  const sheet = book.getWorksheet(RESULT_SHEET);
  if (!sheet) throw new Error(`Tệp kết quả không có trang "${RESULT_SHEET}".`);
  let browser: PlaywrightBrowser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: findChromium(),
      args: ["--no-sandbox", "--disable-gpu"],
    });
    const page = await browser.newPage({ viewport: { width: 1320, height: 900 } });
    await page.setContent(resultSheetHtml(sheet));
    const path = join(imageDir, "ket-qua-chi-tieu.png");
    await page.locator("#sheet").screenshot({ path });
    await saved(path);
  } finally {
    await browser?.close();
  }
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
    const run = runAddon(sheets, codePath, { now: CLOCK });
    if (!run.payload) throw new Error("Tiện ích không xuất được dữ liệu cho biểu mẫu.");
    const workbookPath = join(work, "du-lieu-mau-ket-qua.xlsx");
    await writeWorkbookFile(snapshot(run.runtime).sheets.map(sheetModel), workbookPath);
    const payloadPath = join(work, "du-lieu-mau-bieu-mau.json");
    await writeFile(payloadPath, JSON.stringify(run.payload));
    await resultPicture(workbookPath);
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
