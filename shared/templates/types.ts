// The shapes shared by sheet templates, the reader and the writer.

import type { Post } from "../vocabulary";

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
  | "idNumber"
  | "term";

export interface ColumnTemplate {
  /** Field name in a sheet record (English, see the glossary). */
  key: string;
  /** The header the user sees; found again by headerKey(), so case and diacritics may drift. */
  header: string;
  /** Other headers staff give this column ("Họ tên", "SĐT"): the sheet is read with them as they are. */
  aliases: string[];
  type: ColumnType;
  required: boolean;
  /** Vietnamese labels offered in the dropdown (choice, choiceList). Without options a choiceList is free text. */
  options?: string[];
  /** English keys matching `options` one to one; absent when the label itself is the value (e.g. unit levels). */
  keys?: string[];
  /** Other spellings of each option, matching `options` one to one ("Cử nhân" for "Đại học"). */
  optionAliases?: string[][];
  /** choiceList only: the options are suggestions, other items are taken as typed (e.g. a level no longer used). */
  allowOther?: boolean;
  /** Shown as a note on the header cell. */
  help: string;
  /** Column width in pixels. */
  width: number;
  /**
   * The model field's own schema, when the column is one: the rule the cell rule derives from. A
   * number column checks its values against it (a review year has bounds a number cell does not).
   */
  fieldSchema?: {
    safeParse(value: unknown): { success: boolean; error?: { issues: Array<{ message: string }> } };
  };
}

export type SheetId =
  | "settings"
  | "units"
  | "cadres"
  | "trainings"
  | "successions"
  | "standards"
  | "rotations"
  | "reviews"
  | "submissions"
  | "targets";

export interface SheetTemplate {
  id: SheetId;
  /** Sheet name, Vietnamese. */
  name: string;
  /** Other names staff give this sheet ("ĐTBD", "Danh sách cán bộ"), a year after them allowed. */
  aliases: string[];
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
  /**
   * A doubt, not an error: the value is still used (a date that may have been read month first).
   * Marked and listed like a problem, so that the user looks at it.
   */
  warning?: true;
}

export interface Settings {
  unitName: string;
  planYear: number;
  term: string;
  levels: string[];
  presetId: string;
  /** Succession: the key posts every unit must plan for (chức danh chủ chốt). */
  keyPosts: Post[];
  /** Succession: the fewest people planned for each key post and term. */
  minCandidates: number;
  /** How an age is counted against the standards: by birth year (year − birth year) or to the day. */
  ageRule: "year" | "date";
  // For the report to send up; optional so that settings made before them still type-check
  // (readSettings always fills them from defaultSettings).
  /** The body above, at the top left of a report: "BCH TP. HỒ CHÍ MINH". */
  parentBody?: string;
  /** The place before the date of a report: "Phường Tân Phú"; empty: taken from the unit's name. */
  placeName?: string;
  /** Who signs the report. */
  signerName?: string;
  /** The signer's post under "TM. BAN THƯỜNG VỤ": "Bí thư" or "Phó Bí thư". */
  signerTitle?: string;
  /** Where the report goes, separated by ";" ("Ban Tổ chức Thành Đoàn (để báo cáo); Lưu VP"). */
  recipients?: string;
}

/** A column of the user's sheet that no template column takes: read past, never renamed. */
export interface UnknownColumn {
  sheet: string;
  column: number;
  header: string;
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
