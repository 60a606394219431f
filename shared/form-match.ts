// Matching the fields found on a web form to the fields of an exported payload profile.
// Pure: the extension (and the add-on, if it ever needs it) describe form fields as data.
// A wrong fill costs more than a miss: when in doubt, a field is left for the user.
import { formatDate } from "./dates";
import { labelSynonyms, valueSynonyms } from "./form-synonyms";
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

/**
 * Where a label came from; explicit labels are trusted more than nearby text. "header" is the
 * header cell of the field's own table column; "after" is text after the field in its wrapper
 * (floating labels).
 */
export type LabelSource = "label" | "aria" | "heading" | "header" | "placeholder" | "after" | "nearby";

export interface FormLabel {
  text: string;
  source: LabelSource;
}

/** How a text box wants a date: dd/mm/yyyy (the default in Vietnam), yyyy-mm-dd, mm/dd/yyyy. */
export type DateFormat = "dmy" | "iso" | "mdy";

/** One part of a date the form asks in separate fields (Ngày / Tháng / Năm). */
export type DatePart = "day" | "month" | "year";

export interface FormFieldInfo {
  /** Stable within a form (name, id, Google entry…): pins are keyed by it. */
  id: string;
  kind: FormFieldKind;
  labels: FormLabel[];
  /** Option texts for select, radio and checkbox groups, as the form shows them. */
  options?: string[];
  /** The date format a text box asks for, when its label or placeholder says. */
  dateFormat?: DateFormat;
  /** The field is one part of a date; its labels then name the whole date ("Ngày sinh"). */
  datePart?: DatePart;
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
  header: 0.95,
  placeholder: 0.92,
  after: 0.9,
  nearby: 0.88,
};

// ---------------------------------------------------------------------------------------------
// Labels as words.

/**
 * Outline numbering of any shape before a label: "15.3)", "5.", "6,", "15.3 ", "II.", "a)", "(2)",
 * "Câu 3:". It must be followed by a word, so "09.03.1995" or "12/12" are left whole.
 */
