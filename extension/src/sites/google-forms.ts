// Google Forms: the questions of FB_PUBLIC_LOAD_DATA_ (every section), the entry of the
// question a control belongs to (by the question's own id, wherever its hidden inputs sit), the
// hidden entries the form submits, and the pre-filled link (viewform?usp=pp_url&entry.N=value).
// Read only on Google's own pages (docs.google.com/forms) or a copy the user saved and opened
// (file:), so no page can pass itself off as a form and collect every answer through the link.
import {
  cleanLabel,
  type FillValue,
  type FormFieldInfo,
  type FormFieldKind,
} from "../../../shared/form-match";
import { questionItem } from "../content/labels";
import type { Site, SiteForm } from "./site";

declare const __TEST_BUILD__: boolean | undefined;

export interface GoogleQuestion {
  /** Google's id of the question item (data-params, data-item-id). */
  itemId: string;
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
    questions.push({
      itemId: String(item[0] ?? ""),
      entry: `entry.${entryId}`,
      title: String(item[1] ?? ""),
      type,
      options,
      section,
    });
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

function answerTexts(value: FillValue): string[] {
  if (value.kind === "text") return [value.text];
  if (value.kind === "options") return value.options;
  return value.checked ? ["Có"] : [];
}

/**
 * viewform?usp=pp_url&entry.N=value… from the form's formResponse action, built with the URL
 * API: the action's query and #fragment are dropped. Undefined for an action not on Google.
 */
export function prefillUrl(
  action: string,
  answers: ReadonlyArray<{ entry: string; value: FillValue }>,
): string | undefined {
  if (!isGoogleFormAction(action)) return undefined;
  const url = new URL(action);
  url.hash = "";
  url.search = "";
  url.pathname = url.pathname.replace(/\/formResponse$/, "/viewform");
  url.searchParams.set("usp", "pp_url");
  for (const { entry, value } of answers) {
    if (!/^entry\.\d+$/.test(entry)) continue;
    for (const text of answerTexts(value)) url.searchParams.append(entry, text);
  }
  return url.href;
}

/** A form posting to Google's formResponse on docs.google.com (over https). */
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
 * A page whose structure may be read as a Google Form: Google's own form pages, and a copy the
 * user saved and opened from disk. The test build also accepts /forms/ pages on 127.0.0.1,
 * where the end-to-end tests serve their copies.
 */
export function isGoogleFormsPage(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (url.protocol === "file:") return true;
  const formsPath = /^(?:\/a\/[^/]+)?\/forms\//.test(url.pathname);
  if (url.protocol === "https:" && url.hostname === "docs.google.com") return formsPath;
  const testBuild = typeof __TEST_BUILD__ !== "undefined" && __TEST_BUILD__;
  return testBuild && url.protocol === "http:" && url.hostname === "127.0.0.1" && formsPath;
}

/**
 * Where pins of a Google Form are kept: the form's address without the signed-in account
 * ("/u/1/") or the query, so the same form is one form whichever account opens it.
 */
export function googleFormKey(action: string): string {
  const url = new URL(action);
  return `${url.origin}${url.pathname.replace(/\/forms\/u\/\d+\//, "/forms/").replace(/\/formResponse$/, "")}`;
}

/**
 * Item id and entry id of a question card's data-params: "%.@." then the item's array
 * ([itemId, title, description, type, [[entryId…]]…]) and the card's element ids, the opening
 * bracket of the whole left implied.
 */
export function questionIds(params: string): { itemId?: string; entry?: string } {
  const body = params.replace(/^%\.@\./, "");
  let item: unknown;
  for (const text of [`[${body}`, body]) {
    try {
      const data: unknown = JSON.parse(text);
      item = Array.isArray(data) && Array.isArray(data[0]) ? data[0] : data;
      break;
    } catch {
      // The other reading.
    }
  }
  if (!Array.isArray(item)) {
    const id = /^\[?(\d+),/.exec(body)?.[1];
    return id ? { itemId: id } : {};
  }
  const answers = item[4];
  const entryId = Array.isArray(answers) && Array.isArray(answers[0]) ? answers[0][0] : undefined;
  return {
    ...(typeof item[0] === "number" || typeof item[0] === "string" ? { itemId: String(item[0]) } : {}),
    ...(typeof entryId === "number" || typeof entryId === "string" ? { entry: `entry.${entryId}` } : {}),
  };
}

function formAction(doc: Document): string | undefined {
  for (const form of Array.from(doc.forms)) {
    try {
      const action = new URL(form.getAttribute("action") ?? "", doc.baseURI).href;
      if (isGoogleFormAction(action)) return action;
    } catch {
      // An action that does not parse is no Google form.
    }
  }
  return undefined;
}

function loadData(doc: Document): unknown[] | undefined {
  for (const script of Array.from(doc.scripts)) {
    const data = parseFbPublicLoadData(script.textContent ?? "");
    if (data) return data;
  }
  return undefined;
}

/** Values the form would submit for an entry: its hidden inputs, anywhere in the document. */
function hiddenValues(doc: Document, entry: string): { present: boolean; values: string[] } {
  const inputs = Array.from(doc.querySelectorAll<HTMLInputElement>("input[type=hidden]"));
  const present = inputs.some((i) => i.name === entry || i.name === `${entry}_sentinel`);
  const values = inputs.filter((i) => i.name === entry && i.value !== "").map((i) => i.value);
  return { present, values };
}

export const googleForms: Site = {
  detect(doc: Document): SiteForm | undefined {
    if (!isGoogleFormsPage(doc.URL)) return undefined;
    const action = formAction(doc);
    if (!action) return undefined;
    const data = loadData(doc);
    const questions = data ? googleQuestions(data) : [];
    const byItem = new Map(questions.map((q) => [q.itemId, q.entry]));
    const byTitle = new Map(questions.map((q) => [cleanLabel(q.title), q.entry]));
    const kinds = new Map(questions.map((q) => [q.entry, q.type]));
    return {
      formKey: googleFormKey(action),
      questions: questionFields(questions),
      fieldId(el) {
        const item = questionItem(el);
        if (!item) return undefined;
        const params = item.matches("[data-params]") ? item : item.querySelector("[data-params]");
        if (params) {
          const ids = questionIds(params.getAttribute("data-params") ?? "");
          const entry = ids.entry ?? (ids.itemId ? byItem.get(ids.itemId) : undefined);
          if (entry) return entry;
        }
        const itemId = item.getAttribute("data-item-id");
        if (itemId && byItem.has(itemId)) return byItem.get(itemId);
        const hidden = item.querySelector<HTMLInputElement>("input[type=hidden][name^='entry.']");
        if (hidden) return hidden.name.replace(/_sentinel$/, "");
        const heading = item.querySelector("[role=heading]");
        return heading ? byTitle.get(cleanLabel(heading.textContent ?? "")) : undefined;
      },
      pageAgrees(fieldId, value) {
        // Choices live in hidden entries the page's script keeps; a text box is read as typed.
        const type = kinds.get(fieldId);
        if (value.kind !== "options" || (type !== 2 && type !== 3 && type !== 4 && type !== 5))
          return undefined;
        const { present, values } = hiddenValues(doc, fieldId);
        if (!present) return undefined;
        const wanted = [...value.options].sort();
        const kept = [...new Set(values)].sort();
        return wanted.length === kept.length && wanted.every((v, i) => v === kept[i]);
      },
      prefillUrl(answers) {
        return prefillUrl(
          action,
          answers.map((a) => ({ entry: a.fieldId, value: a.value })),
        );
      },
    };
  },
};
