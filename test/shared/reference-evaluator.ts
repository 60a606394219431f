// A reference evaluator: the engine's rules written the plain way, one subject at a time, with no
// index, no typed arrays and no caching. Slow and short on purpose, so that the engine can be
// checked against it on generated plans (reference.test.ts).
import type { Cadre, PlanData, RotationRecord, Target, TargetStatus, Unit } from "../../shared/model";
import { documentMatches } from "../../shared/targets/kinds/submission";
import { positionColumns } from "../../shared/templates";
import { fold, idKey } from "../../shared/text";
import { educationLevels, languageLevels, politicalTheoryLevels } from "../../shared/vocabulary";

type Three = "yes" | "no" | "unknown";
const all = (checks: Three[]): Three =>
  checks.includes("no") ? "no" : checks.includes("unknown") ? "unknown" : "yes";
const within = (date: string, t: Target) => t.period.from <= date && date <= t.period.to;

function unitChecks(name: string | undefined, t: Target, data: PlanData): Three[] {
  const { levels, sectors, unitNameContains } = t.filter;
  if (!levels && !sectors && !unitNameContains) return [];
  if (name === undefined) return ["unknown"];
  const checks: Three[] = [];
  if (unitNameContains)
    checks.push(unitNameContains.some((p) => fold(name).includes(fold(p))) ? "yes" : "no");
  if (!levels && !sectors) return checks;
  const unit = data.units.find((u) => u.name !== undefined && fold(u.name) === fold(name));
  if (!unit) return [...checks, "unknown"];
  return [...checks, ...ownChecks(unit, t)];
}

function ownChecks(unit: Unit, t: Target): Three[] {
  const { levels, sectors } = t.filter;
  const checks: Three[] = [];
  if (levels)
    checks.push(
      unit.level === undefined ? "unknown" : levels.some((l) => fold(l) === fold(unit.level!)) ? "yes" : "no",
    );
  if (sectors)
    checks.push(unit.sector === undefined ? "unknown" : sectors.includes(unit.sector) ? "yes" : "no");
  return checks;
}

function cadreIn(c: Cadre, t: Target, data: PlanData): Three {
  const { posts, organizations, fullTime, newlyAssigned } = t.filter;
  const fits = (p: Cadre["positions"][number]) =>
    (!posts || posts.includes(p.post)) && (!organizations || organizations.includes(p.organization));
  const checks: Three[] = [];
  if (posts || organizations) {
    const doubtful = positionColumns.some(
      (p) => c.invalid?.[p.post] !== undefined && (!organizations || organizations.includes(p.organization)),
    );
    checks.push(c.positions.some(fits) ? "yes" : doubtful ? "unknown" : "no");
  }
  if (fullTime)
    checks.push(c.fullTime === undefined ? "unknown" : fullTime.includes(c.fullTime) ? "yes" : "no");
  if (newlyAssigned !== undefined) {
    const mine = c.positions.filter(fits);
    const isNew = mine.some((p) => p.since !== undefined && within(p.since, t));
    const undated = mine.some((p) => p.since === undefined);
    checks.push(isNew ? (newlyAssigned ? "yes" : "no") : undated ? "unknown" : newlyAssigned ? "no" : "yes");
  }
  return all([...checks, ...unitChecks(c.unit, t, data)]);
}

