// A date asked in parts: "Ngày sinh: [ngày] [tháng] [năm]" as three dropdowns, or
// "Sinh ngày [..] tháng [..] năm [..]" in a CV form. Each part is then labelled by the date it
// belongs to, so matching can give it the day, month or year of that date.
import { cleanLabel, type DatePart, type FormLabel } from "../../../shared/form-match";
import { nearbyText } from "./labels";

const partWords: Record<string, DatePart> = {
  ngay: "day",
  day: "day",
  thang: "month",
  month: "month",
  nam: "year",
  year: "year",
};
const attrWords: Record<string, DatePart> = { ...partWords, dd: "day", mm: "month", yyyy: "year" };

/** The part a control's own label or placeholder names when that is all it says ("Tháng"). */
function ownPart(el: Element, labels: readonly FormLabel[]): DatePart | undefined {
  for (const label of labels) {
    if (label.source === "nearby" || label.source === "header" || label.source === "after") continue;
    const part = partWords[cleanLabel(label.text)];
    if (part) return part;
  }
  for (const attr of ["name", "id"]) {
    const part = attrWords[(el.getAttribute(attr) ?? "").toLowerCase()];
    if (part) return part;
  }
  return undefined;
}

/** The part the text just before a control ends with: "Sinh ngày", "tháng", "năm". */
function trailingPart(text: string): DatePart | undefined {
  const words = cleanLabel(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return partWords[words.at(-1) ?? ""];
}

/** A bare part word or separator: skipped when looking for the date's own label. */
function isFiller(text: string): boolean {
  const key = cleanLabel(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return key === "" || key in partWords;
}

/** The text naming the whole date, before the first part (skipping "Ngày", "/" and the parts). */
function dateLabel(first: Element, group: ReadonlySet<Element>): string {
  let node: Element | null = first;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (sib.nodeType === 3) {
        const text = (sib.nodeValue ?? "").trim();
        if (text && !isFiller(text)) return text;
        continue;
      }
      if (sib.nodeType !== 1) continue;
      const e = sib as Element;
      if (group.has(e) || e.matches("br,script,style")) continue;
      if (e.matches("input,select,textarea") || e.querySelector("input,select,textarea")) return "";
      const text = (e.textContent ?? "").replace(/\s+/g, " ").trim();
      if (text && !isFiller(text)) return text;
    }
  }
  return "";
}

export interface PartCandidate {
  el: Element;
  labels: FormLabel[];
}

/**
 * Finds runs of controls that are the day, month and year of one date (two parts at least, side
 * by side), and returns for each its part and the date's label. Controls not in such a run are
 * not listed.
 */
export function dateParts(
  candidates: readonly PartCandidate[],
): Map<Element, { part: DatePart; labels: FormLabel[] }> {
  const out = new Map<Element, { part: DatePart; labels: FormLabel[] }>();
  // "Sinh ngày [..]": the text before a control without a label of its own may end with a part.
  const named = (labels: readonly FormLabel[]) =>
    labels.some((l) => l.source === "label" || l.source === "aria");
  const parts = candidates.map(
    ({ el, labels }) => ownPart(el, labels) ?? (named(labels) ? undefined : trailingPart(nearbyText(el))),
  );
  const near = (a: Element, b: Element): boolean =>
    a.parentElement === b.parentElement || a.parentElement?.parentElement === b.parentElement?.parentElement;
  let start = 0;
  while (start < candidates.length) {
    let end = start + 1;
    while (
      end < candidates.length &&
      parts[end] !== undefined &&
      parts[start] !== undefined &&
      near(candidates[end - 1]!.el, candidates[end]!.el)
    )
      end++;
    const run = candidates.slice(start, end);
    const runParts = parts.slice(start, end);
    if (run.length >= 2 && new Set(runParts).size === run.length) {
      const group = new Set(run.map((c) => c.el));
      // "Sinh ngày [..]": the text before the day is the date's label itself.
      const before = nearbyText(run[0]!.el);
      const label = isFiller(before) ? dateLabel(run[0]!.el, group) : before;
      if (label) {
        run.forEach((c, i) => {
          out.set(c.el, { part: runParts[i]!, labels: [{ text: label, source: "nearby" }] });
        });
      }
    }
    start = end;
  }
  return out;
}
