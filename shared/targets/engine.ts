// The target engine: how far a unit's data meets each target of a plan.
//
// Pure and deterministic: the result depends only on the arguments (no clock; "today" is given),
// and not on the order of the input arrays (subjects are sorted before anything is listed).
//
// Each subject (cadre, unit or rotation) gets two verdicts:
//   filter:      in / out / unknown (a field the filter needs is missing),
//   requirement: yes / no / unknown (a field the requirement needs is missing, or not yet due).
// Unknowns are resolved both ways, the most and the least favourable; the target is met or not met
// only when both agree, otherwise it is insufficientData. A count target already reached is
// therefore met whatever the unknowns are.
//
// Which filter fields apply to which subject (the others are ignored):
//   cadres:    posts, organizations, fullTime, newlyAssigned, levels, sectors, unitNameContains
//   units:     levels, sectors, unitNameContains
//   rotations: fromPosts, fromUnitNameContains, rotationKinds, unitNameContains, levels, sectors
//              (the last three of the unit moved to); the rotation's date must lie in the period.

import { formatDate } from "../dates";
import { postLabels, targetSubjectLabels } from "../labels";
import {
  type Cadre,
  educationLevels,
  type IsoDate,
  languageLevels,
  type Plan,
  type PlanData,
  type Post,
  politicalTheoryLevels,
  type Requirement,
  type RotationRecord,
  type Shortfall,
  type Submission,
  type SuccessionEntry,
  type Target,
  type TargetResult,
  type TargetStatus,
  type TrainingRecord,
  type Unit,
} from "../model";
import { comparePersonNames, compareVietnamese, fold } from "../text";
import {
  countFigure,
  educationReason,
  floorPercent,
  languageReason,
  lateReason,
  notSubmittedReason,
  politicalTheoryReason,
  shareFigure,
  successionReason,
  trainingReason,
} from "./format";

export interface EvaluateOptions {
  /** The day of the evaluation: decides whether a submission not yet received is late or not yet due. */
  today: IsoDate;
}

type FilterVerdict = { kind: "in" } | { kind: "out" } | { kind: "unknown"; problems: string[] };
type RequirementVerdict =
  | { kind: "yes" }
  | { kind: "no"; reason: string }
  | { kind: "unknown"; problem: string };

interface Judged {
  who: Omit<Shortfall, "reason">;
  filter: FilterVerdict;
  requirement: RequirementVerdict;
}

/** The data looked up by name or id, built once per plan. */
interface Index {
  data: PlanData;
  unitsByName: Map<string, Unit>;
  cadresById: Map<string, Cadre>;
  trainingsByCadre: Map<string, TrainingRecord[]>;
  submissionsByUnit: Map<string, Submission[]>;
  successionsByUnit: Map<string, SuccessionEntry[]>;
}

export function evaluatePlan(plan: Plan, data: PlanData, options: EvaluateOptions): TargetResult[] {
  const index = buildIndex(data);
  return plan.targets.map((target) => evaluateIndexed(target, index, options));
}

export function evaluateTarget(target: Target, data: PlanData, options: EvaluateOptions): TargetResult {
  return evaluateIndexed(target, buildIndex(data), options);
}

function buildIndex(data: PlanData): Index {
  // With duplicate unit names or cadre ids, the first in sorted order wins, so that order does not matter.
  const unitsByName = new Map<string, Unit>();
  for (const unit of [...data.units].sort((a, b) => byCodeUnits(JSON.stringify(a), JSON.stringify(b)))) {
    if (!unitsByName.has(fold(unit.name))) unitsByName.set(fold(unit.name), unit);
  }
  const cadresById = new Map<string, Cadre>();
  for (const cadre of [...data.cadres].sort((a, b) => byCodeUnits(JSON.stringify(a), JSON.stringify(b)))) {
    if (!cadresById.has(cadre.id)) cadresById.set(cadre.id, cadre);
  }
  return {
    data,
    unitsByName,
    cadresById,
    trainingsByCadre: groupBy(data.trainings, (t) => t.cadreId),
    submissionsByUnit: groupBy(data.submissions, (s) => fold(s.unit)),
    successionsByUnit: groupBy(data.successions, (s) => fold(s.unit)),
  };
}

