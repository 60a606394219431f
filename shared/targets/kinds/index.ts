// Every kind of requirement, keyed by its kind: a kind of Requirement with no module, or a module
// missing a part, does not compile. Adding a kind is one module here and one line below.

import type { ColumnTemplate } from "../../templates/types";
import type { Education, LanguageLevel, PoliticalTheory } from "../../vocabulary";
import { z } from "../../zod";
import type { RequirementKind } from "./kind";
import { education, languageLevel, politicalTheory } from "./levels";
import { type NoRequirement, none } from "./none";
import { type SubmissionRequirement, submission } from "./submission";
import { type SuccessionRequirement, succession } from "./succession";
import { type SuccessionDepthRequirement, successionDepth } from "./succession-depth";
import { type SuccessionStandardsRequirement, successionStandards } from "./succession-standards";
import { type TrainingRequirement, training } from "./training";

export type { FieldProblem, RequirementKind } from "./kind";

/** What each counted subject must satisfy. */
export type Requirement =
  | TrainingRequirement
  | { kind: "education"; min: Education }
  | { kind: "politicalTheory"; min: PoliticalTheory }
  | { kind: "languageLevel"; min: LanguageLevel }
  | SubmissionRequirement
  | SuccessionRequirement
  | SuccessionDepthRequirement
  | SuccessionStandardsRequirement
  | NoRequirement;

export type RequirementKindName = Requirement["kind"];

export const requirementKinds: {
  [K in RequirementKindName]: RequirementKind<Extract<Requirement, { kind: K }>>;
} = {
  training,
  education,
  politicalTheory,
  languageLevel,
  submission,
  succession,
  successionDepth,
  successionStandards,
  none,
};

/** The module of a requirement, typed for it. */
export function kindOf<R extends Requirement>(requirement: R): RequirementKind<R> {
  return requirementKinds[requirement.kind] as unknown as RequirementKind<R>;
}

const schemas = Object.values(requirementKinds).map((k) => k.schema);
export const RequirementSchema = z.discriminatedUnion(
  "kind",
  schemas as unknown as [
    z.ZodObject<{ kind: z.ZodLiteral<string> }>,
    ...z.ZodObject<{ kind: z.ZodLiteral<string> }>[],
  ],
) as unknown as z.ZodType<Requirement>;

/** "Yêu cầu" of the targets sheet: every kind's choices, choice key → label. */
export const requirementChoices: Record<string, string> = Object.assign(
  {},
  ...Object.values(requirementKinds).map((k) => k.choices),
);

/** The kind a "Yêu cầu" choice gives. */
export function kindOfChoice(choice: string): RequirementKindName | undefined {
  return (Object.keys(requirementKinds) as RequirementKindName[]).find(
    (k) => choice in requirementKinds[k].choices,
  );
}

/** The columns the kinds add to the targets sheet, each once, in the order of the kinds. */
export const requirementColumns: ColumnTemplate[] = (() => {
  const seen = new Set<string>();
  return Object.values(requirementKinds).flatMap((k) =>
    k.columns.filter((c) => !seen.has(c.key) && seen.add(c.key)),
  );
})();
