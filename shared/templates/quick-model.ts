// The fast path of turning a sheet record into a model object. The cells have already typed each
// value (trimmed text, ISO dates, option keys), so most records only need a look at each field;
// such a record gives the object the zod schema would give (same keys, same order). Anything else
// (a missing or odd field) gives undefined, and the caller parses it with the schema, which words
// the problems. quickFields must follow the schemas in ../model.ts: a test compares both.
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
 * The model object for `candidate` when every field is plainly good (its schema would give the same
 * object), else undefined. Keys not in the schema are left out, as the schema strips them; when the
 * candidate has only schema keys, in the schema's order, it is that object already and is kept.
 */
export function quickModel(id: QuickModelId, candidate: Record<string, unknown>): object | undefined {
  const fields = quickFields[id];
  for (const { key, required, accepts } of fields) {
    const value = candidate[key];
    if (value === undefined) {
      if (required || key in candidate) return undefined;
    } else if (!accepts(value)) return undefined;
  }
  if (hasSchemaOrder(candidate, fields)) return candidate;
  const model: Record<string, unknown> = {};
  for (const { key } of fields) {
    const value = candidate[key];
    if (value !== undefined) model[key] = value;
  }
  return model;
}

/** Every key of `candidate` is a field, in the fields' order. */
function hasSchemaOrder(candidate: Record<string, unknown>, fields: readonly Field[]): boolean {
  let next = 0;
  for (const key in candidate) {
    while (next < fields.length && fields[next]!.key !== key) next++;
    if (next === fields.length) return false;
    next++;
  }
  return true;
}
