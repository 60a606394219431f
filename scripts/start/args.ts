// Command-line arguments of npm start and npm run template: an optional workbook path and
// "--out DIR" (default out/).
import { resolve } from "node:path";
import { StartError } from "./errors";

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
      throw new StartError(`Không hiểu tuỳ chọn "${arg}": chỉ có "--out THƯ_MỤC".`);
    } else if (input === undefined) {
      input = resolve(base, arg);
    } else {
      throw new StartError("Chỉ chạy được một bảng tính mỗi lần.");
    }
  }
  return input === undefined ? { outDir } : { input, outDir };
}
