// Whom a target counts: the filter's verdict on each subject, IN, OUT or UNKNOWN (a field the
// filter needs is blank or its cell not valid). Any OUT leaves the subject out; otherwise any
// UNKNOWN leaves it unknown, with the reasons in the order of the checks.
//
// Which filter fields apply to which subject (the others are ignored):
//   cadres:    posts, organizations, fullTime, newlyAssigned, levels, sectors, unitNameContains
//   units:     levels, sectors, unitNameContains
//   rotations: fromPosts, fromUnitNameContains, rotationKinds, unitNameContains, levels, sectors
//              (the last three of the unit moved to); the rotation's date must lie in the period.
//              A person with several rotations counts once: IN if one of them is.
import { postLabels } from "../labels";
import { fullTimeStatuses, type Position, type RotationRecord, type Target, type Unit } from "../model";
import { positionColumns } from "../templates/definitions";
import { type FilterJudge, type FilterVerdict, IN, inPeriod, OUT, UNKNOWN } from "./judging";
import { INVALID, type PlanIndex } from "./plan-index";

type Check = typeof IN | typeof OUT | string; // a string is the problem that leaves it unknown

function combine(checks: readonly Check[]): { verdict: FilterVerdict; problems: string[] } {
  if (checks.includes(OUT)) return { verdict: OUT, problems: [] };
  const problems = checks.filter((c): c is string => typeof c === "string");
  return { verdict: problems.length ? UNKNOWN : IN, problems };
}

/** A filter judge from a check list per subject, made once per subject (units, people: few). */
function judgeByChecks(checksOf: (subject: number) => Check[]): FilterJudge {
  const cache = new Map<number, { verdict: FilterVerdict; problems: string[] }>();
  const of = (subject: number) => {
    let result = cache.get(subject);
    if (!result) {
      result = combine(checksOf(subject));
      cache.set(subject, result);
    }
    return result;
  };
  return { verdict: (s) => of(s).verdict, problems: (s) => of(s).problems };
}

function nameContains(
  name: string | undefined,
  parts: string[] | undefined,
  index: PlanIndex,
  what: string,
): Check {
  if (!parts) return IN;
  if (name === undefined) return `chưa rõ tên ${what}`;
  const key = index.key(name);
  return parts.some((part) => key.includes(index.key(part))) ? IN : OUT;
}

/** Level and sector of a unit. */
function unitOwnChecks(unit: Unit, target: Target, index: PlanIndex): Check[] {
  const { levels, sectors } = target.filter;
  const checks: Check[] = [];
  const name = unit.name ?? `dòng ${unit.row}`;
  if (levels) {
    if (unit.level === undefined) checks.push(unit.invalid?.level ?? `đơn vị "${name}" chưa ghi cấp`);
    else checks.push(levels.some((level) => index.key(level) === index.key(unit.level!)) ? IN : OUT);
  }
  if (sectors) {
    if (unit.sector === undefined) checks.push(unit.invalid?.sector ?? `đơn vị "${name}" chưa ghi khu vực`);
    else checks.push(sectors.includes(unit.sector) ? IN : OUT);
  }
  return checks;
}

/** The checks on a unit known by name (a cadre's or a rotation's): its name, then its level and sector. */
function namedUnitChecks(
  unitName: string | undefined,
  target: Target,
  index: PlanIndex,
  invalid?: string,
): Check[] {
  const { levels, sectors, unitNameContains } = target.filter;
  if (!levels && !sectors && !unitNameContains) return [];
  if (unitName === undefined) return [invalid ?? "chưa ghi đơn vị"];
  const checks = [nameContains(unitName, unitNameContains, index, "đơn vị")];
  if (!levels && !sectors) return checks;
  const unit = index.unitByKey.get(index.key(unitName));
  if (!unit) checks.push(`đơn vị "${unitName}" không có trong danh sách đơn vị`);
  else checks.push(...unitOwnChecks(unit, target, index));
  return checks;
}

export function unitFilter(target: Target, index: PlanIndex): FilterJudge {
  return judgeByChecks((u) => {
    const unit = index.units[u]!;
    return [
      nameContains(unit.name, target.filter.unitNameContains, index, "đơn vị"),
      ...unitOwnChecks(unit, target, index),
    ];
  });
}

