// The fast path of turning a sheet's rows into model objects. The cells have already typed each
// value (trimmed text, ISO dates, option keys), so most rows only need a look at each field; such a
// row gives the object the zod schema would give (same keys in the same order, with a blank optional
// field present as undefined). Anything else (a missing or odd field) is left to the schema, which
// words the problems. quickFields must follow the schemas in ../model.ts: a test compares both.
import {
  digitalSkillLevels,
  educationLevels,
  emailPattern,
  genders,
  languageLevels,
  organizations,
  politicalTheoryLevels,
  posts,
  reviewRatings,
  rotationKinds,
  sectors,
  successionStatuses,
  trainingKinds,
} from "../model";
import { choiceValues } from "./cells";
import type { ColumnTemplate, ColumnType, SheetTemplate } from "./types";

/** A field's check, whether the schema needs it, and the columns whose cells always pass the check. */
export interface Field {
  key: string;
  required: boolean;
  accepts: (value: unknown) => boolean;
  /**
   * True for a column whose cell rule (cells.ts) gives only values that `accepts` takes: its values
   * need no second look. A test holds each of these to the cell rules.
   */
  passedBy: (column: ColumnTemplate) => boolean;
}

type Check = Pick<Field, "accepts" | "passedBy">;

const noColumn = (): boolean => false;
const columnOf =
  (...types: ColumnType[]) =>
  (column: ColumnTemplate): boolean =>
    types.includes(column.type);

const termPattern = /^\d{4}–\d{4}$/;
/** z.string().trim(): a string that trimming leaves as it is (no need to trim when both ends are visible ASCII). */
const isText = (value: unknown): boolean =>
  typeof value === "string" &&
  ((isVisible(value.charCodeAt(0)) && isVisible(value.charCodeAt(value.length - 1))) ||
    value === value.trim());
const isVisible = (code: number): boolean => code > 0x20 && code < 0x7f;
// A text cell gives trimmed text with single spaces; a phone cell gives digits.
const text: Check = { accepts: isText, passedBy: columnOf("text", "phone") };
const nonEmptyText: Check = {
  accepts: (value) => isText(value) && (value as string).length > 0,
  passedBy: columnOf("text", "phone"),
};
/** The schema's "yyyy-mm-dd" (isoDate in ../model.ts), checked by character code: it runs for every date. */
const isoDate: Check = {
  accepts: (value) => {
    if (typeof value !== "string" || value.length !== 10) return false;
    for (let i = 0; i < 10; i++) {
      const code = value.charCodeAt(i);
      if (i === 4 || i === 7 ? code !== 0x2d : code < 0x30 || code > 0x39) return false;
    }
    return true;
  },
  passedBy: columnOf("date"),
};
/** The schema's term, already in the form its transform gives ("2025–2030"). */
const term: Check = {
  accepts: (value) => typeof value === "string" && termPattern.test(value),
  passedBy: columnOf("term"),
};
const email: Check = {
  accepts: (value) => isText(value) && emailPattern.test(value as string),
  passedBy: columnOf("email"),
};
const boolean: Check = { accepts: (value) => typeof value === "boolean", passedBy: columnOf("boolean") };
const oneOf = (values: readonly string[]): Check => {
  const set = new Set<unknown>(values);
  return {
    accepts: (value) => set.has(value),
    // A choice column gives one of its keys: all of them must be values here.
    passedBy: (column) => column.type === "choice" && [...choiceValues(column)].every((v) => set.has(v)),
  };
};
const year: Check = {
  accepts: (value) => typeof value === "number" && Number.isInteger(value) && value >= 1945 && value <= 2200,
  passedBy: noColumn,
};
const positionList: Check = { accepts: isPositionList(), passedBy: noColumn };

