// Import from pasted text or a picked file: validated with the shared schema before anything
// is stored, so an invalid payload replaces nothing. Each problem is said in one Vietnamese
// sentence: the wrong kind of file (.xlsx, .pdf…), text cut short, another JSON, a bad field.
import { PAYLOAD_FORMAT, PAYLOAD_VERSION, type Payload, PayloadSchema } from "../../../shared/payload";
import { z } from "../../../shared/zod";
import { QuotaError, type SavedPayload, savePayload } from "../storage";
import { byId } from "./dom";

// Extension pages forbid eval: tell zod not to try it.
z.config({ jitless: true });

export type ImportOutcome =
  | { ok: true; saved: SavedPayload; message: string }
  | { ok: false; message: string };

const KEPT = "Không nhập được, dữ liệu đã lưu vẫn giữ nguyên.";
const HOW =
  "Trong Google Trang tính, chọn Tiện ích mở rộng → Kế hoạch công tác cán bộ → Xuất dữ liệu cho biểu mẫu, rồi bấm «Tải về tệp .json».";

const fail = (sentence: string): ImportOutcome => ({ ok: false, message: `${KEPT} ${sentence}` });

/** What kind of file the first bytes say it is, when it is clearly not a JSON text. */
export function fileKind(bytes: Uint8Array, name: string): string | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  const lower = name.toLowerCase();
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm"))
      return `Tệp này là bảng tính .xlsx, không phải tệp .json xuất từ Google Trang tính. ${HOW}`;
    if (lower.endsWith(".docx")) return `Tệp này là văn bản Word (.docx), không phải tệp .json. ${HOW}`;
    if (lower.endsWith(".ods")) return `Tệp này là bảng tính .ods, không phải tệp .json. ${HOW}`;
    return `Tệp này là tệp nén (.zip, .xlsx hoặc .docx), không phải tệp .json. ${HOW}`;
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0))
    return `Tệp này là tệp Excel hoặc Word đời cũ (.xls, .doc), không phải tệp .json. ${HOW}`;
  if (starts(0x25, 0x50, 0x44, 0x46)) return `Tệp này là tệp PDF, không phải tệp .json. ${HOW}`;
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff))
    return `Tệp này là ảnh, không phải tệp .json. ${HOW}`;
  return undefined;
}

/** Where in the payload a problem is, in words: "hồ sơ «Nguyễn Văn An», trường «Ngày sinh»". */
function placeOf(raw: unknown, path: ReadonlyArray<PropertyKey>): string {
  const data = raw as {
    profiles?: Array<{ title?: unknown; fields?: Array<{ label?: unknown; key?: unknown }> }>;
  };
  const [top, i, sub, j] = path;
  if (top !== "profiles") return typeof top === "string" ? `mục «${top}»` : "tệp";
  if (typeof i !== "number") return "danh sách hồ sơ";
  const profile = data.profiles?.[i];
  const title = typeof profile?.title === "string" ? `«${profile.title}»` : `thứ ${i + 1}`;
  if (sub !== "fields" || typeof j !== "number") return `hồ sơ ${title}`;
  const field = profile?.fields?.[j];
  const label =
    typeof field?.label === "string"
      ? field.label
      : typeof field?.key === "string"
        ? field.key
        : `thứ ${j + 1}`;
  return `hồ sơ ${title}, trường «${label}»`;
}

function problemOf(issue: z.core.$ZodIssue): string {
  if (issue.code === "custom") return issue.message;
  if (issue.code === "too_small") return issue.origin === "string" ? "đang để trống" : "không có mục nào";
  if (issue.code === "invalid_type") return "thiếu hoặc không đúng kiểu dữ liệu";
  if (issue.code === "invalid_union") return "không đúng loại dữ liệu (chữ, số, ngày, lựa chọn hay có/không)";
  // The schema's own sentences (a date not written yyyy-mm-dd…).
  if (issue.code === "invalid_format" && /[^ -~]/.test(issue.message)) return issue.message;
  return "không đúng định dạng";
}

/** The payload in the text, or one Vietnamese sentence per problem (at most three). */
export function readPayload(text: string): { ok: true; payload: Payload } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    const trimmed = text.trim();
    if (/^[<]/.test(trimmed))
      return { ok: false, message: `Nội dung này là một trang web, không phải tệp .json. ${HOW}` };
    if (!/^[[{]/.test(trimmed) && /[,;\t]/.test(trimmed.split("\n")[0] ?? ""))
      return {
        ok: false,
        message: `Nội dung này giống tệp .csv, không phải tệp .json xuất từ Google Trang tính. ${HOW}`,
      };
    return {
      ok: false,
      message:
        "Dữ liệu không phải JSON hợp lệ: có thể đã sao chép thiếu một phần. Hãy sao chép lại toàn bộ, hoặc chọn tệp .json đã tải về.",
    };
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (typeof raw !== "object" || raw === null || format !== PAYLOAD_FORMAT)
    return { ok: false, message: `Tệp JSON này không phải dữ liệu xuất từ Kế hoạch công tác cán bộ. ${HOW}` };
  const version = (raw as { version?: unknown }).version;
  if (version !== PAYLOAD_VERSION)
    return {
      ok: false,
      message: `Dữ liệu được xuất bằng phiên bản khác (phiên bản ${String(version)}, tiện ích này đọc phiên bản ${PAYLOAD_VERSION}): hãy cập nhật cả hai lên bản mới nhất rồi xuất lại.`,
    };
  const parsed = PayloadSchema.safeParse(raw);
  if (parsed.success) return { ok: true, payload: parsed.data };
  const sentences = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `Ở ${placeOf(raw, issue.path)}: ${problemOf(issue)}.`);
  const more = parsed.error.issues.length > 3 ? ` (và ${parsed.error.issues.length - 3} lỗi khác)` : "";
  return { ok: false, message: `${sentences.join(" ")}${more}` };
}

export async function importPayloadText(text: string): Promise<ImportOutcome> {
  if (text.trim() === "")
    return { ok: false, message: "Chưa có dữ liệu: dán nội dung tệp .json hoặc chọn tệp." };
  const read = readPayload(text);
  if (!read.ok) return fail(read.message);
  let saved: SavedPayload;
  try {
    saved = await savePayload(read.payload);
  } catch (error) {
    if (error instanceof QuotaError) return fail(error.message);
    throw error;
  }
  const count = read.payload.profiles.length;
  return { ok: true, saved, message: `Đã nhập «${read.payload.source}» (${count} hồ sơ).` };
}

export async function importPayloadFile(file: File): Promise<ImportOutcome> {
  if (file.size === 0) return fail(`Tệp «${file.name}» trống.`);
  if (file.size > 8_000_000)
    return fail(`Tệp «${file.name}» quá lớn (trên 8 MB): đây không phải tệp dữ liệu xuất cho biểu mẫu.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = fileKind(bytes, file.name);
  if (kind) return fail(kind);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(`Tệp «${file.name}» không phải tệp văn bản .json. ${HOW}`);
  }
  return importPayloadText(text);
}

/**
 * The import controls both pages share: #payload-input with #payload-import, and #payload-file.
 * `done` gets each outcome, to refresh the page and show the message.
 */
export function wireImport(done: (outcome: ImportOutcome) => Promise<void>): void {
  const input = byId<HTMLTextAreaElement>("payload-input");
  const file = byId<HTMLInputElement>("payload-file");
  byId("payload-import").addEventListener("click", async () => done(await importPayloadText(input.value)));
  file.addEventListener("change", async () => {
    const picked = file.files?.[0];
    if (picked) await done(await importPayloadFile(picked));
    file.value = "";
  });
}
