// A1 notation: column letters and range references ("B2", "A1:C10", "A:C", "2:5", "A2:C").

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Notation(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

export interface GridArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Do two areas share a cell? */
export function overlaps(a: GridArea, b: GridArea): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

interface Corner {
  row?: number;
  column?: number;
}

function parseCorner(text: string): Corner | undefined {
  const match = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(text.trim());
  if (!match || (!match[1] && !match[2])) return undefined;
  return {
    ...(match[1] ? { column: columnNumber(match[1]) } : {}),
    ...(match[2] ? { row: Number(match[2]) } : {}),
  };
}

/** Splits "'Sheet name'!A1:B2" into the sheet name (if any) and the reference. */
export function splitSheetName(reference: string): { sheetName?: string; area: string } {
  const bang = reference.lastIndexOf("!");
  if (bang < 0) return { area: reference };
  let sheetName = reference.slice(0, bang);
  if (sheetName.startsWith("'") && sheetName.endsWith("'"))
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  return { sheetName, area: reference.slice(bang + 1) };
}

/** Parses an A1 reference within a sheet of the given size; undefined when it is not A1 notation. */
export function parseA1(area: string, maxRows: number, maxColumns: number): GridArea | undefined {
  const [first, second, extra] = area.split(":");
  if (first === undefined || extra !== undefined) return undefined;
  const a = parseCorner(first);
  const b = second === undefined ? a : parseCorner(second);
  if (!a || !b) return undefined;
  // A single cell needs both parts; open ends ("A:C", "2:5", "A2:C") reach the sheet's edge.
  if (second === undefined && (a.row === undefined || a.column === undefined)) return undefined;
  const [top, bottom] = ordered(a.row ?? 1, b.row ?? maxRows);
  const [left, right] = ordered(a.column ?? 1, b.column ?? maxColumns);
  return { row: top, column: left, numRows: bottom - top + 1, numColumns: right - left + 1 };
}

function ordered(x: number, y: number): [number, number] {
  return x <= y ? [x, y] : [y, x];
}
