// Field discovery: every control a user could see and fill in one document, grouped into
// questions (a radio group is one field), each with its label candidates and a stable id for pins.
import { cleanLabel, dateFormatOf, type FormFieldInfo, type FormFieldKind } from "../../../shared/form-match";
import type { SiteForm } from "../sites/site";
import {
  checkboxHandle,
  type FieldHandle,
  groupHandle,
  listboxHandle,
  type OptionControl,
  selectHandle,
  textHandle,
} from "./controls";
import { dateParts } from "./date-parts";
import { groupLabels, labelsOf, optionText, questionItem } from "./labels";
import { VisibilityProbe } from "./visibility";

const inputKinds: Record<string, FormFieldKind> = {
  "": "text",
  text: "text",
  search: "text",
  url: "text",
  email: "email",
  tel: "tel",
  number: "number",
  date: "date",
};

export interface DiscoverOptions {
  /** Visibility and state test; injectable so unit tests without layout can run. */
  fillable?: (el: Element) => boolean;
  /** The form site the document belongs to (Google Forms), for its question ids. */
  site?: SiteForm;
}

function baseId(el: Element, labels: FormFieldInfo["labels"], opts: DiscoverOptions): string {
  const name = el.getAttribute("name") ?? "";
  return (
    opts.site?.fieldId(el) ??
    (name ||
      el.getAttribute("id") ||
      (labels[0] ? `label:${cleanLabel(labels[0].text)}` : `field:${el.tagName.toLowerCase()}`))
  );
}

/** The date format a text box asks for: in its labels, placeholder, pattern or title. */
function askedFormat(el: Element, labels: FormFieldInfo["labels"]): FormFieldInfo["dateFormat"] {
  for (const text of [
    ...labels.map((l) => l.text),
    el.getAttribute("placeholder") ?? "",
    el.getAttribute("pattern") ?? "",
    el.getAttribute("title") ?? "",
  ]) {
    const format = dateFormatOf(text);
    if (format) return format;
  }
  return undefined;
}

/**
 * A native radio or checkbox hidden from assistive technology behind a widget the user sees
 * (role=radio / role=checkbox next to it): the widget is the field, not this input.
 */
function isShadowedInput(el: Element): boolean {
  if (el.getAttribute("aria-hidden") !== "true") return false;
  const around = el.closest("label") ?? questionItem(el) ?? el.parentElement;
  return !!around?.querySelector("[role=radio],[role=checkbox]");
}

/** Which of these elements the user could fill: checked all at once (see VisibilityProbe.fillableOf). */
type Fillable = (els: readonly Element[]) => Set<Element>;

export function discoverFields(doc: Document, opts: DiscoverOptions = {}): FieldHandle[] {
  const probe = opts.fillable ? undefined : new VisibilityProbe(doc);
  const test = opts.fillable;
  try {
    return discover(doc, opts, test ? (els) => new Set(els.filter(test)) : (els) => probe!.fillableOf(els));
  } finally {
    probe?.done();
  }
}

/** Like discoverFields, with the caller's probe (kept for its statistics). */
export function discoverWith(doc: Document, probe: VisibilityProbe, site?: SiteForm): FieldHandle[] {
  return discover(doc, site ? { site } : {}, (els) => probe.fillableOf(els));
}

/** The controls of a document that could be fields, before any visibility check. */
function candidates(doc: Document): HTMLElement[] {
  const selector =
    "input,textarea,select,[role=radio],[role=checkbox],[role=listbox]:not(select),[role=combobox][aria-haspopup=listbox]";
  return Array.from(doc.querySelectorAll<HTMLElement>(selector)).filter((el) => {
    if (el.tagName !== "INPUT") return true;
    const type = (el as HTMLInputElement).type.toLowerCase();
    if (type === "radio" || type === "checkbox") return !isShadowedInput(el);
    return type in inputKinds;
  });
}

