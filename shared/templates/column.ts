// Building a column template by hand: for sheets whose columns are not model fields (settings,
// the flat row of a target, the columns each requirement kind adds to the targets sheet).
import type { ColumnTemplate, ColumnType } from "./types";

export type ColumnOptions = Partial<
  Pick<ColumnTemplate, "options" | "keys" | "optionAliases" | "allowOther" | "width" | "aliases">
>;

export const defaultWidth = (type: ColumnType): number =>
  type === "date" || type === "boolean" ? 110 : type === "text" ? 200 : 160;

export function column(
  key: string,
  header: string,
  type: ColumnType,
  required: boolean,
  help: string,
  more: ColumnOptions = {},
): ColumnTemplate {
  return { key, header, type, required, help, aliases: [], ...more, width: more.width ?? defaultWidth(type) };
}

/** A choice column whose values are model keys shown by their labels. */
export function choiceOf<K extends string>(labels: Record<K, string>, keys?: readonly K[]): ColumnOptions {
  const list = keys ? [...keys] : (Object.keys(labels) as K[]);
  return { options: list.map((k) => labels[k]), keys: list };
}
