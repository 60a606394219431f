// A plain text table for the terminal: box-drawing borders, columns sized to their content
// (measured in terminal columns, see text-width.ts), long text wrapped to fit the screen.
import { displayWidth, pad, wrap } from "./text-width";

export interface TableColumn {
  header: string;
  align?: "left" | "right";
  /** This column shrinks (and wraps) when the table is wider than the screen, down to 12 columns or `min`. */
  flexible?: boolean;
  /** Narrowest this column may wrap to; columns with a minimum give way before the flexible one. */
  min?: number;
}

export interface TableCell {
  text: string;
  /** Wraps the text for display, e.g. an ANSI colour; must not change its width. */
  paint?: (text: string) => string;
}

export function renderTable(columns: TableColumn[], rows: TableCell[][], maxWidth: number): string {
  const widths = columns.map((column, c) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[c]?.text ?? ""))),
  );
  // Borders and padding: "│ " before each column and " │" at the end.
  const frame = 3 * columns.length + 1;
  let excess = frame + widths.reduce((a, b) => a + b, 0) - maxWidth;
  // The narrow columns wrap first, then the flexible one (the long text).
  const order = [
    ...columns.flatMap((column, c) => (column.min !== undefined && !column.flexible ? [c] : [])),
    ...columns.flatMap((column, c) => (column.flexible ? [c] : [])),
  ];
  for (const c of order) {
    if (excess <= 0) break;
    const column = columns[c]!;
    const min = column.min ?? 12;
    const give = Math.max(0, Math.min(excess, (widths[c] ?? 0) - min));
    widths[c] = (widths[c] ?? 0) - give;
    excess -= give;
  }

  const line = (left: string, middle: string, right: string) =>
    left + widths.map((w) => "─".repeat(w + 2)).join(middle) + right;
  const out = [line("┌", "┬", "┐")];
  const printRow = (cells: TableCell[]) => {
    const wrapped = columns.map((_, c) => wrap(cells[c]?.text ?? "", widths[c] ?? 1));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    for (let i = 0; i < height; i++) {
      const parts = columns.map((column, c) => {
        const text = pad(wrapped[c]?.[i] ?? "", widths[c] ?? 1, column.align);
        const paint = cells[c]?.paint;
        return paint ? paint(text) : text;
      });
      out.push(`│ ${parts.join(" │ ")} │`);
    }
  };
  printRow(columns.map((column) => ({ text: column.header })));
  out.push(line("├", "┼", "┤"));
  for (const row of rows) printRow(row);
  out.push(line("└", "┴", "┘"));
  return out.join("\n");
}