function cadreMeets(c: Cadre, t: Target, data: PlanData): Three {
  const r = t.requirement;
  if (r.kind === "training") {
    if (!c.id) return "unknown";
    const mine = data.trainings.filter((x) => x.cadreId !== undefined && idKey(x.cadreId) === idKey(c.id!));
    const kindFits = (k: string | undefined) => k === undefined || (r.trainingKinds as string[]).includes(k);
    const dateFits = (d: string | undefined) => d === undefined || within(d, t);
    const have = mine.filter(
      (x) => x.kind !== undefined && x.startDate !== undefined && kindFits(x.kind) && dateFits(x.startDate),
    ).length;
    const maybe = mine.filter(
      (x) => (x.kind === undefined || x.startDate === undefined) && kindFits(x.kind) && dateFits(x.startDate),
    ).length;
    return have >= r.minCount ? "yes" : have + maybe >= r.minCount ? "unknown" : "no";
  }
  const scales = {
    education: educationLevels,
    politicalTheory: politicalTheoryLevels,
    languageLevel: languageLevels,
  } as const;
  if (r.kind === "education" || r.kind === "politicalTheory" || r.kind === "languageLevel") {
    const has = c[r.kind];
    const scale = scales[r.kind] as readonly string[];
    return has === undefined ? "unknown" : scale.indexOf(has) >= scale.indexOf(r.min) ? "yes" : "no";
  }
  return "yes";
}

function unitMeets(u: Unit, t: Target, data: PlanData, today: string): Three {
  const r = t.requirement;
  if (r.kind === "none") return "yes";
  if (u.name === undefined) return "unknown";
  if (r.kind === "succession") {
    const mine = data.successions.filter(
      (s) => s.unit !== undefined && fold(s.unit) === fold(u.name!) && s.status !== "removed",
    );
    let result: Three = "yes";
    for (const term of r.terms) {
      for (const post of r.posts) {
        if (mine.some((s) => s.status !== undefined && s.post === post && s.term === term)) continue;
        const maybe = mine.some(
          (s) =>
            (s.post ?? post) === post &&
            (s.term ?? term) === term &&
            (s.post === undefined || s.term === undefined || s.status === undefined),
        );
        if (!maybe) return "no";
        result = "unknown";
      }
    }
    return result;
  }
  if (r.kind !== "submission") return "yes";
  const rows = data.submissions
    .filter(
      (s) =>
        s.unit !== undefined &&
        fold(s.unit) === fold(u.name!) &&
        s.document !== undefined &&
        documentMatches(r.document, s.document),
    )
    .map((s) => ({ s, deadline: r.deadline ?? s.deadline }))
    .filter((x) => x.deadline === undefined || within(x.deadline, t));
  const received = rows.filter((x) => x.s.received !== undefined);
  if (received.some((x) => x.deadline !== undefined && x.s.received! <= x.deadline)) return "yes";
  if (
    rows.some(
      (x) =>
        x.s.invalid?.received !== undefined ||
        (x.deadline === undefined && x.s.invalid?.deadline !== undefined),
    )
  )
    return "unknown";
  if (received.length > 0)
    return received.every((x) => x.deadline !== undefined) ? (r.onTime ? "no" : "yes") : "unknown";
  const deadline =
    r.deadline ??
    rows
      .map((x) => x.deadline)
      .filter((d) => d !== undefined)
      .sort()
      .at(-1);
  return deadline !== undefined && today <= deadline ? "unknown" : "no";
}

function rotationIn(x: RotationRecord, t: Target, data: PlanData): Three {
  const { fromPosts, fromUnitNameContains, rotationKinds } = t.filter;
  const checks: Three[] = [x.date === undefined ? "unknown" : within(x.date, t) ? "yes" : "no"];
  if (rotationKinds)
    checks.push(x.kind === undefined ? "unknown" : rotationKinds.includes(x.kind) ? "yes" : "no");
  if (fromPosts)
    checks.push(x.fromPost === undefined ? "unknown" : fromPosts.includes(x.fromPost) ? "yes" : "no");
  if (fromUnitNameContains) {
    checks.push(
      x.fromUnit === undefined
        ? "unknown"
        : fromUnitNameContains.some((p) => fold(x.fromUnit!).includes(fold(p)))
          ? "yes"
          : "no",
    );
  }
  return all([...checks, ...unitChecks(x.toUnit, t, data)]);
}

