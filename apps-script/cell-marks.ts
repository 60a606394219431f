// The mark "Kiểm tra dữ liệu" puts on a bad cell: a colour and a note giving the reason. When the
// cell had a note or a colour of its own, the mark's note keeps them below a line, so that they
// travel with the cell (rows inserted, sorted, cut and pasted) and come back exactly when the
// mark is lifted:
//
//   ⚠ Kiểm tra dữ liệu: Ngày "31/02/2023" không có thật.
//
//   ───── Trả lại khi ô hết lỗi ─────
//   Màu nền: #cfe2f3
//   Ghi chú: cần hỏi lại

export const markBackground = "#f4cccc";
/** Every note the check writes starts with this, so that its marks can be told from the user's notes. */
export const markNotePrefix = "⚠ Kiểm tra dữ liệu: ";
const keptLine = "\n\n───── Trả lại khi ô hết lỗi ─────\n";
const backgroundLabel = "Màu nền: ";
const noteLabel = "Ghi chú: ";

export interface CellBefore {
  note: string;
  /** "#rrggbb", or null for no fill. */
  background: string | null;
}

/** The note of a mark: the reasons, then what the cell had, if anything. */
export function markNote(messages: readonly string[], before: CellBefore): string {
  const reasons = `${markNotePrefix}${messages.join("; ")}`;
  if (!before.note && !before.background) return reasons;
  const lines: string[] = [];
  if (before.background) lines.push(`${backgroundLabel}${before.background}`);
  if (before.note) lines.push(`${noteLabel}${before.note}`);
  return `${reasons}${keptLine}${lines.join("\n")}`;
}

/** What a mark's note says the cell had; `kept` is false when the note keeps nothing. */
export function parseMark(note: string): CellBefore & { kept: boolean } {
  const at = note.indexOf(keptLine);
  if (at < 0) return { note: "", background: null, kept: false };
  let rest = note.slice(at + keptLine.length);
  let background: string | null = null;
  if (rest.startsWith(backgroundLabel)) {
    const end = rest.indexOf("\n");
    background = (end < 0 ? rest : rest.slice(0, end)).slice(backgroundLabel.length).trim() || null;
    rest = end < 0 ? "" : rest.slice(end + 1);
  }
  const kept = rest.startsWith(noteLabel) ? rest.slice(noteLabel.length) : "";
  return { note: kept, background, kept: true };
}