function evaluateIndexed(target: Target, index: Index, options: EvaluateOptions): TargetResult {
  const mismatch = requirementMismatch(target);
  const judged = mismatch ? [] : judgeSubjects(target, index, options);
  const tally = countVerdicts(judged);
  const { measure } = target;

  let status: TargetStatus;
  let asked: number;
  let percent: number;
  let figure: string;
  if (measure.kind === "share") {
    asked = measure.percent;
    percent = floorPercent(tally.reached, tally.counted);
    figure = shareFigure(tally.reached, tally.counted);
    // reached/counted ≥ percent, compared without division.
    const reaches = (reached: number, counted: number) => reached * 100 >= measure.percent * counted;
    const worst = reaches(tally.reached, tally.counted + tally.outUnsureNo + tally.bothUnsure);
    const best = reaches(
      tally.reached + tally.reqUnsure + tally.outUnsureYes + tally.bothUnsure,
      tally.counted + tally.outUnsureYes + tally.bothUnsure,
    );
    status =
      tally.counted === 0 || mismatch
        ? "insufficientData"
        : worst
          ? "met"
          : best
            ? "insufficientData"
            : "notMet";
  } else {
    asked = measure.atLeast;
    percent = asked === 0 ? 100 : Math.min(100, floorPercent(tally.reached, asked));
    figure = countFigure(tally.reached, asked);
    const best = tally.reached + tally.reqUnsure + tally.outUnsureYes + tally.bothUnsure;
    status = mismatch
      ? "insufficientData"
      : tally.reached >= asked
        ? "met"
        : best >= asked
          ? "insufficientData"
          : "notMet";
  }

  // A count target that is met needs nobody else: listing everyone below the bar would be noise.
  const listShortfalls = measure.kind === "share" || status !== "met";
  const shortfalls: Shortfall[] = [];
  const dataProblems: string[] = mismatch ? [mismatch] : [];
  for (const { who, filter, requirement } of judged) {
    if (filter.kind === "out") continue;
    if (filter.kind === "in" && requirement.kind === "no" && listShortfalls) {
      shortfalls.push({ ...who, reason: requirement.reason });
    }
    const problems = [
      ...(filter.kind === "unknown" ? filter.problems : []),
      ...(requirement.kind === "unknown" ? [requirement.problem] : []),
    ];
    for (const problem of problems) dataProblems.push(`${describe(who)}: ${problem}`);
  }

  return {
    target,
    status,
    reached: tally.reached,
    counted: tally.counted,
    asked,
    percent,
    figure,
    shortfalls,
    dataProblems,
  };
}

function countVerdicts(judged: Judged[]) {
  const tally = { reached: 0, counted: 0, reqUnsure: 0, outUnsureYes: 0, outUnsureNo: 0, bothUnsure: 0 };
  for (const { filter, requirement } of judged) {
    if (filter.kind === "in") {
      tally.counted++;
      if (requirement.kind === "yes") tally.reached++;
      if (requirement.kind === "unknown") tally.reqUnsure++;
    } else if (filter.kind === "unknown") {
      if (requirement.kind === "yes") tally.outUnsureYes++;
      if (requirement.kind === "no") tally.outUnsureNo++;
      if (requirement.kind === "unknown") tally.bothUnsure++;
    }
  }
  return tally;
}

/** A requirement that cannot be checked on the target's subject, described for staff. */
function requirementMismatch(target: Target): string | undefined {
  const forCadres = ["training", "education", "politicalTheory", "languageLevel"];
  const forUnits = ["submission", "succession"];
  const kind = target.requirement.kind;
  const fits =
    kind === "none" ||
    (target.subject === "cadres" && forCadres.includes(kind)) ||
    (target.subject === "units" && forUnits.includes(kind));
  if (fits) return undefined;
  return `Chỉ tiêu ${target.id}: yêu cầu này không áp dụng cho đối tượng "${targetSubjectLabels[target.subject]}", cần sửa chỉ tiêu`;
}

function judgeSubjects(target: Target, index: Index, options: EvaluateOptions): Judged[] {
  switch (target.subject) {
    case "cadres":
      return [...index.data.cadres].sort(byCadre).map((cadre) => {
        const filter = cadreFilter(cadre, target, index);
        return {
          who: { id: cadre.id, name: cadre.fullName, unit: cadre.unit },
          filter,
          requirement: filter.kind === "out" ? { kind: "yes" } : cadreRequirement(cadre, target, index),
        };
      });
    case "units":
      return [...index.data.units].sort(byUnit).map((unit) => {
        const filter = unitFilter(unit, target);
        return {
          who: { id: unit.name, name: unit.name },
          filter,
          requirement:
            filter.kind === "out" ? { kind: "yes" } : unitRequirement(unit, target, index, options),
        };
      });
    case "rotations":
      return index.data.rotations
        .map((rotation) => ({ rotation, who: rotationWho(rotation, index) }))
        .sort((a, b) => comparePersonNames(a.who.name, b.who.name) || byCodeUnits(a.who.id, b.who.id))
        .map(({ rotation, who }) => ({
          who,
          filter: rotationFilter(rotation, target, index),
          requirement: { kind: "yes" },
        }));
  }
}

// ---- filters ----

type Check = "in" | "out" | string; // a string is the problem that leaves it unknown

