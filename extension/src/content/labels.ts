// Label candidates of a form control, most trusted first: label[for], wrapping label,
// aria-labelledby, aria-label, the Google Forms question title, placeholder, nearby text.
import type { FormLabel } from "../../../shared/form-match";

const CONTROLS = "input,select,textarea,button,[role=radio],[role=checkbox],[role=listbox],[role=option]";
const MAX_NEARBY = 120;

function clean(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

/** Text of an element without the text of controls (and their options) inside it. */
export function textWithoutControls(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? "");
      else if (child.nodeType === 1) {
        const e = child as Element;
        if (e.matches(`${CONTROLS},script,style,option`)) continue;
        walk(e);
      }
    }
  };
  walk(el);
  return clean(parts.join(" "));
}

function byIds(doc: Document, ids: string | null): string {
  if (!ids) return "";
  return clean(
    ids
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
}

/** The Google Forms (or look-alike) question title around a control. */
export function questionHeading(el: Element): string {
  const item = el.closest("[role=listitem]");
  const heading = item?.querySelector("[role=heading]");
  return heading ? clean(heading.textContent) : "";
}

/** Text just before the control: preceding text nodes or a sibling without controls, up 3 levels. */
export function nearbyText(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (sib.nodeType === 3) {
        const text = clean(sib.nodeValue);
        if (text) return text.slice(-MAX_NEARBY);
        continue;
      }
      if (sib.nodeType !== 1) continue;
      const e = sib as Element;
      if (e.matches(CONTROLS) || e.querySelector(CONTROLS)) return "";
      const text = textWithoutControls(e);
      if (text) return text.slice(-MAX_NEARBY);
    }
  }
  return "";
}

/** All label candidates for one control, in order of trust, without duplicates or empties. */
export function labelsOf(el: Element): FormLabel[] {
  const doc = el.ownerDocument;
  const out: FormLabel[] = [];
  const add = (text: string, source: FormLabel["source"]): void => {
    if (text && !out.some((l) => l.text === text)) out.push({ text, source });
  };
  const id = el.getAttribute("id");
  if (id) {
    for (const label of Array.from(doc.querySelectorAll(`label[for="${CSS.escape(id)}"]`))) {
      add(textWithoutControls(label), "label");
    }
  }
  const wrapping = el.closest("label");
  if (wrapping) add(textWithoutControls(wrapping), "label");
  add(byIds(doc, el.getAttribute("aria-labelledby")), "aria");
  add(clean(el.getAttribute("aria-label")), "aria");
  add(questionHeading(el), "heading");
  add(clean(el.getAttribute("placeholder")), "placeholder");
  if (out.length === 0 || out.every((l) => l.source === "placeholder")) add(nearbyText(el), "nearby");
  return out;
}

/** Labels of a group of options (radio / checkbox group): legend, group's aria, heading, nearby. */
export function groupLabels(first: Element): FormLabel[] {
  const doc = first.ownerDocument;
  const out: FormLabel[] = [];
  const add = (text: string, source: FormLabel["source"]): void => {
    if (text && !out.some((l) => l.text === text)) out.push({ text, source });
  };
  const legend = first.closest("fieldset")?.querySelector("legend");
  if (legend) add(clean(legend.textContent), "label");
  const group = first.closest("[role=radiogroup],[role=group],[role=list]");
  if (group) {
    add(byIds(doc, group.getAttribute("aria-labelledby")), "aria");
    add(clean(group.getAttribute("aria-label")), "aria");
  }
  add(questionHeading(first), "heading");
  if (out.length === 0) {
    // The text before the first option's label (or the option itself).
    const anchor = first.closest("label") ?? first;
    add(nearbyText(group ?? anchor), "nearby");
  }
  return out;
}

/** The text of one option of a group: its label, aria-label, data-value or value. */
export function optionText(el: Element): string {
  const labels = labelsOf(el).filter((l) => l.source === "label" || l.source === "aria");
  if (labels[0]) return labels[0].text;
  return clean(
    el.getAttribute("data-value") ??
      el.getAttribute("data-answer-value") ??
      (el as HTMLInputElement).value ??
      "",
  );
}
