// The target engine: how far a unit's data meets each target of a plan.
//
// Pure and deterministic: the result depends only on the arguments (no clock; "today" is given),
// and not on the order of the input arrays (subjects are listed in a fixed order: cadres and
// people by name, then id; units by name).
//
// Each subject (a cadre, a unit, or a person of the rotations) gets two verdicts: the filter's
// (filters.ts: in, out or unknown) and the requirement's (kinds/: yes, no or unknown). A field
// left blank or whose cell was not valid makes a verdict unknown, never "no": such a subject is
// listed by name under "thiếu dữ liệu" with what is missing. The tally (tally.ts) decides the
// status from both, unknowns resolved both ways.
import { targetSubjectLabels } from "../labels";
import type { Plan, PlanData, Shortfall, Target, TargetResult } from "../model";
import { cadreFilter, peopleFilter, unitFilter } from "./filters";
import { type EvaluateOptions, type FilterJudge, type Judge, OUT, UNKNOWN, type Who } from "./judging";
import { kindOf } from "./kinds";
import { buildIndex, type PlanIndex } from "./plan-index";
import { figuresOf, Tally } from "./tally";

export type { EvaluateOptions } from "./judging";

export function evaluatePlan(plan: Plan, data: PlanData, options: EvaluateOptions): TargetResult[] {
  const index = buildIndex(data);
  return plan.targets.map((target) => evaluateIndexed(target, index, options));
}

export function evaluateTarget(target: Target, data: PlanData, options: EvaluateOptions): TargetResult {
  return evaluateIndexed(target, buildIndex(data), options);
}

/** The subjects of a target's kind: how many, who each is, and the filter. */
function subjectsOf(
  target: Target,
  index: PlanIndex,
): { count: number; who: (s: number) => Who; filter: FilterJudge } {
  switch (target.subject) {
    case "cadres": {
      const { ids, names, units, records } = index.cadres;
      return {
        count: index.cadres.count,
        who: (k) => ({
          id: ids[k] || `dòng ${records[k]!.row}`,
          name: names[k] || "(chưa ghi họ tên)",
          ...(units[k] ? { unit: units[k] } : {}),
        }),
        filter: cadreFilter(target, index),
      };
    }
    case "units":
      return {
        count: index.units.length,
        who: (u) => {
          const unit = index.units[u]!;
          const name = unit.name ?? `(dòng ${unit.row}, chưa ghi tên)`;
          return { id: name, name };
        },
        filter: unitFilter(target, index),
      };
    case "rotations":
      return {
        count: index.people.length,
        who: (p) => index.people[p]!.who,
        filter: peopleFilter(target, index),
      };
  }
}

/** Sheets a requirement reads: without them it can say nothing. */
const sheetsOf: Partial<
  Record<Target["requirement"]["kind"], { sheet: NonNullable<PlanData["absent"]>[number]; name: string }>
> = {
  training: { sheet: "trainings", name: "Đào tạo bồi dưỡng" },
  submission: { sheet: "submissions", name: "Nộp kế hoạch" },
  succession: { sheet: "successions", name: "Quy hoạch" },
};

function shortfall(who: Who, reason: string): Shortfall {
  return who.unit === undefined
    ? { id: who.id, name: who.name, reason }
    : { id: who.id, name: who.name, unit: who.unit, reason };
}

function evaluateIndexed(target: Target, index: PlanIndex, options: EvaluateOptions): TargetResult {
  const kind = kindOf(target.requirement);
  const notes: string[] = [];
  const fits = kind.subjects.includes(target.subject);
  const needed = sheetsOf[target.requirement.kind];
  const absent = needed !== undefined && (index.data.absent ?? []).includes(needed.sheet);
  const tally = new Tally();
  let judge: Judge | undefined;
  const subjects = subjectsOf(target, index);
  if (!fits) {
    notes.push(
      `Chỉ tiêu ${target.id}: yêu cầu này không áp dụng cho đối tượng "${targetSubjectLabels[target.subject]}", cần sửa chỉ tiêu`,
    );
  } else if (absent) {
    notes.push(`Chưa có trang "${needed.name}": chưa thể tính chỉ tiêu này`);
  } else {
    judge = kind.judge(target.requirement, { target, index, options });
    const { filter } = subjects;
    // Indexed loop: for 100,000 cadres a first run, not yet compiled, then makes no iterator objects.
    for (let s = 0; s < subjects.count; s++) {
      const verdict = filter.verdict(s);
      if (verdict !== OUT) tally.add(s, verdict, judge.verdict(s));
    }
    notes.push(...(judge.notes ?? []));
  }
  const figures = figuresOf(tally, target.measure, fits && !absent);
  // A count target that is met needs nobody else: listing everyone below the bar would be noise.
  const listShort = target.measure.kind === "share" || figures.status !== "met";
  const shortfalls =
    listShort && judge ? tally.short.map((s) => shortfall(subjects.who(s), judge!.reason(s))) : [];
  // Whoever lacks data is named, even when the target is decided without them: it is data to fix.
  const unknowns = judge
    ? tally.unsure.map((s) => {
        const problems = subjects.filter.verdict(s) === OUT ? [] : subjects.filter.problems(s);
        const requirement = judge!.verdict(s) === UNKNOWN ? [judge!.reason(s)] : [];
        return shortfall(subjects.who(s), [...problems, ...requirement].join("; "));
      })
    : [];
  return {
    target,
    status: figures.status,
    reached: tally.reached,
    counted: tally.counted,
    asked: figures.asked,
    percent: figures.percent,
    figure: figures.figure,
    shortfalls,
    unknowns,
    notes,
  };
}