function combine(checks: Check[]): FilterVerdict {
  if (checks.includes("out")) return { kind: "out" };
  const problems = checks.filter((c) => c !== "in");
  return problems.length > 0 ? { kind: "unknown", problems } : { kind: "in" };
}

function nameContains(name: string, parts: string[] | undefined): Check {
  if (!parts) return "in";
  const folded = fold(name);
  return parts.some((part) => folded.includes(fold(part))) ? "in" : "out";
}

/** Level and sector of a unit looked up by name. */
function unitKindChecks(unitName: string, target: Target, index: Index): Check[] {
  const { levels, sectors } = target.filter;
  if (!levels && !sectors) return [];
  const unit = index.unitsByName.get(fold(unitName));
  if (!unit) return [`đơn vị "${unitName}" không có trong danh sách đơn vị`];
  return unitOwnChecks(unit, target);
}

function unitOwnChecks(unit: Unit, target: Target): Check[] {
  const { levels, sectors } = target.filter;
  const checks: Check[] = [];
  if (levels) checks.push(levels.some((level) => fold(level) === fold(unit.level)) ? "in" : "out");
  if (sectors) {
    if (!unit.sector) checks.push(`đơn vị "${unit.name}" chưa ghi khu vực`);
    else checks.push(sectors.includes(unit.sector) ? "in" : "out");
  }
  return checks;
}

function inPeriod(date: string, target: Target): boolean {
  return target.period.from <= date && date <= target.period.to;
}

function cadreFilter(cadre: Cadre, target: Target, index: Index): FilterVerdict {
  const { posts, organizations, fullTime, newlyAssigned, unitNameContains } = target.filter;
  const checks: Check[] = [];
  const matching = cadre.positions.filter(
    (p) => (!posts || posts.includes(p.post)) && (!organizations || organizations.includes(p.organization)),
  );
  if ((posts || organizations) && matching.length === 0) checks.push("out");
  if (fullTime !== undefined) {
    if (cadre.fullTime === undefined) checks.push("chưa ghi có phải cán bộ chuyên trách hay không");
    else checks.push(cadre.fullTime === fullTime ? "in" : "out");
  }
  if (newlyAssigned !== undefined) {
    const isNew = matching.some((p) => p.since !== undefined && inPeriod(p.since, target));
    const undated = matching.filter((p) => p.since === undefined);
    if (isNew) checks.push(newlyAssigned ? "in" : "out");
    else if (undated.length > 0) {
      const names = undated.map((p) => postLabels[p.post]).join(", ");
      checks.push(`chưa ghi ngày nhận nhiệm vụ ${names}`);
    } else checks.push(newlyAssigned ? "out" : "in");
  }
  checks.push(nameContains(cadre.unit, unitNameContains));
  checks.push(...unitKindChecks(cadre.unit, target, index));
  return combine(checks);
}

function unitFilter(unit: Unit, target: Target): FilterVerdict {
  return combine([nameContains(unit.name, target.filter.unitNameContains), ...unitOwnChecks(unit, target)]);
}

function rotationFilter(rotation: RotationRecord, target: Target, index: Index): FilterVerdict {
  const { fromPosts, fromUnitNameContains, rotationKinds, unitNameContains } = target.filter;
  const checks: Check[] = [inPeriod(rotation.date, target) ? "in" : "out"];
  if (rotationKinds) checks.push(rotationKinds.includes(rotation.kind) ? "in" : "out");
  if (fromPosts) {
    if (!rotation.fromPost) checks.push("chưa ghi chức vụ trước khi chuyển");
    else checks.push(fromPosts.includes(rotation.fromPost) ? "in" : "out");
  }
  if (fromUnitNameContains) {
    if (!rotation.fromUnit) checks.push("chưa ghi đơn vị trước khi chuyển");
    else checks.push(nameContains(rotation.fromUnit, fromUnitNameContains));
  }
  checks.push(nameContains(rotation.toUnit, unitNameContains));
  checks.push(...unitKindChecks(rotation.toUnit, target, index));
  return combine(checks);
}

// ---- requirements ----

function cadreRequirement(cadre: Cadre, target: Target, index: Index): RequirementVerdict {
  const req = target.requirement;
  switch (req.kind) {
    case "training": {
      const records = index.trainingsByCadre.get(cadre.id) ?? [];
      const have = records.filter(
        (r) => req.trainingKinds.includes(r.kind) && inPeriod(r.startDate, target),
      ).length;
      return have >= req.minCount ? yes : no(trainingReason(req.trainingKinds, have, req.minCount));
    }
    case "education":
      if (!cadre.education) return unknown("chưa ghi trình độ chuyên môn");
      return atLeast(educationLevels, cadre.education, req.min)
        ? yes
        : no(educationReason(cadre.education, req.min));
    case "politicalTheory":
      if (!cadre.politicalTheory) return unknown("chưa ghi trình độ lý luận chính trị");
      return atLeast(politicalTheoryLevels, cadre.politicalTheory, req.min)
        ? yes
        : no(politicalTheoryReason(cadre.politicalTheory, req.min));
    case "languageLevel":
      if (!cadre.languageLevel) return unknown("chưa ghi trình độ ngoại ngữ");
      return atLeast(languageLevels, cadre.languageLevel, req.min)
        ? yes
        : no(languageReason(cadre.languageLevel, req.min));
    default:
      return yes;
  }
}

