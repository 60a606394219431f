// The targets sheet: one flat row per Target, so staff add, edit or drop targets with dropdowns.
// The requirement's columns are its kind's (targets/kinds/). targetToRecord and recordToTarget are
// exact inverses for every valid Target.
import { type FullTimeStatus, type Target, type TargetFilter, TargetSchema } from "../model";
import {
  type FieldProblem,
  kindOf,
  kindOfChoice,
  requirementChoices,
  requirementKinds,
} from "../targets/kinds";
import type { fullTimeChoices, measureChoices } from "./definitions";

/** Filter fields sit in columns of the same name (fullTime through fullTimeChoices). */
const filterKeys = [
  "posts",
  "organizations",
  "newlyAssigned",
  "levels",
  "sectors",
  "unitNameContains",
  "fromPosts",
  "fromUnitNameContains",
  "rotationKinds",
] as const satisfies ReadonlyArray<keyof TargetFilter>;

/** The statuses each choice of the "Chuyên trách" column counts. */
const fullTimeOfChoice: Record<keyof typeof fullTimeChoices, FullTimeStatus[]> = {
  fullTime: ["fullTime"],
  fullOrPartTime: ["fullTime", "partTime"],
  partTime: ["partTime"],
  notFullTime: ["partTime", "notFullTime"],
};

function fullTimeChoiceOf(statuses: readonly FullTimeStatus[]): keyof typeof fullTimeChoices | undefined {
  const key = [...statuses].sort().join(",");
  return (Object.keys(fullTimeOfChoice) as Array<keyof typeof fullTimeChoices>).find(
    (choice) => [...fullTimeOfChoice[choice]].sort().join(",") === key,
  );
}

export function targetToRecord(target: Target): Record<string, unknown> {
  const { choice, cells } = kindOf(target.requirement).toRow(target.requirement);
  const record: Record<string, unknown> = {
    id: target.id,
    text: target.text,
    source: target.source,
    subject: target.subject,
    requirement: choice,
    ...cells,
    measure: target.measure.kind,
    value: target.measure.kind === "share" ? target.measure.percent : target.measure.atLeast,
    from: target.period.from,
    to: target.period.to,
  };
  for (const key of filterKeys) record[key] = target.filter[key];
  if (target.filter.fullTime) record.fullTime = fullTimeChoiceOf(target.filter.fullTime);
  return record;
}

/** A read row back into a Target; problems name the column that is missing or wrong. */
export function recordToTarget(
  record: Record<string, unknown>,
): { ok: true; target: Target } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const choice = String(record.requirement ?? "");
  const kind = kindOfChoice(choice);
  const requirement = kind ? requirementKinds[kind].fromRow(choice, record) : undefined;
  if (Array.isArray(requirement)) problems.push(...requirement);
  else if (!kind)
    problems.push({
      key: "requirement",
      message: `"${choice}" không phải yêu cầu (${Object.values(requirementChoices).join(", ")})`,
    });

  const value = record.value as number;
  const measureKind = record.measure as keyof typeof measureChoices;
  if (measureKind === "share" && (value < 0 || value > 100)) {
    problems.push({ key: "value", message: `tỉ lệ phải từ 0 đến 100, không phải ${value}` });
  }
  if (measureKind === "count" && (!Number.isInteger(value) || value < 0)) {
    problems.push({ key: "value", message: `số lượng phải là số nguyên không âm, không phải ${value}` });
  }
  const from = record.from as string;
  const to = record.to as string;
  if (from > to) problems.push({ key: "to", message: "đến ngày phải sau từ ngày" });
  if (problems.length || !requirement || Array.isArray(requirement)) return { ok: false, problems };

  const filter: Record<string, unknown> = {};
  for (const key of filterKeys) if (record[key] !== undefined) filter[key] = record[key];
  const fullTime = record.fullTime as keyof typeof fullTimeChoices | undefined;
  if (fullTime !== undefined) filter.fullTime = fullTimeOfChoice[fullTime];
  const candidate = {
    id: record.id,
    text: record.text,
    source: record.source ?? "",
    subject: record.subject,
    filter,
    requirement,
    measure: measureKind === "share" ? { kind: "share", percent: value } : { kind: "count", atLeast: value },
    period: { from, to },
  };
  const parsed = TargetSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, target: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      key: targetIssueColumn(issue.path),
      message: issue.message,
    })),
  };
}

/** Which column a schema issue on a Target belongs to. */
function targetIssueColumn(path: PropertyKey[]): string {
  const [head, field] = path;
  if (head === "filter" && typeof field === "string") return field;
  if (head === "measure") return "value";
  if (head === "period") return field === "to" ? "to" : "from";
  if (head === "requirement") {
    if (field === "posts") return "successionPosts";
    if (field === "min") return "minLevel";
    return typeof field === "string" ? field : "requirement";
  }
  return typeof head === "string" ? head : "id";
}
