// Sheets and Apps Script report failures in English. Staff read Vietnamese: the messages a run
// can meet are said again in Vietnamese (the English stays as the detail for whoever helps).

const translations: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /protected cell or object/i,
    "Một ô hoặc một trang cần ghi đang được bảo vệ và bạn không có quyền sửa (Dữ liệu → Bảo vệ trang tính và dải ô).",
  ],
  [
    /maximum of 50000 characters/i,
    "Một ô dài hơn 50.000 ký tự, quá giới hạn một ô của Google Trang tính: hãy rút gọn nội dung ô đó.",
  ],
  [
    /above the limit of 10000000 cells|10000000 cells/i,
    "Bảng tính sẽ vượt quá 10 triệu ô, giới hạn của Google Trang tính.",
  ],
  [
    /Service Spreadsheets timed out|timed out/i,
    "Google Trang tính phản hồi quá chậm: hãy thử lại sau ít phút.",
  ],
  [
    /invoked too many times|too many simultaneous/i,
    "Đã dùng hết lượt gọi Google Trang tính cho phép trong ngày hoặc trong lúc này: hãy thử lại sau.",
  ],
  [/property storage quota/i, "Vùng lưu cài đặt của tiện ích trong bảng tính đã đầy."],
  [/outside the dimensions of the sheet/i, "Vùng cần ghi nằm ngoài kích thước trang tính."],
  [
    /Lock timeout/i,
    "Một thao tác khác của tiện ích đang chạy trên bảng tính này: hãy đợi thao tác đó xong rồi thử lại.",
  ],
  [
    /You do not have permission|Authorization is required|Required permissions/i,
    "Tiện ích chưa được cấp đủ quyền: hãy chạy lại mục này và chọn Cho phép khi Google hỏi.",
  ],
];

/** The Vietnamese sentence for a Sheets or Apps Script message, or null when it is not one we know. */
export function vietnameseSheetsMessage(message: string): string | null {
  for (const [pattern, text] of translations) if (pattern.test(message)) return text;
  return null;
}