function discover(doc: Document, opts: DiscoverOptions, fillableOf: Fillable): FieldHandle[] {
  const handles: FieldHandle[] = [];
  const ids = new Set<string>();
  const uniqueId = (id: string): string => {
    let out = id;
    for (let n = 2; ids.has(out); n++) out = `${id}#${n}`;
    ids.add(out);
    return out;
  };

  // Groups of native radios / checkboxes and role-based options, keyed by their container.
  // Named native groups are keyed by type and name, the others by their container element.
  const groups = new Map<unknown, { kind: "radio" | "checkbox"; els: HTMLElement[] }>();
  const order: unknown[] = [];
  const addToGroup = (key: unknown, kind: "radio" | "checkbox", el: HTMLElement): void => {
    const group = groups.get(key);
    if (group) group.els.push(el);
    else {
      groups.set(key, { kind, els: [el] });
      order.push(key);
    }
  };

  const all = candidates(doc);
  const fillable = fillableOf(all);
  for (const el of all) {
    if (!fillable.has(el)) continue;
    const tag = el.tagName;
    const role = el.getAttribute("role");
    const type = tag === "INPUT" ? (el as HTMLInputElement).type.toLowerCase() : "";
    if (type === "radio" || type === "checkbox") {
      const name = (el as HTMLInputElement).name;
      addToGroup(name ? `${type}|${name}` : (el.closest("fieldset") ?? el), type, el);
    } else if (tag !== "INPUT" && (role === "radio" || role === "checkbox")) {
      // The options' own container (a Google Forms option is a list item of its question).
      const container =
        el.closest("[role=radiogroup],[role=group],[role=list]") ?? el.closest("[role=listitem]") ?? el;
      addToGroup(container, role, el);
    } else order.push(el);
  }

  // Controls that may be one part of a date (Ngày / Tháng / Năm side by side).
  const textLike = order.filter(
    (item): item is HTMLElement =>
      !groups.has(item) &&
      ((item as Element).tagName === "SELECT" ||
        ((item as Element).tagName === "INPUT" &&
          /^(|text|number|search)$/.test((item as HTMLInputElement).type.toLowerCase()))),
  );
  const labelled = new Map(textLike.map((el) => [el as Element, labelsOf(el)]));
  const parts = dateParts(textLike.map((el) => ({ el, labels: labelled.get(el)! })));

  for (const item of order) {
    const group = groups.get(item);
    if (group) {
      const { kind, els } = group;
      const first = els[0]!;
      const options: OptionControl[] = els.map((el) => ({ text: optionText(el), el }));
      // One box is a yes / no question, unless the site says it is one option of a question.
      const siteKind = opts.site?.questions.find((q) => q.id === opts.site!.fieldId(first))?.kind;
      if (kind === "checkbox" && els.length === 1 && siteKind !== "checkboxes") {
        const labels = labelsOf(first);
        const info: FormFieldInfo = { id: uniqueId(baseId(first, labels, opts)), kind: "checkbox", labels };
        handles.push(checkboxHandle(info, first));
        continue;
      }
      const labels = groupLabels(first);
      const info: FormFieldInfo = {
        id: uniqueId(baseId(first, labels, opts)),
        kind: kind === "radio" ? "radio" : "checkboxes",
        labels,
        options: options.map((o) => o.text),
      };
      handles.push(groupHandle(info, options, kind === "checkbox"));
      continue;
    }
    const el = item as HTMLElement;
    const part = parts.get(el);
    const labels = part?.labels ?? labelled.get(el) ?? labelsOf(el);
    const id = uniqueId(baseId(el, labelled.get(el) ?? labels, opts));
    const partInfo = part ? { datePart: part.part } : {};
    if (el.tagName === "SELECT") {
      const select = el as HTMLSelectElement;
      const options = Array.from(select.options)
        .filter((o) => o.value !== "" && !o.disabled)
        .map((o) => o.text.trim());
      handles.push(selectHandle({ id, kind: "select", labels, options, ...partInfo }, select));
    } else if (el.tagName === "TEXTAREA") {
      handles.push(textHandle({ id, kind: "textarea", labels }, el as HTMLTextAreaElement));
    } else if (el.tagName === "INPUT") {
      const kind = inputKinds[(el as HTMLInputElement).type.toLowerCase()] ?? "text";
      const format = kind === "text" ? askedFormat(el, labels) : undefined;
      handles.push(
        textHandle(
          { id, kind, labels, ...partInfo, ...(format ? { dateFormat: format } : {}) },
          el as HTMLInputElement,
        ),
      );
    } else {
      // role=listbox: its options carry data-value; an empty one is the "Chọn" placeholder.
      const all: OptionControl[] = Array.from(el.querySelectorAll<HTMLElement>("[role=option]")).map((o) => ({
        text: (o.getAttribute("data-value") ?? o.textContent ?? "").trim(),
        el: o,
      }));
      const options = all.filter((o) => o.text !== "");
      const placeholder = all.find((o) => o.text === "")?.el;
      handles.push(
        listboxHandle(
          { id, kind: "select", labels, options: options.map((o) => o.text) },
          el,
          options,
          placeholder,
        ),
      );
    }
  }
  return handles;
}