function unitRequirement(
  unit: Unit,
  target: Target,
  index: Index,
  options: EvaluateOptions,
): RequirementVerdict {
  const req = target.requirement;
  switch (req.kind) {
    case "submission":
      return submissionVerdict(index.submissionsByUnit.get(fold(unit.name)) ?? [], req, target, options);
    case "succession": {
      const entries = (index.successionsByUnit.get(fold(unit.name)) ?? []).filter(
        (e) => e.status !== "removed",
      );
      const missing: { post: Post; term: string }[] = [];
      for (const term of req.terms) {
        for (const post of req.posts) {
          const found = entries.some((e) => e.post === post && sameTerm(e.term, term));
          if (!found) missing.push({ post, term: sameTermForm(term) });
        }
      }
      return missing.length === 0 ? yes : no(successionReason(missing));
    }
    default:
      return yes;
  }
}

/**
 * The unit's submissions of the document (folded "contains"), among those due within the period,
 * so that last year's plan does not count for this year.
 * A submission not yet received whose deadline has not passed (today ≤ deadline) is "not yet due":
 * neither reached nor a shortfall, it is an unknown (listed in dataProblems) until the deadline passes.
 */
function submissionVerdict(
  submissions: Submission[],
  req: Extract<Requirement, { kind: "submission" }>,
  target: Target,
  options: EvaluateOptions,
): RequirementVerdict {
  const wanted = fold(req.document);
  const rows = submissions.filter((s) => fold(s.document).includes(wanted) && inPeriod(s.deadline, target));
  const received = rows.flatMap((s) => (s.received ? [{ received: s.received, deadline: s.deadline }] : []));
  if (received.length > 0) {
    if (!req.onTime) return yes;
    if (received.some((s) => s.received <= s.deadline)) return yes;
    // All late: report the earliest one, the most favourable to the unit.
    received.sort((a, b) => byCodeUnits(a.received, b.received) || byCodeUnits(a.deadline, b.deadline));
    const [first] = received;
    if (first) return no(lateReason(first.received, first.deadline));
  }
  const deadlines = rows.map((s) => s.deadline).sort(byCodeUnits);
  const lastDeadline = deadlines[deadlines.length - 1];
  if (lastDeadline !== undefined && options.today <= lastDeadline) {
    return unknown(`chưa nộp "${req.document}", chưa đến hạn (${formatDate(lastDeadline)})`);
  }
  return no(notSubmittedReason(req.document, lastDeadline));
}

// ---- helpers ----

const yes: RequirementVerdict = { kind: "yes" };
const no = (reason: string): RequirementVerdict => ({ kind: "no", reason });
const unknown = (problem: string): RequirementVerdict => ({ kind: "unknown", problem });

function atLeast<T>(order: readonly T[], value: T, min: T): boolean {
  return order.indexOf(value) >= order.indexOf(min);
}

/** Terms are stored "2025–2030"; accept any dash and spaces so data typed by hand still matches. */
function sameTermForm(term: string): string {
  return term.trim().replace(/\s*[-–—]\s*/, "–");
}

function sameTerm(a: string, b: string): boolean {
  return sameTermForm(a) === sameTermForm(b);
}

function rotationWho(rotation: RotationRecord, index: Index): Judged["who"] {
  const cadre = index.cadresById.get(rotation.cadreId);
  const from = rotation.fromUnit ? `${rotation.fromUnit} → ` : "";
  return {
    id: `${rotation.cadreId}: ${from}${rotation.toUnit} (${formatDate(rotation.date)})`,
    name: cadre?.fullName ?? rotation.cadreId,
    unit: rotation.toUnit,
  };
}

function describe(who: Judged["who"]): string {
  return who.unit && who.unit !== who.name ? `${who.name} (${who.unit})` : who.name;
}

function byCadre(a: Cadre, b: Cadre): number {
  return comparePersonNames(a.fullName, b.fullName) || byCodeUnits(a.id, b.id);
}

function byUnit(a: Unit, b: Unit): number {
  return compareVietnamese(a.name, b.name) || byCodeUnits(a.name, b.name) || byCodeUnits(a.level, b.level);
}

/** A total order independent of locale, used to break ties. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