export function peopleFilter(target: Target, index: PlanIndex): FilterJudge {
  const { fromPosts, fromUnitNameContains, rotationKinds } = target.filter;
  const rotationChecks = (r: RotationRecord): Check[] => {
    const checks: Check[] = [];
    checks.push(
      r.date === undefined
        ? (r.invalid?.date ?? "chưa ghi ngày quyết định")
        : inPeriod(r.date, target)
          ? IN
          : OUT,
    );
    if (rotationKinds) {
      if (r.kind === undefined) checks.push(r.invalid?.kind ?? "chưa ghi hình thức luân chuyển");
      else checks.push(rotationKinds.includes(r.kind) ? IN : OUT);
    }
    if (fromPosts) {
      if (r.fromPost === undefined) checks.push(r.invalid?.fromPost ?? "chưa ghi chức vụ trước khi chuyển");
      else checks.push(fromPosts.includes(r.fromPost) ? IN : OUT);
    }
    if (fromUnitNameContains) {
      if (r.fromUnit === undefined) checks.push(r.invalid?.fromUnit ?? "chưa ghi đơn vị trước khi chuyển");
      else checks.push(nameContains(r.fromUnit, fromUnitNameContains, index, "đơn vị cũ"));
    }
    checks.push(...namedUnitChecks(r.toUnit, target, index, r.invalid?.toUnit));
    return checks;
  };
  const cache = new Map<number, { verdict: FilterVerdict; problems: string[] }>();
  const of = (p: number) => {
    let result = cache.get(p);
    if (!result) {
      // The person counts if one of their rotations does; unknown if none does but one may.
      const verdicts = index.people[p]!.rotations.map((r) => combine(rotationChecks(r)));
      const found = verdicts.find((v) => v.verdict === IN);
      const unsure = verdicts.filter((v) => v.verdict === UNKNOWN);
      result =
        found ??
        (unsure.length
          ? { verdict: UNKNOWN, problems: unsure.flatMap((v) => v.problems) }
          : { verdict: OUT, problems: [] });
      cache.set(p, result);
    }
    return result;
  };
  return { verdict: (p) => of(p).verdict, problems: (p) => of(p).problems };
}

/**
 * The cadre filter, run for every cadre of every cadre target: the posts by the cadres' sets of
 * positions, the unit checks by the cadres' unit names, each worked out once; the rest from the
 * cadres' arrays. Problems are worded only for the cadres that are unknown.
 */
export function cadreFilter(target: Target, index: PlanIndex): FilterJudge {
  const { posts, organizations, fullTime, newlyAssigned } = target.filter;
  const cadres = index.cadres;
  const matches = ({ post, organization }: Position) =>
    (!posts || posts.includes(post)) && (!organizations || organizations.includes(organization));
  const byPosts = posts || organizations;
  const setMatches = byPosts
    ? Uint8Array.from(cadres.positionSets, (set) => (set.some(matches) ? 1 : 0))
    : undefined;
  /** The post columns (as bits) that could hold a post the filter asks for. */
  let askedColumns = 0;
  positionColumns.forEach((p, bit) => {
    if (!organizations || organizations.includes(p.organization)) askedColumns |= 1 << bit;
  });
  /** The post cells, not valid, that could hold a matching post. */
  const doubtfulPosts = (k: number): string[] => {
    const bits = cadres.doubtfulPosts[k]! & askedColumns;
    if (bits === 0) return [];
    const invalid = cadres.records[k]!.invalid!;
    return positionColumns.filter((_, bit) => bits & (1 << bit)).map((p) => invalid[p.post]!);
  };
  const wanted = fullTime ? new Set(fullTime.map((s) => fullTimeStatuses.indexOf(s) + 1)) : undefined;
  const unitChecks: Array<Check[] | undefined> = [];
  const unitChecksOf = (k: number): Check[] => {
    const u = cadres.unitIndex[k]!;
    if (u < 0) return namedUnitChecks(undefined, target, index, cadres.records[k]!.invalid?.unit);
    let checks = unitChecks[u];
    if (checks === undefined) {
      checks = namedUnitChecks(cadres.unitNames[u], target, index);
      unitChecks[u] = checks;
    }
    return checks;
  };

  /** The verdict and, when `problems` is given, what leaves it unknown. */
  const judge = (k: number, problems?: string[]): FilterVerdict => {
    let unsure = false;
    if (setMatches && setMatches[cadres.positionSet[k]!] === 0) {
      if ((cadres.doubtfulPosts[k]! & askedColumns) === 0) return OUT;
      unsure = true;
      problems?.push(...doubtfulPosts(k));
    }
    if (wanted) {
      const has = cadres.fullTime[k]!;
      if (has === 0 || has === INVALID) {
        unsure = true;
        problems?.push(
          has === 0
            ? "chưa ghi có phải cán bộ chuyên trách hay không"
            : cadres.records[k]!.invalid!.fullTime!,
        );
      } else if (!wanted.has(has)) return OUT;
    }
    if (newlyAssigned !== undefined) {
      // Of the positions the filter names: one taken up within the period, or those with no date.
      let isNew = false;
      let undated: string[] | undefined;
      const record = cadres.records[k]!;
      for (const p of record.positions) {
        if (!matches(p)) continue;
        if (p.since === undefined) {
          const column = positionColumns.find((c) => c.organization === p.organization)!;
          undated ??= [];
          undated.push(record.invalid?.[column.since] ?? `chưa ghi ngày nhận nhiệm vụ ${postLabels[p.post]}`);
        } else if (inPeriod(p.since, target)) isNew = true;
      }
      if (isNew) {
        if (!newlyAssigned) return OUT;
      } else if (undated) {
        unsure = true;
        problems?.push(...undated);
      } else if (newlyAssigned) return OUT;
    }
    const checks = unitChecksOf(k);
    for (let i = 0; i < checks.length; i++) {
      const check = checks[i]!;
      if (check === OUT) return OUT;
      if (check !== IN) {
        unsure = true;
        problems?.push(check);
      }
    }
    return unsure ? UNKNOWN : IN;
  };
  return {
    verdict: (k) => judge(k),
    problems: (k) => {
      const problems: string[] = [];
      judge(k, problems);
      return problems;
    },
  };
}
