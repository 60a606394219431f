// The look shared by the result sheet's sections: status colours, the header shade, and rows of
// one value for a block's format grids.
import type { TargetStatus } from "../shared/model";

export const statusColors: Record<TargetStatus, { background: string; font: string }> = {
  met: { background: "#d9ead3", font: "#274e13" },
  notMet: { background: "#f4cccc", font: "#990000" },
  insufficientData: { background: "#fff2cc", font: "#7f6000" },
};

export const headerBackground = "#e8eaed";
/** A total row (a sector's units added up). */
export const totalBackground = "#f3f3f3";

export function row<T>(width: number, fill: T): T[] {
  return new Array<T>(width).fill(fill);
}

/** A section's title line: bold, a little larger. */
export function sectionTitle(at: number, text: string) {
  return {
    row: at,
    values: [[text]],
    fontWeights: [["bold" as const]],
    fontSizes: [[11]],
    numberFormats: [["@"]],
  };
}

/** A line of explanation under a title: italic, grey. */
export function sectionNote(at: number, lines: string[]) {
  return {
    row: at,
    values: lines.map((line) => [line]),
    fontStyles: lines.map(() => ["italic" as const]),
    fontColors: lines.map(() => ["#5f6368"]),
    numberFormats: lines.map(() => ["@"]),
  };
}
