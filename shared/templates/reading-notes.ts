// What the user should know about how their workbook was read, said with the results themselves
// (result sheet, sidebar, npm start): sheets and columns not found or read by another name, columns
// read past, cells left out.
import type { WorkbookRead } from "./read";

export function readingNotes(read: WorkbookRead): string[] {
  const notes: string[] = [];
  if (read.missingSheets.length > 0) {
    const names = read.missingSheets.map((s) => `"${s}"`).join(", ");
    notes.push(`Chưa có trang ${names}: các chỉ tiêu cần trang đó ghi "Thiếu dữ liệu".`);
  }
  for (const { sheet, header } of read.missingColumns) {
    notes.push(
      `Trang "${sheet}" chưa có cột "${header}" (hoặc cột đó mang tên khác chưa nhận ra): ô của cột này được coi là để trống.`,
    );
  }
  notes.push(...read.notes);
  const unknown = new Map<string, string[]>();
  for (const u of read.unknownColumns)
    unknown.set(u.sheet, [...(unknown.get(u.sheet) ?? []), `"${u.header}"`]);
  for (const [sheet, headers] of unknown) {
    notes.push(
      `Trang "${sheet}": không đọc cột ${headers.join(", ")} (không thuộc mẫu; cột vẫn giữ nguyên).`,
    );
  }
  const warnings = read.problems.filter((p) => p.warning).length;
  const errors = read.problems.length - warnings;
  if (warnings > 0) {
    notes.push(
      `${warnings} ô ngày có thể đã bị đảo ngày và tháng vì bảng tính đặt khu vực đọc tháng trước ngày: hãy chuyển bảng tính sang Việt Nam (Tệp → Cài đặt → Khu vực) rồi kiểm tra lại các ô ấy.`,
    );
  }
  if (errors > 0) {
    notes.push(
      `${errors} ô dữ liệu chưa hợp lệ: giá trị của ô không được dùng, nhưng dòng của ô vẫn được tính ở mọi chỉ tiêu không cần ô ấy. Chạy "Kiểm tra dữ liệu" để xem và sửa.`,
    );
  }
  return notes;
}