const outlineNumber =
  /^\s*(?:cau\s+\d+\s*[.:)]|\(\s*(?:\d+|[ivx]+|[a-z])\s*\)|\d+(?:\.\d+)+\s|\d+(?:\.\d+)*\s*[.),]|[ivx]+\s*[.)]|[a-z]\s*\)|[a-z]\.(?=\s))\s*(?=[a-z(])/;

/** Date format hints in labels and placeholders: "(dd/mm/yyyy)", "(ngày/tháng/năm)". */
const formatHints = [
  /\(?\s*\b(?:dd|mm|yyyy)\s*[/.-]\s*(?:dd|mm|yyyy)\s*[/.-]\s*(?:dd|mm|yyyy|yy)\b\s*\)?/g,
  /\(\s*ngay\s*[/.-]\s*thang\s*[/.-]\s*nam\s*\)/g,
];

/** The date format a label or placeholder asks for, if it says. */
export function dateFormatOf(text: string): DateFormat | undefined {
  const folded = fold(text);
  if (/\byyyy\s*-\s*mm\s*-\s*dd\b/.test(folded)) return "iso";
  if (/\bmm\s*[/.-]\s*dd\s*[/.-]\s*yyyy\b/.test(folded)) return "mdy";
  if (/\b(?:dd\s*[/.-]\s*mm\s*[/.-]\s*yy(?:yy)?|ngay\s*[/.-]\s*thang\s*[/.-]\s*nam)\b/.test(folded))
    return "dmy";
  return undefined;
}

/**
 * Fold and drop what forms decorate labels with: "*", ":", "(bắt buộc)", a date format hint,
 * and outline numbering of any shape ("15.3)", "5.", "II.", "a)"). Numbers inside a label stay.
 */
export function cleanLabel(label: string): string {
  let text = fold(label)
    .replace(/\((bat buoc|required)\)/g, " ")
    .replace(/[*?]/g, " ")
    .trim();
  // Numbering may be repeated ("II. 1) ..."), and sit before or after a colon.
  for (let i = 0; i < 3; i++) {
    const next = text.replace(outlineNumber, "");
    if (next === text) break;
    text = next;
  }
  for (const hint of formatHints) text = text.replace(hint, " ");
  return text.replace(/:/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * The key two spellings of a word share: i and y after a consonant are one letter in Vietnamese
 * spelling (Thạc sĩ / Thạc sỹ, lý / lí, kỹ / kĩ).
 */
function spellWord(word: string): string {
  return /^[bcdghklmnpqrstvx]+y$/.test(word) ? `${word.slice(0, -1)}i` : word;
}

function words(label: string): string[] {
  return cleanLabel(label)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(spellWord);
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
  // "T01" and "1" are the same number; "T01" and "T02" are not. Numbers in parentheses are
  // hints ("Số CCCD (12 số)"), not part of the question.
  const numbers = (label.includes("(") ? words(label.replace(/\([^)]*\)/g, " ")) : list)
    .filter((w) => /\d/.test(w))
    .map((w) => w.replace(/\D/g, "").replace(/^0+(?=\d)/, ""))
    .sort();
  return { list, set: new Set(list), padded: ` ${list.join(" ")} `, numbers: numbers.join(" ") };
}

/** Words that may stand before a label's head noun without changing what is asked. */
const lightWords = new Set(["so", "dia", "chi", "trinh", "do", "thong", "tin", "ten", "la", "cua", "ban"]);

/**
 * Words that make a label ask about someone else ("Họ và tên cha", "Ngày sinh của mẹ", "Họ tên
 * bố"); "bộ" of "cán bộ" folds to the same "bo" as "bố" and is not one of them.
 */
const otherPerson =
  / (?:cha|me|vo|chong|con|anh chi em|nguoi than|gioi thieu|bao lanh|giam ho|chu ho|nguoi lien he) |(?<! can) bo /;

/** Words that make a longer label ask for something else ("Phụ cấp chức vụ", "Nơi cấp CCCD"). */
const otherThing = [
  " phu cap ",
  " he so ",
  " luong ",
  " noi cap ",
  " ngay cap ",
  " pho thong ",
  " het han ",
  // A history (work, training): its rows are past entries, never the cadre's present field.
  " qua trinh ",
  " lich su ",
];

/** A label naming someone else anywhere ("Ngày sinh" with placeholder "Ngày sinh của cha"). */
function namesSomeoneElse(words: Words): boolean {
  return otherPerson.test(words.padded);
}

function head(list: readonly string[]): string | undefined {
  return list.find((w) => !lightWords.has(w));
}

/**
 * A shorter label found inside a longer one means the same only when the longer one keeps its
 * head noun ("Phụ cấp chức vụ" is an allowance, not a post) and names no one and nothing else.
 */
function sameQuestion(short: Words, long: Words): boolean {
  if (head(short.list) !== head(long.list)) return false;
  if (otherPerson.test(long.padded) && !otherPerson.test(short.padded)) return false;
  for (const phrase of otherThing) {
    if (long.padded.includes(phrase) && !short.padded.includes(phrase)) return false;
  }
  return true;
}

function wordSimilarity(a: Words, b: Words): number {
  if (a.list.length === 0 || b.list.length === 0) return 0;
  if (a.padded === b.padded) return 1;
  if (a.numbers !== b.numbers) return 0;
  const [short, long] = a.list.length <= b.list.length ? [a, b] : [b, a];
  const ratio = short.list.length / long.list.length;
  if (long.padded.includes(short.padded)) return sameQuestion(short, long) ? 0.6 + 0.3 * ratio : 0;
  let common = 0;
  for (const w of short.set) if (long.set.has(w)) common++;
  if (common === short.set.size) return sameQuestion(short, long) ? 0.55 + 0.3 * ratio : 0;
  return ((2 * common) / (a.set.size + b.set.size)) * 0.8;
}

/** 1 for the same label, less for a label contained in the other or sharing words, 0 for none. */
export function labelSimilarity(a: string, b: string): number {
  return wordSimilarity(prepare(a), prepare(b));
}

// ---------------------------------------------------------------------------------------------
// Payload names: label, aliases, the synonym table, and "Năm sinh" for the year of "Ngày sinh".

interface Name {
  words: Words;
  /** Set when this name asks for one part of a date payload ("Năm sinh"). */
  part?: DatePart;
}

function namesOf(payload: PayloadField): Name[] {
  const texts = [payload.label, ...payload.aliases, ...(labelSynonyms[payload.key] ?? [])];
  const names: Name[] = [];
  const seen = new Set<string>();
  const add = (words: Words, part?: DatePart): void => {
    const key = `${part ?? ""}${words.padded}`;
    if (words.list.length === 0 || seen.has(key)) return;
    seen.add(key);
    names.push(part ? { words, part } : { words });
  };
  for (const text of texts) {
    const words = prepare(text);
    add(words);
    // "Ngày sinh" → "Năm sinh", "Ngày vào Đoàn" → "Năm vào Đoàn": the year alone.
    if (payload.type === "date" && words.list[0] === "ngay" && words.list[1] !== "thang") {
      add(prepare(`nam ${words.list.slice(1).join(" ")}`), "year");
    }
  }
  return names;
}

type PreparedField = Array<{ words: Words; weight: number }>;

function prepareField(field: FormFieldInfo): PreparedField {
  return field.labels.map((l) => ({ words: prepare(l.text), weight: sourceWeight[l.source] }));
}

/** Best score of a form field's labels against a payload field's names. */
export function fieldScore(field: FormFieldInfo, payload: PayloadField): number {
  let best = 0;
  const names = namesOf(payload);
  for (const label of prepareField(field)) {
    for (const name of names) best = Math.max(best, wordSimilarity(label.words, name.words) * label.weight);
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Options: the form's option that means the wanted value.

/** A value or option as compared: folded, numbering and decoration dropped, i/y unified. */
function optionKey(text: string): string {
  return words(text).join(" ");
}

/** The same without parenthesised extras: "Đại học (chính quy)" → "dai hoc". */
function bareKey(text: string): string {
  return optionKey(text.replace(/\([^)]*\)/g, " "));
}

const synonymGroup = new Map<string, number>();
valueSynonyms.forEach((group, index) => {
  for (const text of group) synonymGroup.set(optionKey(text), index);
});

const cefrLevels = ["a1", "a2", "b1", "b2", "c1", "c2"];

/**
 * The level a text names on the 6-level scale: "B1" and "bậc 3" are both 3. Undefined when it
 * names none, or two that disagree.
 */
export function levelOf(text: string): number | undefined {
  const folded = fold(text);
  const found = new Set<number>();
  for (const m of folded.matchAll(/\b([abc][12])\b/g)) found.add(cefrLevels.indexOf(m[1]!) + 1);
  for (const m of folded.matchAll(/\bbac\s*([1-6])\b/g)) found.add(Number(m[1]));
  return found.size === 1 ? [...found][0] : undefined;
}

/** The one number an option says ("05", "Tháng 5", "Năm 1995"), if it says exactly one. */
function numberOf(text: string): number | undefined {
  const numbers = fold(text).match(/\d+/g);
  return numbers?.length === 1 ? Number(numbers[0]) : undefined;
}

/** The only item of a list, or undefined when there are none or several. */
function only<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/**
 * The form's option that means the wanted value: the same text (case, tones and i/y aside), the
 * same without parenthesised extras, a synonym ("Đại học" ↔ "Cử nhân"), the same level
 * ("B1" ↔ "Tiếng Anh B1 (bậc 3/6)") or the same number ("5" ↔ "Tháng 05"). Each step must find
 * exactly one option: two candidates leave the field for the user.
 */
export function findOption(options: readonly string[], wanted: string): string | undefined {
  const key = optionKey(wanted);
  if (key === "") return undefined;
  const exact = options.find((o) => optionKey(o) === key);
  if (exact !== undefined) return exact;
  const bare = bareKey(wanted);
  const byBare = only(options.filter((o) => bareKey(o) === bare));
  if (byBare !== undefined) return byBare;
  const group = synonymGroup.get(key) ?? synonymGroup.get(bare);
  if (group !== undefined) {
    const bySynonym = only(
      options.filter((o) => (synonymGroup.get(optionKey(o)) ?? synonymGroup.get(bareKey(o))) === group),
    );
    if (bySynonym !== undefined) return bySynonym;
  }
  const level = levelOf(wanted);
  if (level !== undefined) {
    const byLevel = only(options.filter((o) => levelOf(o) === level));
    if (byLevel !== undefined) return byLevel;
  }
  if (/^\d+$/.test(key)) return only(options.filter((o) => numberOf(o) === Number(key)));
  return undefined;
}

const yesWords = ["co", "dung", "yes", "true", "x", "da"];
const noWords = ["khong", "sai", "no", "false", "chua"];

function booleanOption(options: readonly string[], value: boolean): string | undefined {
  const wanted = value ? yesWords : noWords;
  return only(options.filter((option) => wanted.includes(cleanLabel(option))));
}

// ---------------------------------------------------------------------------------------------
// Values.

function datePartOf(iso: string, part: DatePart): string {
  return part === "year" ? iso.slice(0, 4) : part === "month" ? iso.slice(5, 7) : iso.slice(8, 10);
}

function formatAs(iso: string, format: DateFormat | undefined): string {
  if (format === "iso") return iso;
  if (format === "mdy") return `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
  return formatDate(iso);
}

function asText(payload: PayloadField, field: FormFieldInfo): string {
  switch (payload.type) {
    case "date":
      return field.kind === "date" ? payload.value : formatAs(payload.value, field.dateFormat);
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

/** The one option a list of values chooses: the only value the form offers. */
function choiceAmong(options: readonly string[], values: readonly string[]): string | undefined {
  const found = values.map((v) => findOption(options, v)).filter((o): o is string => o !== undefined);
  return only([...new Set(found)]);
}

/**
 * What to put into this form field for this payload field, or undefined when they do not fit.
 * `part` asks for one part of a date (the field is "Năm sinh", or a Ngày / Tháng / Năm box).
 */
export function valueFor(
  field: FormFieldInfo,
  payload: PayloadField,
  part: DatePart | undefined = field.datePart,
): FillValue | undefined {
  const options = field.options ?? [];
  if (part) {
    if (payload.type !== "date") return undefined;
    const text = datePartOf(payload.value, part);
    switch (field.kind) {
      case "text":
      case "number":
        return { kind: "text", text: field.kind === "number" ? String(Number(text)) : text };
      case "select":
      case "radio": {
        const option = findOption(options, text);
        return option === undefined ? undefined : { kind: "options", options: [option] };
      }
      default:
        return undefined;
    }
  }
  switch (field.kind) {
    case "date":
      return payload.type === "date" ? { kind: "text", text: payload.value } : undefined;
    case "number":
      // A phone number typed into a number box keeps its leading zero: the box holds text.
      if (payload.type === "text" && /^\d+$/.test(payload.value))
        return { kind: "text", text: payload.value };
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
      if (payload.type !== "choices" && payload.type !== "choice") return undefined;
      const values = payload.type === "choices" ? payload.value : [payload.value];
      const found = values.map((v) => findOption(options, v));
      return found.length > 0 && found.every((o) => o !== undefined)
        ? { kind: "options", options: [...new Set(found as string[])] }
        : undefined;
    }
    case "select":
    case "radio": {
      const option =
        payload.type === "boolean"
          ? booleanOption(options, payload.value)
          : payload.type === "choices"
            ? choiceAmong(options, payload.value)
            : findOption(
                options,
                payload.type === "date" ? formatDate(payload.value) : String(payload.value),
              );
      return option === undefined ? undefined : { kind: "options", options: [option] };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Pairing.

/**
 * Pair form fields with payload fields: pins first, then the best label scores, each side used
 * once (a date may also fill one field per part: Ngày, Tháng, Năm). `pins` maps a form field id
 * to a payload key for this form.
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
  const use = (key: string, part: DatePart | undefined): string => (part ? `${key}#${part}` : key);

  for (const field of fields) {
    const key = pins[field.id];
    const pinned = key === undefined ? undefined : byKey.get(key);
    if (!pinned || usedFields.has(field.id)) continue;
    const value = valueFor(field, pinned);
    if (!value) continue;
    matches.push({ fieldId: field.id, payloadKey: pinned.key, value, score: 1, pinned: true });
    usedFields.add(field.id);
    usedKeys.add(use(pinned.key, field.datePart));
  }

  // Labels with different numbers never match, so payload names are bucketed by their numbers:
  // a form of 300 numbered targets compares each label with one name, not 300.
  const buckets = new Map<string, Array<{ index: number; name: Name }>>();
  payload.forEach((p, index) => {
    for (const name of namesOf(p)) {
      const bucket = buckets.get(name.words.numbers) ?? [];
      bucket.push({ index, name });
      buckets.set(name.words.numbers, bucket);
    }
  });
  interface Candidate {
    field: FormFieldInfo;
    order: number;
    payload: PayloadField;
    score: number;
    part: DatePart | undefined;
  }
  const candidates: Candidate[] = [];
  fields.forEach((field, order) => {
    if (usedFields.has(field.id)) return;
    const labels = prepareField(field);
    // Any of its labels about someone else (a placeholder "of the father"): not the cadre's field.
    if (labels.some((l) => namesSomeoneElse(l.words))) return;
    const best = new Map<number, { score: number; part: DatePart | undefined }>();
    for (const label of labels) {
      for (const { index, name } of buckets.get(label.words.numbers) ?? []) {
        // A Ngày / Tháng / Năm box is named by its date; "Năm sinh" asks for the year.
        if (field.datePart && name.part) continue;
        const score = wordSimilarity(label.words, name.words) * label.weight;
        if (score > (best.get(index)?.score ?? 0))
          best.set(index, { score, part: field.datePart ?? name.part });
      }
    }
    for (const [index, { score, part }] of best) {
      const p = payload[index]!;
      if (score < MATCH_THRESHOLD || usedKeys.has(use(p.key, part))) continue;
      candidates.push({ field, order, payload: p, score, part });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  // A date asked in parts is given whole or not at all: a day without its year is no answer.
  const partsLeft = new Set<string>();
  for (const { field, payload: p, part } of candidates) {
    if (!field.datePart || usedFields.has(field.id) || usedKeys.has(use(p.key, part))) continue;
    if (!valueFor(field, p, part)) partsLeft.add(p.key);
  }
  for (const { field, payload: p, score, part } of candidates) {
    if (usedFields.has(field.id) || usedKeys.has(use(p.key, part))) continue;
    if (field.datePart && partsLeft.has(p.key)) continue;
    const value = valueFor(field, p, part);
    if (!value) continue;
    matches.push({ fieldId: field.id, payloadKey: p.key, value, score, pinned: false });
    usedFields.add(field.id);
    usedKeys.add(use(p.key, part));
  }

  const order = new Map(fields.map((f, i) => [f.id, i]));
  matches.sort((a, b) => (order.get(a.fieldId) ?? 0) - (order.get(b.fieldId) ?? 0));
  const usedPayload = new Set(matches.map((m) => m.payloadKey));
  return {
    matches,
    unmatched: fields.filter((f) => !usedFields.has(f.id)).map((f) => f.id),
    unused: payload.filter((p) => !usedPayload.has(p.key)).map((p) => p.key),
  };
}
