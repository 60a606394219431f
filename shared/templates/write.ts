// Writing: model objects → rows a sheet takes (header row first), dates as Date, choices as labels.
import type {
  Cadre,
  Plan,
  Review,
  RotationRecord,
  Standard,
  Submission,
  SuccessionEntry,
  Target,
  TrainingRecord,
  Unit,
} from "../model";
import { findPreset } from "../targets/presets";
import { formatCell } from "./cells";
import { positionColumns, settingItems, sheetTemplates, templateById } from "./definitions";
import { targetToRecord } from "./targets-sheet";
import type { CellValue, Settings, SheetTemplate } from "./types";

/** Header row + one row per record (records keyed by column key, values as in the model). */
export function templateRows(template: SheetTemplate, items: Record<string, unknown>[]): CellValue[][] {
  return [
    template.columns.map((c) => c.header),
    ...items.map((item) => template.columns.map((c) => formatCell(c, item[c.key]))),
  ];
}

/**
 * A cadre as a cadres sheet row: the sheet has one post per organisation, so only the first
 * position of each organisation is kept.
 */
export function cadreToRecord(cadre: Cadre): Record<string, unknown> {
  const { positions, ...rest } = cadre;
  const record: Record<string, unknown> = { ...rest };
  for (const p of positionColumns) {
    const position = positions.find((x) => x.organization === p.organization);
    if (!position) continue;
    record[p.post] = position.post;
    record[p.since] = position.since;
  }
  return record;
}

/** The model type each sheet holds. */
export interface SheetModels {
  units: Unit;
  cadres: Cadre;
  trainings: TrainingRecord;
  successions: SuccessionEntry;
  rotations: RotationRecord;
  reviews: Review;
  submissions: Submission;
  standards: Standard;
  targets: Target;
}

/**
 * Rows for a sheet from model objects. Cadres go through cadreToRecord, targets through
 * targetToRecord; the other models already have one field per column.
 */
export function modelToRows<K extends keyof SheetModels>(
  id: K,
  items: SheetModels[K][],
  templates: SheetTemplate[] = sheetTemplates,
): CellValue[][] {
  const toRecord = (item: SheetModels[K]): Record<string, unknown> => {
    if (id === "cadres") return cadreToRecord(item as Cadre);
    if (id === "targets") return targetToRecord(item as Target);
    return { ...(item as object) };
  };
  return templateRows(templateById(id, templates), items.map(toRecord));
}

export function settingsRows(settings: Settings): CellValue[][] {
  const template = templateById("settings");
  const value = (item: (typeof settingItems)[number]): CellValue => {
    // The plan is shown by its label, as the dropdown offers it.
    if (item.key === "presetId") return findPreset(settings.presetId)?.label ?? settings.presetId;
    const v = settings[item.key];
    // A choice is shown by its label.
    const label = (key: string) => {
      const i = item.choices?.keys?.indexOf(key) ?? -1;
      return i >= 0 ? item.choices!.options![i]! : key;
    };
    // Lists may hold commas ("Phường, xã"), so they are always separated by ";".
    return Array.isArray(v) ? v.map(label).join("; ") : typeof v === "string" ? label(v) : (v ?? "");
  };
  return [template.columns.map((c) => c.header), ...settingItems.map((item) => [item.label, value(item)])];
}

export function targetRows(plan: Plan, templates: SheetTemplate[] = sheetTemplates): CellValue[][] {
  return modelToRows("targets", plan.targets, templates);
}
