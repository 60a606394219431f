// No requirement: every subject the filter counts is reached (e.g. rotations within the period).
import { targetSubjects } from "../../vocabulary";
import { z } from "../../zod";
import { type Judge, YES } from "../judging";
import type { RequirementKind } from "./kind";

const schema = z.object({ kind: z.literal("none") });
export type NoRequirement = z.infer<typeof schema>;

const judge: Judge = { verdict: () => YES, reason: () => "" };

export const none: RequirementKind<NoRequirement> = {
  schema,
  subjects: targetSubjects,
  choices: { none: "Không yêu cầu thêm" },
  columns: [],
  toRow: () => ({ choice: "none", cells: {} }),
  fromRow: () => ({ kind: "none" }),
  judge: () => judge,
};
