// The spreadsheet's locale decides how Sheets reads a typed date: en_US (the default of English-
// language Google accounts) reads 05/03/1995 as 3 May and leaves 25/12/2024 as text. Before a
// command reads dates, a spreadsheet in such a locale is offered the switch to vi_VN, once; the date
// cells Sheets already read month first are listed to re-check, since the switch does not change them.
import { problemText, readWorkbook } from "../shared/templates";
import { readsDayFirst, SheetReader } from "./workbook";

const declinedKey = "cadrePlan.localeDeclined";
/** Cells listed in the alert; the rest are counted (and marked by "Kiểm tra dữ liệu" while the locale stays). */
const listed = 15;

/** Offers vi_VN to a spreadsheet whose locale reads dates month first; asks once per locale. */
export function offerDayFirstLocale(title: string): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  if (readsDayFirst(locale)) return;
  const properties = PropertiesService.getDocumentProperties();
  if (properties.getProperty(declinedKey) === locale) return;
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(
    title,
    `Bảng tính này đang đặt khu vực "${locale}": ở khu vực này Google Trang tính hiểu ngày gõ 05/03/1995 là ngày 3 tháng 5, ` +
      "và để nguyên 25/12/2024 là chữ. Kế hoạch ghi ngày theo ngày/tháng/năm.\n\n" +
      "Chuyển bảng tính sang khu vực Việt Nam (vi_VN)? (Cũng làm được ở Tệp → Cài đặt → Khu vực.) " +
      "Các ô ngày đã gõ trước khi chuyển sẽ được liệt kê để kiểm tra lại.\n\n" +
      "Chọn “Không” để giữ khu vực hiện tại: các ô ngày có thể bị đảo sẽ được đánh dấu khi kiểm tra dữ liệu.",
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) {
    if (answer === ui.Button.NO) properties.setProperty(declinedKey, locale);
    return;
  }
  // The cells Sheets read month first, found before the switch: the switch leaves them as they are.
  const reader = new SheetReader(spreadsheet);
  const sheetNames = spreadsheet.getSheets().map((sheet) => sheet.getName());
  const read = readWorkbook(
    { sheetNames, values: (name) => reader.get(name)?.values ?? null },
    { dayFirst: false },
  );
  const doubtful = read.problems.filter((p) => p.warning);
  spreadsheet.setSpreadsheetLocale("vi_VN");
  properties.deleteProperty(declinedKey);
  const lines = doubtful.slice(0, listed).map((p) => `• ${problemText(p)}`);
  if (doubtful.length > listed) lines.push(`… và ${doubtful.length - listed} ô khác.`);
  ui.alert(
    title,
    doubtful.length === 0
      ? "Đã chuyển bảng tính sang khu vực Việt Nam. Không có ô ngày nào cần kiểm tra lại."
      : `Đã chuyển bảng tính sang khu vực Việt Nam. ${doubtful.length} ô ngày được gõ trước khi chuyển có ngày và tháng có thể đã bị đảo: ` +
          `hãy xem lại và gõ lại những ô sai.\n\n${lines.join("\n")}`,
    ui.ButtonSet.OK,
  );
}
