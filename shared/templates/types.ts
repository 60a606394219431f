// The shapes shared by sheet templates, the reader and the writer.

export type CellValue = string | number | boolean | Date | null;

export type ColumnType =
  | "text"
  | "integer"
  | "number"
  | "date"
  | "boolean"
  | "choice"
  | "choiceList"
  | "email"
  | "phone"
  | "term";

export interface ColumnTemplate {
  /** Field name in a sheet record (English, see the glossary). */
  key: string;
  /** The header the user sees; found again by fold(), so case and diacritics may drift. */
  header: string;
  type: ColumnType;
  required: boolean;
  /** Vietnamese labels offered in the dropdown (choice, choiceList). Without options a choiceList is free text. */
  options?: string[];
  /** English keys matching `options` one to one; absent when the label itself is the value (e.g. unit levels). */
  keys?: string[];
  /** choiceList only: the options are suggestions, other items are taken as typed (e.g. a level no longer used). */
  allowOther?: boolean;
  /** Shown as a note on the header cell. */
  help: string;
  /** Column width in pixels. */
  width: number;
}

export type SheetId =
  | "settings"
  | "units"
  | "cadres"
  | "trainings"
  | "successions"
  | "rotations"
  | "reviews"
  | "submissions"
  | "targets";

export interface SheetTemplate {
  id: SheetId;
  /** Sheet name, Vietnamese. */
  name: string;
  help: string;
  columns: ColumnTemplate[];
}

/** One cell that could not be taken. row/column are 1-based positions in the actual sheet. */
export interface CellProblem {
  sheet: string;
  row: number;
  column: number;
  header: string;
  value: CellValue;
  /** Vietnamese reason, e.g. `"31/02/2024" không phải ngày có thật`. */
  message: string;
}

export interface Settings {
  unitName: string;
  planYear: number;
  term: string;
  levels: string[];
  presetId: string;
  /** The body above, at the top left of a report: "BCH TP. HỒ CHÍ MINH". */
  parentBody: string;
  /** The place before the date of a report: "Phường Tân Phú"; empty: taken from the unit's name. */
  placeName: string;
  /** Who signs the report. */
  signerName: string;
  /** The signer's post under "TM. BAN THƯỜNG VỤ": "Bí thư" or "Phó Bí thư". */
  signerTitle: string;
  /** Where the report goes, separated by ";" ("Ban Tổ chức Thành Đoàn (để báo cáo); Lưu VP"). */
  recipients: string;
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 'Trang "Cán bộ", dòng 7, cột "Ngày sinh" (F): "31/02/2024" không phải ngày có thật.' */
export function problemText(p: CellProblem): string {
  const message = /[.!?…]$/.test(p.message) ? p.message : `${p.message}.`;
  return `Trang "${p.sheet}", dòng ${p.row}, cột "${p.header}" (${columnLetter(p.column)}): ${message}`;
}
