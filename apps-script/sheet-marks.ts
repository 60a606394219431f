// The add-on knows its own sheets by a mark, never by their name: developer metadata on the sheet,
// key "cadrePlan.sheet", whose value names the sheet's role and then, after "#", the sheet's own
// id. Sheets copies a sheet's metadata when the user duplicates it ("Kết quả chỉ tiêu (cũ 2022)");
// the copy then carries a mark with another sheet's id, so it is known as the user's, not ours.
// A sheet of the user's that merely has the same name as one of ours carries no mark at all.
import type { SheetId } from "../shared/templates";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const sheetMarkKey = "cadrePlan.sheet";

/** What a marked sheet is: one of the plan's sheets (by template id), or a sheet the add-on writes. */
export type SheetRole =
  | SheetId
  | "targetResults"
  | "submissionTracking"
  | "report"
  /** A sheet a run writes into before the result takes its place; left over only if a run was cut off. */
  | "scratch";

function markValue(role: SheetRole, sheet: Sheet): string {
  return `${role}#${sheet.getSheetId()}`;
}

/** Marks `sheet` as the add-on's sheet for `role` (any mark it had before is replaced). */
export function markSheet(sheet: Sheet, role: SheetRole): void {
  unmarkSheet(sheet);
  sheet.addDeveloperMetadata(
    sheetMarkKey,
    markValue(role, sheet),
    SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
  );
}

/** Takes the add-on's mark off `sheet` (a failed run gives back a sheet it had marked). */
export function unmarkSheet(sheet: Sheet): void {
  for (const old of sheet.createDeveloperMetadataFinder().withKey(sheetMarkKey).find()) old.remove();
}

/** The add-on's sheets, by role, read in one search of the spreadsheet's metadata. */
export class MarkedSheets {
  private constructor(private readonly byRole: ReadonlyMap<string, Sheet[]>) {}

  static read(spreadsheet: Spreadsheet): MarkedSheets {
    const byRole = new Map<string, Sheet[]>();
    const found = spreadsheet
      .createDeveloperMetadataFinder()
      .withKey(sheetMarkKey)
      .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
      .find();
    for (const metadata of found) {
      const [role, id] = (metadata.getValue() ?? "").split("#");
      const sheet = metadata.getLocation().getSheet();
      // A copy of one of our sheets carries the mark of the sheet it was copied from.
      if (!role || !sheet || String(sheet.getSheetId()) !== id) continue;
      const list = byRole.get(role);
      if (list) list.push(sheet);
      else byRole.set(role, [sheet]);
    }
    return new MarkedSheets(byRole);
  }

  /** The sheet marked for `role`, or null. */
  get(role: SheetRole): Sheet | null {
    return this.byRole.get(role)?.[0] ?? null;
  }

  /** Every sheet marked for `role` (more than one only for left-over scratch sheets). */
  all(role: SheetRole): Sheet[] {
    return [...(this.byRole.get(role) ?? [])];
  }
}

/** The sheet the add-on marked for `role`, or null when there is none (whatever the sheets are named). */
export function findMarkedSheet(spreadsheet: Spreadsheet, role: SheetRole): Sheet | null {
  return MarkedSheets.read(spreadsheet).get(role);
}

/**
 * A name for a new sheet of the add-on: `name` itself when no sheet has it (Sheets compares names
 * without case), else "name (2)", "name (3)"… so that a sheet of the user's keeps its name.
 */
export function freeSheetName(spreadsheet: Spreadsheet, name: string): string {
  const taken = new Set(spreadsheet.getSheets().map((s) => s.getName().toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
