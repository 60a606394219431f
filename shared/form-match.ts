// Matching the fields found on a web form to the fields of an exported payload profile.
// Pure: the extension (and the add-on, if it ever needs it) describe form fields as data.
import { formatDate } from "./dates";
import type { PayloadField } from "./payload";
import { fold } from "./text";

export type FormFieldKind =
  | "text"
  | "textarea"
  | "number"
  | "email"
  | "tel"
  | "date"
  | "select"
  | "radio"
  | "checkbox"
  | "checkboxes";

/** Where a label came from; explicit labels are trusted more than nearby text. */
export type LabelSource = "label" | "aria" | "heading" | "placeholder" | "nearby";

export interface FormLabel {
  text: string;
  source: LabelSource;
}

export interface FormFieldInfo {
  /** Stable within a form (name, id, Google entry…): pins are keyed by it. */
  id: string;
  kind: FormFieldKind;
  labels: FormLabel[];
  /** Option texts for select, radio and checkbox groups, as the form shows them. */
  options?: string[];
  /** The form asks for ISO dates in a text box (placeholder yyyy-mm-dd). */
  isoDateText?: boolean;
}

export type FillValue =
  | { kind: "text"; text: string }
  | { kind: "options"; options: string[] }
  | { kind: "checked"; checked: boolean };

export interface FieldMatch {
  fieldId: string;
  payloadKey: string;
  value: FillValue;
  score: number;
  pinned: boolean;
}

export interface MatchResult {
  matches: FieldMatch[];
  /** Form fields no payload field fits. */
  unmatched: string[];
  /** Payload field keys used by no form field. */
  unused: string[];
}

/** Below this a label is not considered the same question. */
export const MATCH_THRESHOLD = 0.6;

const sourceWeight: Record<LabelSource, number> = {
  label: 1,
  aria: 1,
  heading: 1,
  placeholder: 0.92,
  nearby: 0.88,
};

