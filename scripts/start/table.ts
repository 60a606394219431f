// A plain text table for the terminal: box-drawing borders, columns sized to their content
// (measured in terminal columns, see text-width.ts), long text wrapped to fit the screen.
import { displayWidth, pad, wrap } from "./text-width";

export interface TableColumn {
  header: string;
  align?: "left" | "right";
  /** This column shrinks (and wraps) when the table is wider than the screen. */
  flexible?: boolean;
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
  const flexible = columns.findIndex((column) => column.flexible);
  if (flexible >= 0) {
    const others = widths.reduce((sum, w, c) => (c === flexible ? sum : sum + w), 0);
    widths[flexible] = Math.max(12, Math.min(widths[flexible] ?? 0, maxWidth - frame - others));
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
