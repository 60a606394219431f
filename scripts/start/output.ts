// Where npm start writes: checked before the run (a folder in the way, a file open in Excel, no
// permission), and any write that still fails told in one Vietnamese sentence.
import { constants } from "node:fs";
import { access, open, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { StartError } from "./errors";

/** The sentence for a failed write of `path` (a folder when `folder`). */
export function writeFailure(path: string, error: unknown, folder = false): string {
  const what = folder ? `thư mục "${path}"` : `tệp "${basename(path)}"`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "EISDIR":
      return `Không ghi được ${what}: đã có một thư mục cùng tên ở đó; hãy đổi tên thư mục đó hoặc chọn nơi khác bằng "--out".`;
    case "ENOTDIR":
    case "EEXIST":
      return `Không tạo được ${what}: trên đường dẫn có một tệp trùng tên với thư mục cần tạo; hãy chọn nơi khác bằng "--out".`;
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return `Không có quyền ghi ${what}: hãy chọn thư mục của bạn bằng "--out", hoặc xin quyền ghi vào thư mục đó.`;
    case "EBUSY":
    case "ETXTBSY":
      return `Không ghi được ${what}: tệp đang được mở trong một chương trình khác (Excel, LibreOffice…); hãy đóng tệp rồi chạy lại.`;
    case "ENOSPC":
      return `Không ghi được ${what}: ổ đĩa đã đầy.`;
    default:
      return `Không ghi được ${what} (${code ?? (error instanceof Error ? error.message : String(error))}).`;
  }
}

async function kind(path: string): Promise<"file" | "folder" | null> {
  try {
    return (await stat(path)).isDirectory() ? "folder" : "file";
  } catch {
    return null;
  }
}

/** Excel and LibreOffice leave a lock file beside a workbook they have open. */
function lockFiles(path: string): string[] {
  const dir = dirname(path);
  const name = basename(path);
  return [join(dir, `~$${name}`), join(dir, `.~lock.${name}#`)];
}

/** Refuses, before anything runs, outputs that cannot be written. */
export async function checkOutput(outDir: string, files: readonly string[]): Promise<void> {
  const dir = await kind(outDir);
  if (dir === "file") {
    throw new StartError(
      `Không ghi được kết quả vào "${outDir}": đó là một tệp, không phải thư mục; hãy chọn thư mục khác bằng "--out".`,
    );
  }
  if (dir === "folder") {
    await access(outDir, constants.W_OK).catch((error: unknown) => {
      throw new StartError(writeFailure(outDir, error, true));
    });
  }
  for (const file of files) {
    const existing = await kind(file);
    if (existing === "folder")
      throw new StartError(writeFailure(file, Object.assign(new Error(), { code: "EISDIR" })));
    if (existing !== "file") continue;
    for (const lock of lockFiles(file)) {
      if ((await kind(lock)) === "file") {
        throw new StartError(writeFailure(file, Object.assign(new Error(), { code: "EBUSY" })));
      }
    }
    // Opening for writing without changing it: refused when it is read-only or held.
    const handle = await open(file, "r+").catch((error: unknown) => {
      throw new StartError(writeFailure(file, error));
    });
    await handle.close();
  }
}
