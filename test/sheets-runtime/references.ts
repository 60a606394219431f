// What Sheets does to formulas that name another sheet: renaming the sheet rewrites them to the new
// name; deleting it leaves #REF! where the reference was (and the formula shows the error). Only
// references written as Name!A1 or 'Sheet name'!A1:B2 are followed; formulas are never evaluated.

const cell = String.raw`\$?[A-Za-z]{0,3}\$?\d*(?::\$?[A-Za-z]{0,3}\$?\d*)?`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** How a formula names a sheet: bare when it is letters, digits and _ only, else quoted. */
export function sheetReference(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A pattern for references to `name`, quoted or bare, followed by `!` and a cell or range. */
function referencePattern(name: string): RegExp {
  const quoted = `'${escapeRegExp(name.replace(/'/g, "''"))}'`;
  const bare = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `|(?<![\\w'.])${escapeRegExp(name)}` : "";
  return new RegExp(`(?:${quoted}${bare})!(${cell})`, "gi");
}

export function renameReferences(formula: string, oldName: string, newName: string): string {
  return formula.replace(
    referencePattern(oldName),
    (_, area: string) => `${sheetReference(newName)}!${area}`,
  );
}

export function breakReferences(formula: string, name: string): string {
  return formula.replace(referencePattern(name), "#REF!");
}
