// The fast path of turning a sheet's rows into model objects. The cells have already typed each
// value (trimmed text, ISO dates, option keys), so most rows only need a look at each field; such a
// row gives the object the zod schema would give (same keys, same order). Anything else (a missing
// or odd field) is left to the schema, which words the problems. quickFields must follow the schemas
// in ../model.ts: a test compares both.
import {
  digitalSkillLevels,
  educationLevels,
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

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const termPattern = /^\d{4}–\d{4}$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** z.string().trim(): a string that trimming leaves as it is (no need to trim when both ends are visible ASCII). */
const text = (value: unknown): boolean =>
  typeof value === "string" &&
  ((isVisible(value.charCodeAt(0)) && isVisible(value.charCodeAt(value.length - 1))) ||
    value === value.trim());
const isVisible = (code: number): boolean => code > 0x20 && code < 0x7f;
const nonEmptyText = (value: unknown): boolean => text(value) && (value as string).length > 0;
const isoDate = (value: unknown): boolean => typeof value === "string" && isoDatePattern.test(value);
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

const field = (key: string, accepts: Field["accepts"], required = false): Field => ({
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

/**
 * Model objects built straight from a sheet's parsed columns (values by field key, undefined for
 * none), for the rows `at` (indices into the columns). A row whose every field is plainly good gets
 * the object its schema would give (the schema's keys, in its order; other columns are left out, as
 * the schema strips them); any other row gets undefined, for the schema to judge and word.
 * Each field is checked down its column: one check over values of one kind at a time.
 */
export function quickModels(
  id: QuickModelId,
  columns: Readonly<Record<string, readonly unknown[] | undefined>>,
  at: readonly number[],
): Array<object | undefined> {
  const plain = new Uint8Array(at.length).fill(1);
  const used: Array<{ key: string; values: readonly unknown[] }> = [];
  for (const { key, required, accepts } of quickFields[id]) {
    const values = columns[key];
    if (!values) {
      if (required) plain.fill(0);
      continue;
    }
    used.push({ key, values });
    for (let k = 0; k < at.length; k++) {
      const value = values[at[k]!];
      if (value === undefined ? required : !accepts(value)) plain[k] = 0;
    }
  }
  const models = new Array<object | undefined>(at.length);
  for (let k = 0; k < at.length; k++) {
    if (plain[k] === 0) continue;
    const i = at[k]!;
    const model: Record<string, unknown> = {};
    for (let f = 0; f < used.length; f++) {
      const value = used[f]!.values[i];
      if (value !== undefined) model[used[f]!.key] = value;
    }
    models[k] = model;
  }
  return models;
}
