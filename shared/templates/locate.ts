// Finding the plan's sheets and columns in a workbook staff made their own way: by the name we
// give them or another name staff use ("ĐTBD 2026", "Họ tên", "SĐT"), never by position. Only
// exact words count (after folding): no guessing from similar words, which would read a wrong
// column without a word.
import { fold } from "../text";
import type { CellValue, SheetId, SheetTemplate } from "./types";

/**
 * The key a header or sheet name is matched by: folded, hints in brackets ("(dd/mm/yyyy)", "(*)")
 * and outline numbers ("1.", "a)") dropped, punctuation as spaces: "E-mail" = "Email",
 * "Họ và tên:" = "họ và tên", "SĐT" = "sdt".
 */
export function headerKey(text: string): string {
  return fold(text)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/^\s*(\d+(\.\d+)*|[ivx]+|[a-z])\s*[.)/-]\s*/, "")
    .replace(/[-–—_]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Headers of columns that are not data: a running number. */
const ignoredHeaders = new Set(["stt", "tt", "so tt", "so thu tu", "thu tu"]);

/** The sheet's columns matched to a template's: header first, then other headers staff use. */
export function matchColumns(
  template: SheetTemplate,
  headerCells: readonly CellValue[],
): { index: Record<string, number>; unknown: Array<{ column: number; header: string }> } {
  const keys = headerCells.map((cell) => headerKey(String(cell ?? "")));
  const index: Record<string, number> = {};
  const taken = new Set<number>();
  const take = (names: (c: SheetTemplate["columns"][number]) => string[]) => {
    for (const column of template.columns) {
      if (index[column.key] !== undefined) continue;
      const wanted = new Set(names(column).map(headerKey));
      const at = keys.findIndex((key, i) => key !== "" && !taken.has(i) && wanted.has(key));
      if (at >= 0) {
        index[column.key] = at;
        taken.add(at);
      }
    }
  };
  take((c) => [c.header]);
  take((c) => c.aliases);
  const unknown: Array<{ column: number; header: string }> = [];
  keys.forEach((key, i) => {
    if (key === "" || taken.has(i) || ignoredHeaders.has(key)) return;
    unknown.push({ column: i, header: String(headerCells[i] ?? "").trim() });
  });
  return { index, unknown };
}

/** Where a template's sheet was found. */
export interface SheetLocation {
  /** The sheet's own name. */
  name: string;
  /** How it was found: by the add-on's mark, by our name, or by another name staff use. */
  by: "mark" | "name" | "alias";
}

/** Names of copies and old versions ("Cán bộ (cũ 2023)", "Bản sao của Cán bộ", "Copy of …"). */
const copyWords = /\b(cu|old|copy|ban sao|backup|sao luu|luu tru)\b/;

function isCopy(name: string): boolean {
  return copyWords.test(fold(name).replace(/[^a-z0-9]+/g, " "));
}

/** The name without a year or term after it: "ĐTBD 2026" → "dtbd", "Cán bộ năm 2026" → "can bo". */
function sheetKey(name: string): { key: string; year?: number } {
  const key = headerKey(name);
  const match = /^(.*?)\s*(?:nam\s*)?(\d{4})(?:\s*\d{4})?$/.exec(key);
  if (match?.[1]) return { key: match[1], year: Number(match[2]) };
  return { key };
}

/**
 * Each template's sheet among `names` (tab order): the one the add-on marked; else the one with the
 * template's name (folded); else the one named as staff name it, a year after the name allowed.
 * Old copies are never taken. Of several alike, the one of the plan year, else the first: a note
 * says which was read.
 */
export function locateSheets(
  names: readonly string[],
  templates: readonly SheetTemplate[],
  marked?: (id: SheetId) => string | undefined,
  planYear?: number,
): { found: Partial<Record<SheetId, SheetLocation>>; notes: string[] } {
  const found: Partial<Record<SheetId, SheetLocation>> = {};
  const notes: string[] = [];
  const used = new Set<string>();
  const keys = names.map((name) => ({ name, ...sheetKey(name), exact: headerKey(name) }));
  const usable = keys.filter((k) => !isCopy(k.name));
  for (const template of templates) {
    const mark = marked?.(template.id);
    if (mark !== undefined && names.includes(mark)) {
      found[template.id] = { name: mark, by: "mark" };
      used.add(mark);
    }
  }
  for (const template of templates) {
    if (found[template.id]) continue;
    const exact = usable.find((k) => !used.has(k.name) && k.exact === headerKey(template.name));
    if (exact) {
      found[template.id] = { name: exact.name, by: "name" };
      used.add(exact.name);
    }
  }
  for (const template of templates) {
    if (found[template.id]) continue;
    const wanted = new Set([template.name, ...template.aliases].map(headerKey));
    const candidates = usable.filter((k) => !used.has(k.name) && wanted.has(k.key));
    if (candidates.length === 0) continue;
    const ofYear = candidates.filter((k) => k.year === planYear);
    const chosen = (ofYear.length === 1 ? ofYear[0] : candidates[0])!;
    found[template.id] = { name: chosen.name, by: "alias" };
    used.add(chosen.name);
    if (candidates.length > 1) {
      const others = candidates.filter((k) => k !== chosen).map((k) => `"${k.name}"`);
      notes.push(
        `Đọc trang "${chosen.name}" làm trang "${template.name}"; ${others.join(", ")} cũng có thể là trang này nhưng không được đọc.`,
      );
    } else notes.push(`Đọc trang "${chosen.name}" làm trang "${template.name}".`);
  }
  return { found, notes };
}