export interface ReferenceResult {
  status: TargetStatus;
  reached: number;
  counted: number;
  /** Subjects short, and subjects unknown (filter or requirement), as the engine names them (by id). */
  short: string[];
  unsure: string[];
  /** Counted and reached by unit (names folded; "" for none). */
  byUnit: Record<string, { counted: number; reached: number }>;
}

export function referenceEvaluate(t: Target, data: PlanData, today: string): ReferenceResult {
  let subjects: Array<{ id: string; filter: Three; meets: Three; unit?: string }>;
  if (t.subject === "cadres") {
    subjects = data.cadres.map((c) => ({
      id: c.id || `dòng ${c.row}`,
      filter: cadreIn(c, t, data),
      meets: cadreMeets(c, t, data),
      unit: c.unit,
    }));
  } else if (t.subject === "units") {
    subjects = data.units.map((u) => ({
      id: u.name ?? `(dòng ${u.row}, chưa ghi tên)`,
      filter: all([
        u.name === undefined && t.filter.unitNameContains
          ? "unknown"
          : u.name === undefined ||
              !t.filter.unitNameContains ||
              t.filter.unitNameContains.some((p) => fold(u.name!).includes(fold(p)))
            ? "yes"
            : "no",
        ...ownChecks(u, t),
      ]),
      meets: unitMeets(u, t, data, today),
      unit: u.name ?? `(dòng ${u.row}, chưa ghi tên)`,
    }));
  } else {
    const people = new Map<string, RotationRecord[]>();
    data.rotations.forEach((x, i) => {
      const key = x.cadreId ? idKey(x.cadreId) : `#${i}`;
      people.set(key, [...(people.get(key) ?? []), x]);
    });
    subjects = [...people.values()].map((list) => {
      const verdicts = list.map((x) => rotationIn(x, t, data));
      const filter: Three = verdicts.includes("yes")
        ? "yes"
        : verdicts.includes("unknown")
          ? "unknown"
          : "no";
      const unit = list.find((x) => x.toUnit !== undefined)?.toUnit;
      return { id: list[0]!.cadreId ?? `dòng ${list[0]!.row}`, filter, meets: "yes" as Three, unit };
    });
  }
  const counted = subjects.filter((s) => s.filter === "yes");
  const reached = counted.filter((s) => s.meets === "yes").length;
  const unsure = subjects.filter(
    (s) => s.filter === "unknown" || (s.filter === "yes" && s.meets === "unknown"),
  );
  const short = counted.filter((s) => s.meets === "no");
  // The most and the least favourable way to resolve every unknown.
  const maybeIn = subjects.filter((s) => s.filter === "unknown");
  const best =
    reached +
    counted.filter((s) => s.meets === "unknown").length +
    maybeIn.filter((s) => s.meets !== "no").length;
  let status: TargetStatus;
  if (t.measure.kind === "share") {
    const p = t.measure.percent;
    const worstOk = reached * 100 >= p * (counted.length + maybeIn.filter((s) => s.meets !== "yes").length);
    const bestOk = best * 100 >= p * (counted.length + maybeIn.filter((s) => s.meets !== "no").length);
    status =
      counted.length === 0 ? "insufficientData" : worstOk ? "met" : bestOk ? "insufficientData" : "notMet";
  } else {
    status = reached >= t.measure.atLeast ? "met" : best >= t.measure.atLeast ? "insufficientData" : "notMet";
  }
  const byUnit: ReferenceResult["byUnit"] = {};
  for (const s of subjects) {
    if (s.filter === "no") continue;
    const key = s.unit === undefined ? "" : fold(s.unit);
    byUnit[key] ??= { counted: 0, reached: 0 };
    if (s.filter === "yes") {
      byUnit[key].counted++;
      if (s.meets === "yes") byUnit[key].reached++;
    }
  }
  return {
    status,
    reached,
    counted: counted.length,
    short: short.map((s) => s.id),
    unsure: unsure.map((s) => s.id),
    byUnit,
  };
}
