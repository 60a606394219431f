// Command-line arguments of npm start and npm run template: an optional workbook path and
// "--out DIR" (default out/).
import { resolve } from "node:path";
import { StartError } from "./errors";

/** What `npm start -- --help` prints. */
export const helpText = `Chạy tiện ích Kế hoạch công tác cán bộ trên máy này, với một bảng tính Excel (.xlsx).

Cách dùng:
  npm start                              chạy trên dữ liệu mẫu của một Đoàn phường giả định
  npm start -- duong-dan/ke-hoach.xlsx   chạy trên bảng tính của đơn vị (tệp gốc không bị sửa)
  npm start -- ke-hoach.xlsx --out kq    ghi kết quả vào thư mục "kq" (mặc định: "out")
  npm start -- --help                    hiện hướng dẫn này

Tiện ích tạo các trang còn thiếu, kiểm tra dữ liệu, theo dõi nộp kế hoạch, kiểm tra chỉ tiêu,
lập báo cáo gửi cấp trên và xuất dữ liệu cho biểu mẫu; in bảng kết quả chỉ tiêu, rồi ghi:
  <tên>-ket-qua.xlsx   bảng tính sau khi chạy (mở ra ở trang Báo cáo, sẵn để in)
  <tên>-bieu-mau.json  dữ liệu cho tiện ích điền biểu mẫu trên trình duyệt`;

export interface StartArgs {
  input?: string;
  outDir: string;
}

/**
 * Paths are taken from where the user typed the command: npm runs scripts from the package
 * root, but tells the original directory in INIT_CWD.
 */
export function parseArgs(
  argv: readonly string[],
  root: string,
  base = process.env.INIT_CWD || process.cwd(),
): StartArgs {
  let input: string | undefined;
  let outDir = resolve(root, "out");
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--out") {
      const dir = argv[++i];
      if (!dir) throw new StartError('Thiếu thư mục sau "--out".');
      outDir = resolve(base, dir);
    } else if (arg.startsWith("--out=")) {
      outDir = resolve(base, arg.slice("--out=".length));
    } else if (arg.startsWith("--")) {
      throw new StartError(`Không hiểu tuỳ chọn "${arg}": chỉ có "--out THƯ_MỤC" và "--help".`);
    } else if (input === undefined) {
      input = resolve(base, arg);
    } else {
      throw new StartError("Chỉ chạy được một bảng tính mỗi lần.");
    }
  }
  return input === undefined ? { outDir } : { input, outDir };
}
