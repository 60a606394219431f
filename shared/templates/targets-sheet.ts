// The targets sheet: one flat row per Target, so staff add, edit or drop targets with dropdowns.
// targetToRecord and recordToTarget are exact inverses for every valid Target.
import { educationLabels, languageLevelLabels, politicalTheoryLabels } from "../labels";
import {
  type Education,
  educationLevels,
  type LanguageLevel,
  languageLevels,
  type PoliticalTheory,
  type Post,
  politicalTheoryLevels,
  type Requirement,
  type Target,
  type TargetFilter,
  TargetSchema,
  type TrainingKind,
} from "../model";
import { fold } from "../text";
import { parseTerm, quoted } from "./cells";
import { type measureChoices, type RequirementChoice, requirementChoices } from "./definitions";

/** Filter fields sit in columns of the same name. */
const filterKeys = [
  "posts",
  "organizations",
  "fullTime",
  "newlyAssigned",
  "levels",
  "sectors",
  "unitNameContains",
  "fromPosts",
  "fromUnitNameContains",
  "rotationKinds",
] as const satisfies ReadonlyArray<keyof TargetFilter>;

type LevelScale = "education" | "politicalTheory" | "languageLevel";
const levelScales: Record<LevelScale, { keys: readonly string[]; labels: Record<string, string> }> = {
  education: { keys: educationLevels, labels: educationLabels },
  politicalTheory: { keys: politicalTheoryLevels, labels: politicalTheoryLabels },
  languageLevel: { keys: languageLevels, labels: languageLevelLabels },
};

export function targetToRecord(target: Target): Record<string, unknown> {
  const record: Record<string, unknown> = {
    id: target.id,
    text: target.text,
    source: target.source,
    subject: target.subject,
    measure: target.measure.kind,
    value: target.measure.kind === "share" ? target.measure.percent : target.measure.atLeast,
    from: target.period.from,
    to: target.period.to,
  };
  for (const key of filterKeys) record[key] = target.filter[key];
  const r = target.requirement;
  switch (r.kind) {
    case "training":
      Object.assign(record, {
        requirement: "training",
        trainingKinds: r.trainingKinds,
        minCount: r.minCount,
      });
      break;
    case "education":
    case "politicalTheory":
    case "languageLevel":
      Object.assign(record, { requirement: r.kind, minLevel: levelScales[r.kind].labels[r.min] });
      break;
    case "submission":
      Object.assign(record, {
        requirement: r.onTime ? "submissionOnTime" : "submission",
        document: r.document,
      });
      break;
    case "succession":
      Object.assign(record, { requirement: "succession", successionPosts: r.posts, terms: r.terms });
      break;
    case "none":
      record.requirement = "none";
      break;
  }
  return record;
}

export interface FieldProblem {
  /** Column key of the targets sheet. */
  key: string;
  message: string;
}

/** A read row back into a Target; problems name the column that is missing or wrong. */
export function recordToTarget(
  record: Record<string, unknown>,
): { ok: true; target: Target } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const choice = record.requirement as RequirementChoice;
  const needs = (key: string) =>
    problems.push({ key, message: `cần điền khi Yêu cầu là "${requirementChoices[choice]}"` });

  let requirement: Requirement | undefined;
  switch (choice) {
    case "training": {
      const kinds = record.trainingKinds as TrainingKind[] | undefined;
      const minCount = (record.minCount as number | undefined) ?? 1;
      if (!kinds) needs("trainingKinds");
      if (minCount < 1) problems.push({ key: "minCount", message: `số lần tối thiểu phải từ 1 trở lên` });
      if (kinds) requirement = { kind: "training", trainingKinds: kinds, minCount };
      break;
    }
    case "education":
    case "politicalTheory":
    case "languageLevel": {
      const label = record.minLevel as string | undefined;
      if (label === undefined) {
        needs("minLevel");
        break;
      }
      const scale = levelScales[choice];
      const min = scale.keys.find((k) => fold(scale.labels[k] ?? "") === fold(label));
      if (min === undefined) {
        const allowed = scale.keys.map((k) => scale.labels[k]).join(", ");
        problems.push({
          key: "minLevel",
          message: `${quoted(label)} không phải mức của "${requirementChoices[choice]}" (${allowed})`,
        });
        break;
      }
      requirement =
        choice === "education"
          ? { kind: "education", min: min as Education }
          : choice === "politicalTheory"
            ? { kind: "politicalTheory", min: min as PoliticalTheory }
            : { kind: "languageLevel", min: min as LanguageLevel };
      break;
    }
    case "submission":
    case "submissionOnTime": {
      const document = record.document as string | undefined;
      if (!document) needs("document");
      else requirement = { kind: "submission", document, onTime: choice === "submissionOnTime" };
      break;
    }
    case "succession": {
      const posts = record.successionPosts as Post[] | undefined;
      const rawTerms = record.terms as string[] | undefined;
      if (!posts) needs("successionPosts");
      if (!rawTerms) needs("terms");
      const terms: string[] = [];
      for (const text of rawTerms ?? []) {
        const parsed = parseTerm(text);
        if (parsed.ok) terms.push(parsed.value as string);
        else problems.push({ key: "terms", message: parsed.message });
      }
      if (posts && rawTerms && terms.length === rawTerms.length)
        requirement = { kind: "succession", posts, terms };
      break;
    }
    case "none":
      requirement = { kind: "none" };
      break;
  }

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
  if (problems.length || !requirement) return { ok: false, problems };

  const filter: Record<string, unknown> = {};
  for (const key of filterKeys) if (record[key] !== undefined) filter[key] = record[key];
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
    if (field === "trainingKinds" || field === "minCount" || field === "document" || field === "terms")
      return field;
    if (field === "posts") return "successionPosts";
    if (field === "min") return "minLevel";
    return "requirement";
  }
  return typeof head === "string" ? head : "id";
}