function isPositionList() {
  const organization = oneOf(organizations).accepts;
  const post = oneOf(posts).accepts;
  const order = ["organization", "post", "since"];
  const position = (value: unknown): boolean => {
    // A plain object (as addPositions makes) whose keys are the schema's, in its order: kept as it is.
    if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype) {
      return false;
    }
    const p = value as Record<string, unknown>;
    let count = 0;
    for (const key in p) {
      if (key !== order[count]) return false;
      count++;
    }
    const shaped = count === 3 ? isoDate.accepts(p.since) : count === 2;
    return shaped && organization(p.organization) && post(p.post);
  };
  return (value: unknown): boolean => Array.isArray(value) && value.every(position);
}

const field = <K extends string>(key: K, check: Check, required = false) => ({ key, required, ...check });

/** The fields of each model, in the order of its schema's keys. */
export const quickFields = {
  units: [
    field("name", nonEmptyText, true),
    field("level", nonEmptyText, true),
    field("sector", oneOf(sectors)),
    field("parent", text),
    field("notes", text),
  ],
  cadres: [
    field("id", nonEmptyText, true),
    field("fullName", nonEmptyText, true),
    field("dateOfBirth", isoDate),
    field("gender", oneOf(genders)),
    field("unit", nonEmptyText, true),
    field("positions", positionList, true),
    field("fullTime", boolean),
    field("education", oneOf(educationLevels)),
    field("politicalTheory", oneOf(politicalTheoryLevels)),
    field("languageLevel", oneOf(languageLevels)),
    field("digitalSkills", oneOf(digitalSkillLevels)),
    field("partyMember", boolean),
    field("phone", text),
    field("email", email),
    field("notes", text),
  ],
  trainings: [
    field("cadreId", nonEmptyText, true),
    field("kind", oneOf(trainingKinds), true),
    field("title", nonEmptyText, true),
    field("startDate", isoDate, true),
    field("endDate", isoDate),
    field("result", text),
    field("certificate", text),
  ],
  successions: [
    field("cadreId", nonEmptyText, true),
    field("unit", nonEmptyText, true),
    field("post", oneOf(posts), true),
    field("term", term, true),
    field("status", oneOf(successionStatuses), true),
    field("notes", text),
  ],
  rotations: [
    field("cadreId", nonEmptyText, true),
    field("kind", oneOf(rotationKinds), true),
    field("fromUnit", text),
    field("fromPost", oneOf(posts)),
    field("toUnit", nonEmptyText, true),
    field("toPost", oneOf(posts)),
    field("date", isoDate, true),
    field("notes", text),
  ],
  reviews: [
    field("cadreId", nonEmptyText, true),
    field("year", year, true),
    field("rating", oneOf(reviewRatings), true),
    field("notes", text),
  ],
  submissions: [
    field("unit", nonEmptyText, true),
    field("document", nonEmptyText, true),
    field("deadline", isoDate, true),
    field("received", isoDate),
    field("notes", text),
  ],
} satisfies Record<string, Field[]>;

export type QuickModelId = keyof typeof quickFields;

/** A model's parsed columns by field key; a column not in the sheet is an empty list. */
type Columns<Id extends QuickModelId> = Record<(typeof quickFields)[Id][number]["key"], readonly unknown[]>;

/**
 * Each model's object from row i of its columns, with every key of its schema in the schema's order
 * (undefined for a blank optional field). One literal per model gives every object of the model one
 * shape: the engine reads such objects faster, and the garbage collector moves them in one piece.
 * A test checks these keys against quickFields.
 */
