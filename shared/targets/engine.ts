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
import {
  type Plan,
  type PlanData,
  type Sector,
  type SectorResult,
  type Shortfall,
  sectors,
  type Target,
  type TargetResult,
  type UnitResult,
} from "../model";
import { cadreFilter, peopleFilter, unitFilter } from "./filters";
import { type EvaluateOptions, type FilterJudge, type Judge, OUT, UNKNOWN, type Who } from "./judging";
import { kindOf } from "./kinds";
import { buildIndex, type PlanIndex } from "./plan-index";
import { type Counts, figuresOf, GroupCounts, Tally } from "./tally";

export type { EvaluateOptions } from "./judging";

export function evaluatePlan(plan: Plan, data: PlanData, options: EvaluateOptions): TargetResult[] {
  const index = buildIndex(data);
  return plan.targets.map((target) => evaluateIndexed(target, index, options));
}

export function evaluateTarget(target: Target, data: PlanData, options: EvaluateOptions): TargetResult {
  return evaluateIndexed(target, buildIndex(data), options);
}

interface Subjects {
  count: number;
  who: (s: number) => Who;
  filter: FilterJudge;
  /** The unit each subject belongs to, as an index into `unitNames` (-1: none given). */
  unitOf: (s: number) => number;
  unitNames: readonly string[];
}

/**
 * Unit names as groups: names that match without regard to case and marks are one group, named as
 * the units sheet spells it when it has the unit.
 */
function unitGroups(index: PlanIndex) {
  const names: string[] = [];
  const byKey = new Map<string, number>();
  const groupOf = (name: string): number => {
    const key = index.key(name);
    let group = byKey.get(key);
    if (group === undefined) {
      group = names.push(index.unitByKey.get(key)?.name ?? name) - 1;
      byKey.set(key, group);
    }
    return group;
  };
  return { names, groupOf };
}

/** The subjects of a target's kind: how many, who each is, their unit, and the filter. */
function subjectsOf(target: Target, index: PlanIndex): Subjects {
  switch (target.subject) {
    case "cadres": {
      const { ids, names, units, records, unitIndex } = index.cadres;
      const groups = unitGroups(index);
      const groupOfUnit = Int32Array.from(index.cadres.unitNames, groups.groupOf);
      return {
        count: index.cadres.count,
        who: (k) => ({
          id: ids[k] || `dòng ${records[k]!.row}`,
          name: names[k] || "(chưa ghi họ tên)",
          ...(units[k] ? { unit: units[k] } : {}),
        }),
        filter: cadreFilter(target, index),
        unitOf: (k) => {
          const u = unitIndex[k]!;
          return u < 0 ? -1 : groupOfUnit[u]!;
        },
        unitNames: groups.names,
      };
    }
    case "units": {
      const unitNames = index.units.map((u) => u.name ?? `(dòng ${u.row}, chưa ghi tên)`);
      return {
        count: index.units.length,
        who: (u) => ({ id: unitNames[u]!, name: unitNames[u]! }),
        filter: unitFilter(target, index),
        unitOf: (u) => u,
        unitNames,
      };
    }
    case "rotations": {
      // A person counts for the unit of their first move.
      const groups = unitGroups(index);
      const unitOfPerson = index.people.map((p) => {
        const unit = p.rotations.find((r) => r.toUnit !== undefined)?.toUnit;
        return unit === undefined ? -1 : groups.groupOf(unit);
      });
      return {
        count: index.people.length,
        who: (p) => index.people[p]!.who,
        filter: peopleFilter(target, index),
        unitOf: (p) => unitOfPerson[p]!,
        unitNames: groups.names,
      };
    }
  }
}

/**
 * The target unit by unit (and the unit's sector): who is counted and reached there, and, for a
 * share, whether the unit alone reaches it. Units in the order of the units sheet's names, then
 * names found only on other sheets, then subjects of no unit. Then the same sector by sector, the
 * units' counts added up, its status decided as the target's is (unknowns resolved both ways).
 */
function byUnit(
  target: Target,
  index: PlanIndex,
  subjects: Subjects,
  counts: GroupCounts,
): { byUnit: UnitResult[]; bySector: SectorResult[] } {
  const rank = (name: string) => {
    const i = index.units.findIndex((u) => u.name !== undefined && index.key(u.name) === index.key(name));
    return i < 0 ? index.units.length : i;
  };
  // Group g of the counts is unit g - 1 (group 0: no unit).
  const groups: number[] = [];
  for (let g = 0; g < counts.groups; g++) if (counts.of(g)) groups.push(g - 1);
  const order = groups.sort((a, b) => {
    if (a < 0 || b < 0) return b - a;
    return rank(subjects.unitNames[a]!) - rank(subjects.unitNames[b]!) || a - b;
  });
  const sectorTotals = new Map<Sector | undefined, { counts: Counts; units: number }>();
  const withFigures = <T extends { counted: number }>(result: T, tally: Counts): T => {
    if (target.measure.kind !== "share") return result;
    const figures = figuresOf(tally, target.measure, true);
    return { ...result, percent: figures.percent, status: figures.status };
  };
  const unknownOf = (tally: Counts) =>
    tally.reqUnsure + tally.outUnsureYes + tally.outUnsureNo + tally.bothUnsure;
  const units = order.map((group) => {
    const tally = counts.of(group + 1)!;
    const name = group < 0 ? "(chưa ghi đơn vị)" : subjects.unitNames[group]!;
    const unit = group < 0 ? undefined : index.unitByKey.get(index.key(name));
    const total = sectorTotals.get(unit?.sector);
    if (total) {
      total.units++;
      for (const key of Object.keys(tally) as Array<keyof Counts>) total.counts[key] += tally[key];
    } else sectorTotals.set(unit?.sector, { counts: { ...tally }, units: 1 });
    const result: UnitResult = {
      unit: name,
      ...(unit?.sector ? { sector: unit.sector } : {}),
      counted: tally.counted,
      reached: tally.reached,
      unknown: unknownOf(tally),
    };
    return withFigures(result, tally);
  });
  const bySector = [...sectors, undefined].flatMap((sector) => {
    const total = sectorTotals.get(sector);
    if (!total) return [];
    const result: SectorResult = {
      ...(sector ? { sector } : {}),
      units: total.units,
      counted: total.counts.counted,
      reached: total.counts.reached,
      unknown: unknownOf(total.counts),
    };
    return [withFigures(result, total.counts)];
  });
  return { byUnit: units, bySector };
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
  const unitCounts = new GroupCounts(subjects.unitNames.length + 1);
  if (!fits) {
    notes.push(
      `Chỉ tiêu ${target.id}: yêu cầu này không áp dụng cho đối tượng "${targetSubjectLabels[target.subject]}", cần sửa chỉ tiêu`,
    );
  } else if (absent) {
    notes.push(`Chưa có trang "${needed.name}": chưa thể tính chỉ tiêu này`);
  } else {
    judge = kind.judge(target.requirement, { target, index, options });
    const { filter, unitOf } = subjects;
    // Indexed loop: for 100,000 cadres a first run, not yet compiled, then makes no iterator objects.
    for (let s = 0; s < subjects.count; s++) {
      const verdict = filter.verdict(s);
      if (verdict === OUT) continue;
      const requirement = judge.verdict(s);
      tally.add(s, verdict, requirement);
      unitCounts.add(unitOf(s) + 1, verdict, requirement);
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
    ...byUnit(target, index, subjects, unitCounts),
  };
}
