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

/** A field's check, and whether the schema needs it. */
interface Field {
  key: string;
  required: boolean;
  accepts: (value: unknown) => boolean;
}

const termPattern = /^\d{4}–\d{4}$/;
/** z.string().trim(): a string that trimming leaves as it is (no need to trim when both ends are visible ASCII). */
const text = (value: unknown): boolean =>
  typeof value === "string" &&
  ((isVisible(value.charCodeAt(0)) && isVisible(value.charCodeAt(value.length - 1))) ||
    value === value.trim());
const isVisible = (code: number): boolean => code > 0x20 && code < 0x7f;
const nonEmptyText = (value: unknown): boolean => text(value) && (value as string).length > 0;
/** The schema's "yyyy-mm-dd" (isoDate in ../model.ts), checked by character code: it runs for every date. */
const isoDate = (value: unknown): boolean => {
  if (typeof value !== "string" || value.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const code = value.charCodeAt(i);
    if (i === 4 || i === 7 ? code !== 0x2d : code < 0x30 || code > 0x39) return false;
  }
  return true;
};
/** The schema's term, already in the form its transform gives ("2025–2030"). */
const term = (value: unknown): boolean => typeof value === "string" && termPattern.test(value);
const email = (value: unknown): boolean => text(value) && emailPattern.test(value as string);
const boolean = (value: unknown): boolean => typeof value === "boolean";
const oneOf = (values: readonly string[]) => {
  const set = new Set<unknown>(values);
  return (value: unknown): boolean => set.has(value);
};
const year = (value: unknown): boolean =>
  typeof value === "number" && Number.isInteger(value) && value >= 1945 && value <= 2200;
const position = oneOfPosition();

function oneOfPosition() {
  const organization = oneOf(organizations);
  const post = oneOf(posts);
  const order = ["organization", "post", "since"];
  return (value: unknown): boolean => {
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
    const shaped = count === 3 ? isoDate(p.since) : count === 2;
    return shaped && organization(p.organization) && post(p.post);
  };
}
const positionList = (value: unknown): boolean => Array.isArray(value) && value.every(position);

const field = <K extends string>(key: K, accepts: Field["accepts"], required = false) => ({
  key,
  required,
  accepts,
});

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
 */
export function quickModels(
  id: QuickModelId,
  columns: Readonly<Record<string, readonly unknown[] | undefined>>,
  at: readonly number[],
): Array<object | undefined> {
  const plain = new Uint8Array(at.length).fill(1);
  const used: Record<string, readonly unknown[]> = {};
  for (const { key, required, accepts } of quickFields[id] as readonly Field[]) {
    const values = columns[key];
    used[key] = values ?? [];
    if (values) checkField(values, at, required, accepts, plain);
    else if (required) plain.fill(0);
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
