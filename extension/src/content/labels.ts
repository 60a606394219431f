// Label candidates of a form control, most trusted first: label[for], wrapping label,
// aria-labelledby, aria-label, the question title (Google Forms), placeholder, the header cell of
// its table column, text after it in its own wrapper (floating labels), nearby text before it.
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
        if (e.matches(`${CONTROLS},script,style,option,template`)) continue;
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

/**
 * The question card around a control: the nearest list item holding a heading. Options of a
 * Google Forms checkbox question are list items themselves, so the nearest one is not enough.
 */
export function questionItem(el: Element): Element | undefined {
  for (
    let item = el.closest("[role=listitem]");
    item;
    item = item.parentElement?.closest("[role=listitem]") ?? null
  ) {
    if (item.querySelector("[role=heading]")) return item;
  }
  return undefined;
}

/** The Google Forms (or look-alike) question title around a control. */
export function questionHeading(el: Element): string {
  const heading = questionItem(el)?.querySelector("[role=heading]");
  return heading ? clean(textWithoutControls(heading)) : "";
}

const isCell = (el: Element): boolean => el.tagName === "TD" || el.tagName === "TH";

/** Text just before the control: preceding text or a sibling without controls, up 3 levels, within its table cell. */
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
      if (e.matches("script,style,template,br")) continue;
      if (e.matches(CONTROLS) || e.querySelector(CONTROLS)) return "";
      const text = textWithoutControls(e);
      if (text) return text.slice(-MAX_NEARBY);
    }
    // The row before is another question, or the table's header: not this control's label.
    if (isCell(node)) break;
  }
  return "";
}

/**
 * Text after the control inside its own wrapper (a floating label written after the input):
 * only when the wrapper holds no other control, so the text can be no one else's.
 */
export function textAfter(el: Element): string {
  const wrapper = el.parentElement;
  if (!wrapper || isCell(wrapper) || wrapper.querySelectorAll(CONTROLS).length !== 1) return "";
  for (let sib = el.nextSibling; sib; sib = sib.nextSibling) {
    const text =
      sib.nodeType === 3
        ? clean(sib.nodeValue)
        : sib.nodeType === 1
          ? textWithoutControls(sib as Element)
          : "";
    if (text) return text.slice(0, MAX_NEARBY);
  }
  return "";
}

/** Index of a cell's first column, counting the colspans before it. */
function columnOf(cell: HTMLTableCellElement): number {
  let column = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
    column += (c as HTMLTableCellElement).colSpan || 1;
  }
  return column;
}

function cellAt(row: HTMLTableRowElement, column: number): HTMLTableCellElement | undefined {
  let at = 0;
  for (const cell of Array.from(row.cells)) {
    const span = cell.colSpan || 1;
    if (column >= at && column < at + span) return cell;
    at += span;
  }
  return undefined;
}

/**
 * The header cell of the control's own table column: in the nearest row above with no controls
 * and at least two cells (a title row spanning the table is not a column header), when the
 * column has controls in this row only. The text
 * before the table follows in parentheses: "Họ và tên (Về bản thân: Cha, Mẹ, Vợ…)" is a relative's
 * name, not the cadre's.
 */
export function columnHeader(el: Element): string {
  const header = headerCell(el);
  if (!header) return "";
  const table = el.closest("table")!;
  const context = nearbyText(table);
  return context ? `${header} (${context})` : header;
}

function headerCell(el: Element): string {
  const cell = el.closest("td,th") as HTMLTableCellElement | null;
  const row = cell?.parentElement as HTMLTableRowElement | null;
  const table = row?.closest("table");
  if (!cell || !row || !table || row.tagName !== "TR") return "";
  const rows = Array.from(table.rows);
  const column = columnOf(cell);
  // Several rows of controls under one header are a list of records (relatives, courses, posts
  // held): none of them is the cadre's own field.
  const filled = rows.filter((r) => cellAt(r, column)?.querySelector(CONTROLS));
  if (filled.length > 1) return "";
  for (let i = rows.indexOf(row) - 1; i >= 0; i--) {
    const above = rows[i]!;
    if (above.querySelector(CONTROLS)) continue;
    if (above.cells.length < 2) return "";
    const header = cellAt(above, column);
    return header ? textWithoutControls(header).slice(0, MAX_NEARBY) : "";
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
  // A form control knows its labels (for= and wrapping); a role widget is looked up by id.
  const own = (el as HTMLInputElement).labels;
  if (own) {
    for (const label of Array.from(own)) add(textWithoutControls(label), "label");
  } else {
    const id = el.getAttribute("id");
    if (id) {
      for (const label of Array.from(doc.querySelectorAll(`label[for="${CSS.escape(id)}"]`))) {
        add(textWithoutControls(label), "label");
      }
    }
    const wrapping = el.closest("label");
    if (wrapping) add(textWithoutControls(wrapping), "label");
  }
  add(byIds(doc, el.getAttribute("aria-labelledby")), "aria");
  add(clean(el.getAttribute("aria-label")), "aria");
  add(questionHeading(el), "heading");
  add(clean(el.getAttribute("placeholder")), "placeholder");
  add(columnHeader(el), "header");
  if (out.every((l) => l.source === "placeholder" || l.source === "header")) {
    add(textAfter(el), "after");
    add(nearbyText(el), "nearby");
  }
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
  add(columnHeader(first), "header");
  if (out.every((l) => l.source === "header")) {
    // The text before the first option's label (or the option itself).
    const anchor = first.closest("label") ?? first;
    add(nearbyText(group ?? anchor), "nearby");
  }
  return out;
}

/** The text of one option of a group: its label, aria-label, data-value or value. */
export function optionText(el: Element): string {
  // A form control knows its label; a role widget may sit inside one.
  const own = (el as HTMLInputElement).labels ? (el as HTMLInputElement).labels![0] : el.closest("label");
  const named =
    (own && textWithoutControls(own)) ||
    byIds(el.ownerDocument, el.getAttribute("aria-labelledby")) ||
    clean(el.getAttribute("aria-label"));
  if (named) return named;
  // A label written right after the radio without for= (as <input> Nam <input> Nữ).
  const next = el.nextSibling;
  const after =
    next?.nodeType === 3
      ? clean(next.nodeValue)
      : next?.nodeType === 1 && !(next as Element).matches(CONTROLS)
        ? clean(next.textContent)
        : "";
  return (
    after ||
    clean(
      el.getAttribute("data-value") ??
        el.getAttribute("data-answer-value") ??
        (el as HTMLInputElement).value ??
        "",
    )
  );
}