/** Fold and drop what forms decorate labels with: "*", ":", "(bắt buộc)", numbering "1.". */
export function cleanLabel(label: string): string {
  return fold(label)
    .replace(/\((bat buoc|required)\)/g, " ")
    .replace(/^\s*(\d+|[ivx]+|[a-z])[.)]\s+/, "")
    .replace(/[*:?]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function words(label: string): string[] {
  return cleanLabel(label)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** 1 for the same label, less for a label contained in the other or sharing words, 0 for none. */
export function labelSimilarity(a: string, b: string): number {
  return wordSimilarity(prepare(a), prepare(b));
}

/** A label split into folded words once: matching compares every pair of labels. */
interface Words {
  list: string[];
  set: Set<string>;
  /** " w1 w2 … " so that containment is checked on whole words. */
  padded: string;
  /** Numbers in the label: "Chỉ tiêu T03" and "Chỉ tiêu T04" are different questions. */
  numbers: string;
}

function prepare(label: string): Words {
  const list = words(label);
  // "T01" and "1" are the same number; "T01" and "T02" are not.
  const numbers = list
    .filter((w) => /\d/.test(w))
    .map((w) => w.replace(/\D/g, "").replace(/^0+(?=\d)/, ""))
    .sort();
  return { list, set: new Set(list), padded: ` ${list.join(" ")} `, numbers: numbers.join(" ") };
}

function wordSimilarity(a: Words, b: Words): number {
  if (a.list.length === 0 || b.list.length === 0) return 0;
  if (a.padded === b.padded) return 1;
  if (a.numbers !== b.numbers) return 0;
  const [short, long] = a.list.length <= b.list.length ? [a, b] : [b, a];
  const ratio = short.list.length / long.list.length;
  if (long.padded.includes(short.padded)) return 0.6 + 0.3 * ratio;
  let common = 0;
  for (const w of short.set) if (long.set.has(w)) common++;
  if (common === short.set.size) return 0.55 + 0.3 * ratio;
  return ((2 * common) / (a.set.size + b.set.size)) * 0.8;
}

type PreparedField = Array<{ words: Words; weight: number }>;

function prepareField(field: FormFieldInfo): PreparedField {
  return field.labels.map((l) => ({ words: prepare(l.text), weight: sourceWeight[l.source] }));
}

function preparePayload(payload: PayloadField): Words[] {
  return [payload.label, ...payload.aliases].map(prepare);
}

function preparedScore(field: PreparedField, names: Words[]): number {
  let best = 0;
  for (const label of field) {
    for (const name of names) best = Math.max(best, wordSimilarity(label.words, name) * label.weight);
  }
  return best;
}

/** Best score of a form field's labels against a payload field's label and aliases. */
export function fieldScore(field: FormFieldInfo, payload: PayloadField): number {
  return preparedScore(prepareField(field), preparePayload(payload));
}

/** The form's option whose text is the wanted one, after the fold. */
export function findOption(options: readonly string[], wanted: string): string | undefined {
  const target = cleanLabel(wanted);
  return options.find((option) => cleanLabel(option) === target);
}

const yesWords = ["co", "dung", "yes", "true", "x", "da"];
const noWords = ["khong", "sai", "no", "false", "chua"];

function booleanOption(options: readonly string[], value: boolean): string | undefined {
  const wanted = value ? yesWords : noWords;
  return options.find((option) => wanted.includes(cleanLabel(option)));
}

function asText(payload: PayloadField, field: FormFieldInfo): string {
  switch (payload.type) {
    case "date":
      return field.kind === "date" || field.isoDateText ? payload.value : formatDate(payload.value);
    case "number":
      return String(payload.value);
    case "boolean":
      return payload.value ? "Có" : "Không";
    case "choices":
      return payload.value.join(", ");
    default:
      return payload.value;
  }
}

/** What to put into this form field for this payload field, or undefined when they do not fit. */
export function valueFor(field: FormFieldInfo, payload: PayloadField): FillValue | undefined {
  const options = field.options ?? [];
  switch (field.kind) {
    case "date":
      return payload.type === "date" ? { kind: "text", text: payload.value } : undefined;
    case "number":
      return payload.type === "number" ? { kind: "text", text: String(payload.value) } : undefined;
    case "email":
    case "tel":
      return payload.type === "text" ? { kind: "text", text: payload.value } : undefined;
    case "text":
    case "textarea":
      return { kind: "text", text: asText(payload, field) };
    case "checkbox":
      return payload.type === "boolean" ? { kind: "checked", checked: payload.value } : undefined;
    case "checkboxes": {
      if (payload.type !== "choices") return undefined;
      const found = payload.value.map((v) => findOption(options, v));
      return found.every((o) => o !== undefined)
        ? { kind: "options", options: found as string[] }
        : undefined;
    }
    case "select":
    case "radio": {
      if (payload.type === "choices") return undefined;
      const option =
        payload.type === "boolean"
          ? booleanOption(options, payload.value)
          : findOption(options, payload.type === "date" ? formatDate(payload.value) : String(payload.value));
      return option === undefined ? undefined : { kind: "options", options: [option] };
    }
  }
}

/**
 * Pair form fields with payload fields: pins first, then the best label scores, each side used
 * once. `pins` maps a form field id to a payload key for this form.
 */
export function matchFields(
  fields: readonly FormFieldInfo[],
  payload: readonly PayloadField[],
  pins: Readonly<Record<string, string>> = {},
): MatchResult {
  const byKey = new Map(payload.map((p) => [p.key, p]));
  const usedFields = new Set<string>();
  const usedKeys = new Set<string>();
  const matches: FieldMatch[] = [];

  for (const field of fields) {
    const key = pins[field.id];
    const pinned = key === undefined ? undefined : byKey.get(key);
    if (!pinned || usedFields.has(field.id)) continue;
    const value = valueFor(field, pinned);
    if (!value) continue;
    matches.push({ fieldId: field.id, payloadKey: pinned.key, value, score: 1, pinned: true });
    usedFields.add(field.id);
    usedKeys.add(pinned.key);
  }

  // Labels with different numbers never match, so payload names are bucketed by their numbers:
  // a form of 300 numbered targets compares each label with one name, not 300.
  const buckets = new Map<string, Array<{ index: number; words: Words }>>();
  payload.forEach((p, index) => {
    for (const words of preparePayload(p)) {
      const bucket = buckets.get(words.numbers) ?? [];
      bucket.push({ index, words });
      buckets.set(words.numbers, bucket);
    }
  });
  const candidates: Array<{ field: FormFieldInfo; order: number; payload: PayloadField; score: number }> = [];
  fields.forEach((field, order) => {
    if (usedFields.has(field.id)) return;
    const best = new Map<number, number>();
    for (const label of prepareField(field)) {
      for (const { index, words } of buckets.get(label.words.numbers) ?? []) {
        const score = wordSimilarity(label.words, words) * label.weight;
        if (score > (best.get(index) ?? 0)) best.set(index, score);
      }
    }
    for (const [index, score] of best) {
      const p = payload[index]!;
      if (score < MATCH_THRESHOLD || usedKeys.has(p.key)) continue;
      candidates.push({ field, order, payload: p, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  for (const { field, payload: p, score } of candidates) {
    if (usedFields.has(field.id) || usedKeys.has(p.key)) continue;
    const value = valueFor(field, p);
    if (!value) continue;
    matches.push({ fieldId: field.id, payloadKey: p.key, value, score, pinned: false });
    usedFields.add(field.id);
    usedKeys.add(p.key);
  }

  const order = new Map(fields.map((f, i) => [f.id, i]));
  matches.sort((a, b) => (order.get(a.fieldId) ?? 0) - (order.get(b.fieldId) ?? 0));
  return {
    matches,
    unmatched: fields.filter((f) => !usedFields.has(f.id)).map((f) => f.id),
    unused: payload.filter((p) => !usedKeys.has(p.key)).map((p) => p.key),
  };
}
