// Which units owe which documents, and where each stands: one line per unit and document. The
// documents owed are those the plan's submission targets ask for, by the units each target counts;
// rows of the submissions sheet for other documents are tracked by what the row itself says.
import type { Plan, PlanData, Submission, Target } from "../model";
import { compareVietnamese, nameKey } from "../text";
import { unitFilter } from "./filters";
import { IN, OUT } from "./judging";
import {
  documentMatches,
  rowsOfDocument,
  type SubmissionRequirement,
  type SubmissionStanding,
  submissionStanding,
} from "./kinds/submission";
import { buildIndex } from "./plan-index";

export interface TrackedSubmission extends SubmissionStanding {
  unit: string;
  document: string;
  /** Notes of the unit's rows, and why a line stands without one. */
  notes: string;
  /** The targets that ask for it (none: a document of the sheet no target asks for). */
  targets: string[];
}

export const submissionStates = ["missing", "late", "unsure", "notDue", "onTime"] as const;

/** The submission targets of a plan, by the document they ask for (two targets may ask one document). */
function documentsAsked(plan: Plan) {
  const documents = new Map<
    string,
    { document: string; deadline?: string; targets: Array<Target & { requirement: SubmissionRequirement }> }
  >();
  for (const target of plan.targets) {
    if (target.requirement.kind !== "submission" || target.subject !== "units") continue;
    const r = target.requirement;
    const key = nameKey(r.document);
    const known = documents.get(key) ?? { document: r.document, targets: [] };
    known.targets.push(target as Target & { requirement: SubmissionRequirement });
    // A target that gives the deadline every unit has sets it for the document.
    known.deadline ??= r.deadline;
    documents.set(key, known);
  }
  return [...documents.values()];
}

/** Every unit × document owed (each once, whatever the number of targets or rows), then the sheet's other documents, worst first. */
export function trackDocuments(plan: Plan, data: PlanData, today: string): TrackedSubmission[] {
  const index = buildIndex(data);
  const lines: TrackedSubmission[] = [];
  const asked = documentsAsked(plan);
  for (const { document, deadline, targets } of asked) {
    const requirement: SubmissionRequirement = {
      kind: "submission",
      document,
      onTime: true,
      ...(deadline ? { deadline } : {}),
    };
    const period = {
      from: targets.map((t) => t.period.from).sort()[0]!,
      to: targets
        .map((t) => t.period.to)
        .sort()
        .at(-1)!,
    };
    const filters = targets.map((t) => ({ id: t.id, filter: unitFilter(t, index) }));
    index.units.forEach((unit, u) => {
      if (unit.name === undefined) return;
      const counting = filters.filter((f) => f.filter.verdict(u) !== OUT);
      if (counting.length === 0) return;
      const rows = rowsOfDocument(
        index.submissionsByUnit.get(index.key(unit.name)) ?? [],
        requirement,
        period,
      );
      const standing = submissionStanding(rows, document, today, period.to, deadline);
      const notes = rows.flatMap((x) => (x.row.notes ? [x.row.notes] : []));
      if (rows.length === 0) notes.push("chưa có dòng ở trang nộp văn bản");
      if (!counting.some((f) => f.filter.verdict(u) === IN)) {
        notes.push(`chưa rõ đơn vị có phải nộp không: ${counting[0]!.filter.problems(u).join("; ")}`);
      }
      lines.push({
        ...standing,
        unit: unit.name,
        document,
        notes: notes.join("; "),
        targets: counting.map((f) => f.id),
      });
    });
  }
  // The sheet's rows of documents no target asks for: a line per unit and document.
  const others = new Map<string, Submission[]>();
  for (const row of data.submissions) {
    if (row.unit === undefined || row.document === undefined) continue;
    if (asked.some((a) => documentMatches(a.document, row.document!))) continue;
    const key = `${nameKey(row.unit)}|${nameKey(row.document)}`;
    others.set(key, [...(others.get(key) ?? []), row]);
  }
  const yearEnd = `${plan.year}-12-31`;
  for (const rows of others.values()) {
    const first = rows[0]!;
    const standing = submissionStanding(
      rows.map((row) => ({ row, ...(row.deadline ? { deadline: row.deadline } : {}) })),
      first.document!,
      today,
      // A document due after the plan year is counted to today.
      rows.some((row) => row.deadline !== undefined && row.deadline > yearEnd) ? today : yearEnd,
    );
    const notes = rows.flatMap((row) => (row.notes ? [row.notes] : []));
    lines.push({
      ...standing,
      unit: first.unit!,
      document: first.document!,
      notes: notes.join("; "),
      targets: [],
    });
  }
  const order = (state: SubmissionStanding["state"]) => submissionStates.indexOf(state);
  return lines.sort(
    (a, b) =>
      order(a.state) - order(b.state) ||
      compareVietnamese(a.document, b.document) ||
      compareVietnamese(a.unit, b.unit),
  );
}
