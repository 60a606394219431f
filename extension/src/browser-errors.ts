// The browser's own errors, in English, said in Vietnamese: what happened and what to do.

const known: Array<[RegExp, string]> = [
  [
    /cannot access a chrome:\/\/ url|cannot access a chrome-extension:\/\/ url|cannot be scripted|extensions gallery|missing host permission.*(chrome|about|edge|moz-extension)|about:/i,
    "Trình duyệt không cho tiện ích nào chạy trên trang này (trang cài đặt, trang tiện ích hoặc cửa hàng tiện ích). Hãy mở biểu mẫu cần điền rồi bấm lại.",
  ],
  [
    /file:\/\/|file url|local file/i,
    "Trình duyệt chưa cho tiện ích mở tệp trên máy. Vào trang quản lý tiện ích, mở «Chi tiết» của «Điền biểu mẫu Thành Đoàn» và bật «Cho phép truy cập URL tệp», rồi tải lại trang.",
  ],
  [
    /cannot access contents of (the page|url)|missing host permission|permission.*(host|origin)|must request permission/i,
    "Trình duyệt không cho tiện ích đọc trang này. Hãy bấm vào trang biểu mẫu một lần, rồi mở tiện ích và bấm lại; nếu biểu mẫu nằm trong khung của trang khác, hãy mở khung đó trong một thẻ riêng.",
  ],
  [
    /no tab with id|tab.*(closed|not found)|invalid tab/i,
    "Thẻ trang đã đóng hoặc đã đổi. Hãy mở lại biểu mẫu rồi bấm lại.",
  ],
  [
    /frame with id .* (was removed|not found|is showing error page)|no frame with id|frame.*removed/i,
    "Khung trang đã thay đổi trong lúc điền. Hãy tải lại trang rồi bấm lại.",
  ],
  [/error page/i, "Trang đang báo lỗi tải, không có biểu mẫu để điền. Hãy tải lại trang rồi bấm lại."],
  [
    /receiving end does not exist|could not establish connection|message port closed|extension context invalidated/i,
    "Tiện ích vừa được cập nhật hoặc tải lại. Hãy tải lại trang biểu mẫu rồi bấm lại.",
  ],
  [/quota/i, "Bộ nhớ của tiện ích đã đầy. Hãy xoá bớt dữ liệu cũ ở trang «Dữ liệu đã lưu» rồi làm lại."],
];

/** One Vietnamese sentence for an error the browser gave; our own Vietnamese errors pass through. */
export function explainError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  for (const [pattern, sentence] of known) if (pattern.test(text)) return sentence;
  // Messages we wrote ourselves are Vietnamese already.
  if (/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(text)) return text;
  return `Trình duyệt báo lỗi khi điền trang này. Hãy tải lại trang rồi thử lại. (Chi tiết: ${text})`;
}
