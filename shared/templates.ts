// Sheet templates: one definition per sheet, used to build sheets, write rows and read them back.
// The parts live in ./templates/: types, definitions, cells (one cell's rules), read, write and
// targets-sheet (a Target as a flat row).
export { formatCell, isBlank, joinList, parseNumberText, splitList } from "./templates/cells";
export {
  ageRuleLabels,
  defaultLevels,
  defaultSettings,
  measureChoices,
  positionColumns,
  postsByOrganization,
  requirementChoices,
  settingItems,
  sheetTemplates,
  sheetTemplatesFor,
  templateById,
  termOfYear,
} from "./templates/definitions";
export {
  readSettings,
  readSheetValues,
  readWorkbook,
  type SheetRead,
  type WorkbookRead,
  type WorkbookSource,
  workbookSource,
} from "./templates/read";
export { readingNotes } from "./templates/reading-notes";
export { recordToTarget, targetToRecord } from "./templates/targets-sheet";
export type {
  CellProblem,
  CellValue,
  ColumnTemplate,
  ColumnType,
  Settings,
  SheetId,
  SheetTemplate,
  UnknownColumn,
} from "./templates/types";
export { columnLetter, problemText } from "./templates/types";
export {
  cadreToRecord,
  modelToRows,
  type SheetModels,
  settingsRows,
  targetRows,
  templateRows,
} from "./templates/write";
