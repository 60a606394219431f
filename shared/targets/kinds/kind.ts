// What a kind of requirement is made of. Each kind is one module of this folder, with every part
// below; kinds/index.ts puts them in a record keyed by the kind, so that a kind missing a part, or
// a kind of the schema with no module, is a type error.

import type { ColumnTemplate } from "../../templates/types";
import type { TargetSubject } from "../../vocabulary";
import type { z } from "../../zod";
import type { Judge, JudgeContext } from "../judging";

/** A cell of the targets sheet that is missing or wrong, by its column key. */
export interface FieldProblem {
  key: string;
  message: string;
}

export interface RequirementKind<R extends { kind: string }> {
  /** The requirement as data (part of a Target). */
  schema: z.ZodType<R>;
  /** The subjects it can be checked on. */
  subjects: readonly TargetSubject[];
  /** What the "Yêu cầu" column of the targets sheet offers for it: choice key → label. */
  choices: Readonly<Record<string, string>>;
  /** The columns of the targets sheet it reads, besides "Yêu cầu" (a column may be shared by kinds). */
  columns: readonly ColumnTemplate[];
  /** The requirement as its choice and cells of the targets sheet (by column key, values as the model has them). */
  toRow(requirement: R): { choice: string; cells: Record<string, unknown> };
  /** The requirement from its choice and the row's parsed cells, or what is missing or wrong. */
  fromRow(choice: string, cells: Readonly<Record<string, unknown>>): R | FieldProblem[];
  /** How each subject of a target fares (subjects in the listing order of the target's subject). */
  judge(requirement: R, context: JudgeContext): Judge;
}

/** The problem of a column the choice needs, left blank. */
export function needs(key: string, choiceLabel: string): FieldProblem {
  return { key, message: `cần điền khi Yêu cầu là "${choiceLabel}"` };
}
