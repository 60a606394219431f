// Whether a user's workbook holds the plan's sheets, found as the add-on finds them (by our name or
// a name staff use, "ĐTBD 2026" for "Đào tạo bồi dưỡng"). The sheets keep their own names.
import { sheetTemplates } from "../../shared/templates";
import { locateSheets } from "../../shared/templates/locate";
import { StartError } from "./errors";
import type { SheetValues } from "./run-addon";

/** Sheets of the plan that hold data (settings and targets alone are not a plan's workbook). */
const dataSheets = sheetTemplates.filter((t) => t.id !== "settings" && t.id !== "targets");

/** Fails, saying what to do, when none of the plan's data sheets is there. */
export function checkPlanSheets(sheets: readonly SheetValues[], file: string): void {
  const { found } = locateSheets(
    sheets.map((s) => s.name),
    dataSheets,
  );
  if (Object.keys(found).length === 0) {
    const expected = dataSheets.map((t) => `"${t.name}"`).join(", ");
    throw new StartError(
      `Tệp "${file}" không có trang nào của kế hoạch (cần ít nhất một trong các trang ${expected}): hãy tạo bảng tính từ mẫu bằng "npm run template".`,
    );
  }
}