export const quickBuilders: { [Id in QuickModelId]: (c: Columns<Id>, i: number) => object } = {
  units: (c, i) => ({
    name: c.name[i],
    level: c.level[i],
    sector: c.sector[i],
    parent: c.parent[i],
    notes: c.notes[i],
  }),
  cadres: (c, i) => ({
    id: c.id[i],
    fullName: c.fullName[i],
    dateOfBirth: c.dateOfBirth[i],
    gender: c.gender[i],
    unit: c.unit[i],
    positions: c.positions[i],
    fullTime: c.fullTime[i],
    education: c.education[i],
    politicalTheory: c.politicalTheory[i],
    languageLevel: c.languageLevel[i],
    digitalSkills: c.digitalSkills[i],
    partyMember: c.partyMember[i],
    phone: c.phone[i],
    email: c.email[i],
    notes: c.notes[i],
  }),
  trainings: (c, i) => ({
    cadreId: c.cadreId[i],
    kind: c.kind[i],
    title: c.title[i],
    startDate: c.startDate[i],
    endDate: c.endDate[i],
    result: c.result[i],
    certificate: c.certificate[i],
  }),
  successions: (c, i) => ({
    cadreId: c.cadreId[i],
    unit: c.unit[i],
    post: c.post[i],
    term: c.term[i],
    status: c.status[i],
    notes: c.notes[i],
  }),
  rotations: (c, i) => ({
    cadreId: c.cadreId[i],
    kind: c.kind[i],
    fromUnit: c.fromUnit[i],
    fromPost: c.fromPost[i],
    toUnit: c.toUnit[i],
    toPost: c.toPost[i],
    date: c.date[i],
    notes: c.notes[i],
  }),
  reviews: (c, i) => ({ cadreId: c.cadreId[i], year: c.year[i], rating: c.rating[i], notes: c.notes[i] }),
  submissions: (c, i) => ({
    unit: c.unit[i],
    document: c.document[i],
    deadline: c.deadline[i],
    received: c.received[i],
    notes: c.notes[i],
  }),
};

/**
 * Model objects built straight from a sheet's parsed columns (values by field key, undefined for
 * none), for the rows `at` (indices into the columns). A row whose every field is plainly good gets
 * the object its schema would give, built by quickBuilders (other columns are left out, as the
 * schema strips them); any other row gets undefined, for the schema to judge and word.
 * Each field is checked down its column: one check over values of one kind at a time.
 * With `sheet`, the rows `at` are rows whose every cell its column's rule took: a field whose
 * column passes its check (Field.passedBy), and is required when the field is, is not checked again.
 */
export function quickModels(
  id: QuickModelId,
  columns: Readonly<Record<string, readonly unknown[] | undefined>>,
  at: readonly number[],
  sheet?: SheetTemplate,
): Array<object | undefined> {
  const plain = new Uint8Array(at.length).fill(1);
  const used: Record<string, readonly unknown[]> = {};
  for (const { key, required, accepts, passedBy } of quickFields[id] as readonly Field[]) {
    const values = columns[key];
    used[key] = values ?? [];
    const column = sheet?.columns.find((c) => c.key === key);
    const passed = values && column && (column.required || !required) && passedBy(column);
    if (values && !passed) checkField(values, at, required, accepts, plain);
    else if (!values && required) plain.fill(0);
  }
  return buildModels(quickBuilders[id] as Builder, used, at, plain);
}

type Builder = (c: Record<string, readonly unknown[]>, i: number) => object;

// The loops over rows are functions of their own: they stay compiled from one field or model to
// the next, while the code around them meets a new key each time.

/** Marks in `plain` (0) the rows `at` whose value of a field the field does not accept. */
function checkField(
  values: readonly unknown[],
  at: readonly number[],
  required: boolean,
  accepts: Field["accepts"],
  plain: Uint8Array,
): void {
  for (let k = 0; k < at.length; k++) {
    const value = values[at[k]!];
    if (value === undefined ? required : !accepts(value)) plain[k] = 0;
  }
}

/** The model of each plain row of `at`, undefined for the others. */
function buildModels(
  build: Builder,
  columns: Record<string, readonly unknown[]>,
  at: readonly number[],
  plain: Uint8Array,
): Array<object | undefined> {
  const models = new Array<object | undefined>(at.length);
  for (let k = 0; k < at.length; k++) if (plain[k] === 1) models[k] = build(columns, at[k]!);
  return models;
}
