// Import from pasted text or a picked file: validated with the shared schema before anything
// is stored, so an invalid payload replaces nothing.
import { parsePayload } from "../../../shared/payload";
import { z } from "../../../shared/zod";
import { type SavedPayload, savePayload } from "../storage";
import { byId } from "./dom";

// Extension pages forbid eval: tell zod not to try it.
z.config({ jitless: true });

export type ImportOutcome =
  | { ok: true; saved: SavedPayload; message: string }
  | { ok: false; message: string };

export async function importPayloadText(text: string): Promise<ImportOutcome> {
  if (text.trim() === "")
    return { ok: false, message: "Chưa có dữ liệu: dán nội dung tệp .json hoặc chọn tệp." };
  const parsed = parsePayload(text);
  if (!parsed.ok) {
    return {
      ok: false,
      message: `Không nhập được, dữ liệu đã lưu vẫn giữ nguyên. ${parsed.errors.join(" ")}`,
    };
  }
  const saved = await savePayload(parsed.payload);
  const count = parsed.payload.profiles.length;
  return { ok: true, saved, message: `Đã nhập «${parsed.payload.source}» (${count} hồ sơ).` };
}

export async function importPayloadFile(file: File): Promise<ImportOutcome> {
  if (file.size > 5_000_000) return { ok: false, message: `Tệp «${file.name}» quá lớn (trên 5 MB).` };
  return importPayloadText(await file.text());
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
