// Google Forms: read the questions from the page's FB_PUBLIC_LOAD_DATA_ and build the
// pre-filled link (viewform?usp=pp_url&entry.N=value). Pure, so a saved copy works too.
import type { FillValue, FormFieldInfo, FormFieldKind } from "../../shared/form-match";

export interface GoogleQuestion {
  /** "entry.123456"; a grid row or a question without an entry has none and is skipped. */
  entry: string;
  title: string;
  /** Google's type code: 0 short answer, 1 paragraph, 2 radio, 3 dropdown, 4 checkboxes, 5 scale, 9 date… */
  type: number;
  options: string[];
  /** Index of the section (page) it is on, 0 for the first. */
  section: number;
}

/** Google's question type codes that the pre-filled link can carry, and the field kind they are. */
const kindOfType: Record<number, FormFieldKind> = {
  0: "text",
  1: "textarea",
  2: "radio",
  3: "select",
  4: "checkboxes",
  5: "radio",
  9: "date",
};
const SECTION_BREAK = 8;

/** The array literal assigned to FB_PUBLIC_LOAD_DATA_ in a script's text, or undefined. */
export function parseFbPublicLoadData(scriptText: string): unknown[] | undefined {
  const at = scriptText.indexOf("FB_PUBLIC_LOAD_DATA_");
  if (at < 0) return undefined;
  const start = scriptText.indexOf("[", at);
  if (start < 0) return undefined;
  const end = literalEnd(scriptText, start);
  if (end < 0) return undefined;
  try {
    const data: unknown = JSON.parse(scriptText.slice(start, end + 1));
    return Array.isArray(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Index of the bracket closing the one at `start`, skipping strings. */
function literalEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return i;
  }
  return -1;
}

/** Questions of data[1][1]: [itemId, title, description, type, [[entryId, options, required…]]]. */
export function googleQuestions(data: unknown[]): GoogleQuestion[] {
  const form = data[1];
  const items = Array.isArray(form) ? form[1] : undefined;
  if (!Array.isArray(items)) return [];
  const questions: GoogleQuestion[] = [];
  let section = 0;
  for (const item of items) {
    if (!Array.isArray(item)) continue;
    const type = typeof item[3] === "number" ? item[3] : -1;
    if (type === SECTION_BREAK) {
      section++;
      continue;
    }
    const answers = item[4];
    if (!(type in kindOfType) || !Array.isArray(answers) || !Array.isArray(answers[0])) continue;
    const [entryId, rawOptions] = answers[0] as [unknown, unknown];
    if (typeof entryId !== "number" && typeof entryId !== "string") continue;
    const options = Array.isArray(rawOptions)
      ? rawOptions.map((o) => (Array.isArray(o) ? String(o[0] ?? "") : "")).filter((o) => o !== "")
      : [];
    questions.push({ entry: `entry.${entryId}`, title: String(item[1] ?? ""), type, options, section });
  }
  return questions;
}

/** The questions as form fields for matching; pins use the entry as the field id. */
export function questionFields(questions: readonly GoogleQuestion[]): FormFieldInfo[] {
  return questions.map((q) => ({
    id: q.entry,
    kind: kindOfType[q.type] ?? "text",
    labels: [{ text: q.title, source: "heading" as const }],
    ...(q.options.length ? { options: q.options } : {}),
  }));
}

/** viewform?usp=pp_url&entry.N=value… from the form's formResponse action. */
export function prefillUrl(
  action: string,
  answers: ReadonlyArray<{ entry: string; value: FillValue }>,
): string {
  const base = action.replace(/\/formResponse(\?.*)?$/, "/viewform");
  const params = ["usp=pp_url"];
  for (const { entry, value } of answers) {
    const values =
      value.kind === "text"
        ? [value.text]
        : value.kind === "options"
          ? value.options
          : value.checked
            ? ["Có"]
            : [];
    for (const v of values) params.push(`${entry}=${encodeURIComponent(v)}`);
  }
  return `${base}?${params.join("&")}`;
}

/**
 * A Google Form by its structure: a form posting to Google's formResponse (the data script is
 * checked by the caller). Only docs.google.com counts, so a page cannot pass itself off as a
 * form and receive every answer through the pre-filled link; a saved copy still posts there.
 */
export function isGoogleFormAction(action: string): boolean {
  let url: URL;
  try {
    url = new URL(action);
  } catch {
    return false;
  }
  return (
    url.protocol === "https:" &&
    url.hostname === "docs.google.com" &&
    /^(?:\/a\/[^/]+)?\/forms\/.+\/formResponse$/.test(url.pathname)
  );
}

/**
 * Where pins of a Google Form are kept: the form's address without the signed-in account
 * ("/u/1/") or the query, so the same form is one form whichever account opens it.
 */
export function googleFormKey(action: string): string {
  const url = new URL(action);
  return `${url.origin}${url.pathname.replace(/\/forms\/u\/\d+\//, "/forms/").replace(/\/formResponse$/, "")}`;
}
