// What every service object of one runtime shares.
import type { Realm } from "./realm";

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

export interface Env {
  realm: Realm;
  locale: string;
  /** Converts typed text as Sheets does ("0912" → 912, "TRUE" → true, "15/03/2024" → a date). */
  parseStrings: boolean;
  now(): Date;
  toasts: Toast[];
  nextSheetId(): number;
  /** Ids of embedded charts, unique in the spreadsheet. */
  nextChartId(): number;
  /** Who owns the spreadsheet, and who runs the script now (protections ask). */
  users: { owner: string; active(): string };
  /** The locks this execution holds now (an alert shown under one keeps it until the user clicks). */
  heldLocks(): string[];
  /** Cells written by the script: every cell of every range a write call touched. */
  tally: { cellsWritten: number };
}
