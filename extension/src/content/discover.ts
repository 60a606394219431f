// Field discovery: every control a user could fill in one document, grouped into questions
// (a radio group is one field), each with its label candidates and a stable id for pins.
import { cleanLabel, type FormFieldInfo, type FormFieldKind } from "../../../shared/form-match";
import {
  checkboxHandle,
  type FieldHandle,
  groupHandle,
  listboxHandle,
  type OptionControl,
  selectHandle,
  textHandle,
} from "./controls";
import { groupLabels, labelsOf, optionText } from "./labels";
import { isFillable } from "./visibility";

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
  /** Google Forms question title → entry, from the page's data. */
  entryByTitle?: Map<string, string>;
}

/** The Google entry of the question around an element: its hidden input, or its title. */
function googleEntry(
  el: Element,
  labels: FormFieldInfo["labels"],
  opts: DiscoverOptions,
): string | undefined {
  const hidden = el
    .closest("[role=listitem]")
    ?.querySelector<HTMLInputElement>("input[type=hidden][name^='entry.']");
  if (hidden) return hidden.name.replace(/_sentinel$/, "");
  const heading = labels.find((l) => l.source === "heading");
  return heading ? opts.entryByTitle?.get(cleanLabel(heading.text)) : undefined;
}

function baseId(el: Element, labels: FormFieldInfo["labels"], opts: DiscoverOptions): string {
  const name = el.getAttribute("name") ?? "";
  return (
    googleEntry(el, labels, opts) ??
    (name ||
      el.getAttribute("id") ||
      (labels[0] ? `label:${cleanLabel(labels[0].text)}` : `field:${el.tagName.toLowerCase()}`))
  );
}

export function discoverFields(doc: Document, opts: DiscoverOptions = {}): FieldHandle[] {
  const fillable = opts.fillable ?? isFillable;
  const handles: FieldHandle[] = [];
  const ids = new Set<string>();
  const uniqueId = (id: string): string => {
    let out = id;
    for (let n = 2; ids.has(out); n++) out = `${id}#${n}`;
    ids.add(out);
    return out;
  };
  const isoHint = (el: Element): boolean =>
    /yyyy-mm-dd/i.test(`${el.getAttribute("placeholder") ?? ""} ${el.getAttribute("pattern") ?? ""}`);

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

  const selector =
    "input,textarea,select,[role=radio],[role=checkbox],[role=listbox]:not(select),[role=combobox][aria-haspopup=listbox]";
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(selector))) {
    const tag = el.tagName;
    const role = el.getAttribute("role");
    if (tag === "INPUT") {
      const type = (el as HTMLInputElement).type.toLowerCase();
      if (type === "radio" || type === "checkbox") {
        if (!fillable(el)) continue;
        const name = (el as HTMLInputElement).name;
        addToGroup(name ? `${type}|${name}` : (el.closest("fieldset") ?? el), type, el);
        continue;
      }
      if (!(type in inputKinds)) continue;
    } else if (role === "radio" || role === "checkbox") {
      if (tag === "INPUT" || !fillable(el)) continue;
      addToGroup(el.closest("[role=radiogroup],[role=group],[role=list],[role=listitem]") ?? el, role, el);
      continue;
    }
    if (!fillable(el)) continue;
    order.push(el);
  }

  for (const item of order) {
    const group = groups.get(item);
    if (group) {
      const { kind, els } = group;
      const first = els[0]!;
      const options: OptionControl[] = els.map((el) => ({ text: optionText(el), el }));
      if (kind === "checkbox" && els.length === 1) {
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
    const labels = labelsOf(el);
    const id = uniqueId(baseId(el, labels, opts));
    if (el.tagName === "SELECT") {
      const select = el as HTMLSelectElement;
      const options = Array.from(select.options)
        .filter((o) => o.value !== "")
        .map((o) => o.text.trim());
      handles.push(selectHandle({ id, kind: "select", labels, options }, select));
    } else if (el.tagName === "TEXTAREA") {
      handles.push(textHandle({ id, kind: "textarea", labels }, el as HTMLTextAreaElement));
    } else if (el.tagName === "INPUT") {
      const kind = inputKinds[(el as HTMLInputElement).type.toLowerCase()] ?? "text";
      handles.push(
        textHandle(
          { id, kind, labels, ...(isoHint(el) ? { isoDateText: true } : {}) },
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
