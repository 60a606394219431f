// Which sheets of a user's workbook are the plan's: found by name as the add-on looks them up.
import { sheetTemplates } from "../../shared/templates";
import { fold } from "../../shared/text";
import { StartError } from "./errors";
import type { SheetValues } from "./run-addon";

/** Sheets of the plan that hold data (settings and targets alone are not a plan's workbook). */
const dataSheets = sheetTemplates.filter((t) => t.id !== "settings" && t.id !== "targets");

/**
 * Sheet names as the add-on looks them up (exactly): a sheet named "can bo" or "CÁN BỘ" is
 * taken as "Cán bộ". Fails when none of the plan's data sheets is there.
 */
export function planSheets<T extends SheetValues>(
  sheets: T[],
  file: string,
): { sheets: T[]; renamed: string[] } {
  const renamed: string[] = [];
  const taken = new Set(sheets.map((s) => s.name));
  const named = sheets.map((sheet) => {
    const template = sheetTemplates.find((t) => fold(t.name) === fold(sheet.name));
    if (!template || template.name === sheet.name || taken.has(template.name)) return sheet;
    taken.add(template.name);
    renamed.push(`"${sheet.name}" được hiểu là trang "${template.name}"`);
    return { ...sheet, name: template.name };
  });
  if (!named.some((sheet) => dataSheets.some((t) => t.name === sheet.name))) {
    const expected = dataSheets.map((t) => `"${t.name}"`).join(", ");
    throw new StartError(
      `Tệp "${file}" không có trang nào của kế hoạch (cần ít nhất một trong các trang ${expected}): hãy tạo bảng tính từ mẫu bằng "npm run template".`,
    );
  }
  return { sheets: named, renamed };
}
