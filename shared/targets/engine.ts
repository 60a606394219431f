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
  type Organization,
  type Plan,
  type PlanData,
  type Position,
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
  type TrainingKind,
  type Unit,
} from "../model";
import { StringIndex } from "../string-index";
import { type CollationKey, collationKey, compareKeys, fold, personNameRanks, remembering } from "../text";
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

/** Whom a verdict is about, as listed in shortfalls. */
type Who = Omit<Shortfall, "reason">;

/** The data looked up by name or id, and the subjects in listing order, built once per plan. */
interface Index {
  unitsByName: Map<string, Unit>;
  submissionsByUnit: Map<string, Submission[]>;
  successionsByUnit: Map<string, SuccessionEntry[]>;
  /** Subjects sorted once (by name, then id), so every target lists them in the same order. */
  cadres: CadreColumns;
  /** The distinct unit names of the cadres. */
  cadreUnits: string[];
  /** The distinct lists of (organization, post) among the cadres' positions, one cadre's each. */
  positionSets: Position[][];
  trainings: TrainingTable;
  units: Unit[];
  rotations: Array<{ rotation: RotationRecord; who: Who }>;
  /** fold() remembered: the same unit names, levels and documents come back for every subject. */
  fold: (text: string) => string;
}

/**
 * What the targets read of the cadres, in listing order (cadre k at [k]): every target walks them
 * in turn. Mostly small numbers, in arrays that stay in the processor's cache where 100,000 objects
 * would not; the cadres' own objects are not reached again.
 */
interface CadreColumns {
  ids: string[];
  names: string[];
  units: string[];
  positions: Position[][];
  /** Its unit name, as an index into Index.cadreUnits. */
  unitIndex: Int32Array;
  /** Its positions' (organization, post) pairs, as an index into Index.positionSets. */
  positionSet: Int32Array;
  /** 0: not given, 1: not full-time, 2: full-time. */
  fullTime: Uint8Array;
  /** 1 + the level's index in educationLevels, politicalTheoryLevels, languageLevels; 0: not given. */
  education: Uint8Array;
  politicalTheory: Uint8Array;
  languageLevel: Uint8Array;
  /** Its group in the training table (the records of every cadre with its id). */
  trainingGroup: Int32Array;
}

/**
 * Every training record as ids of its kind and start date, grouped by cadre id: each training target
 * goes through a cadre's group in a few typed-array reads, without visiting the records again.
 * Group g's records are [starts[g], starts[g + 1]).
 */
interface TrainingTable {
  kinds: TrainingKind[];
  dates: string[];
  kind: Uint32Array;
  date: Uint32Array;
  starts: Int32Array;
}

export function evaluatePlan(plan: Plan, data: PlanData, options: EvaluateOptions): TargetResult[] {
  const index = buildIndex(data);
  return plan.targets.map((target) => evaluateIndexed(target, index, options));
}

export function evaluateTarget(target: Target, data: PlanData, options: EvaluateOptions): TargetResult {
  return evaluateIndexed(target, buildIndex(data), options);
}

function buildIndex(data: PlanData): Index {
  const foldOf = remembering(fold);
  const ids = data.cadres.map((cadre) => cadre.id);
  const order = nameOrder(
    data.cadres.map((cadre) => cadre.fullName),
    ids,
  );
  // Cadres with the same id share their training records: one group per id, numbered in listing
  // order so that the targets read the training table from start to end. The ids are indexed in
  // input order, the order their strings lie in memory.
  const byId = new StringIndex(ids);
  const groups = new Int32Array(ids.length).fill(-1);
  const groupAt = new Int32Array(ids.length);
  let groupCount = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const first = byId.firsts[i]!;
    if (groups[first]! < 0) groups[first] = groupCount++;
    groups[i] = groups[first]!;
    groupAt[k] = groups[i]!;
  }
  const groupOf = (id: string): number => {
    const i = byId.find(id);
    return i < 0 ? -1 : groups[i]!;
  };
  const table = trainingTable(data, byId, groups, groupCount, groupOf);
  const cadreUnits: string[] = [];
  const unitIds = new Map<string, number>();
  // Most cadres hold one of a few combinations of posts: a target's post filter is judged once for each.
  const positionSets: Position[][] = [];
  const positionSetOf = positionSetNumbering(positionSets);
  const count = order.length;
  const cadres: CadreColumns = {
    ids: new Array<string>(count),
    names: new Array<string>(count),
    units: new Array<string>(count),
    positions: new Array<Position[]>(count),
    unitIndex: new Int32Array(count),
    positionSet: new Int32Array(count),
    fullTime: new Uint8Array(count),
    education: new Uint8Array(count),
    politicalTheory: new Uint8Array(count),
    languageLevel: new Uint8Array(count),
    trainingGroup: groupAt,
  };
  // The cadres in input order (where they lie in memory), each written at its place in the listing.
  const listingAt = new Int32Array(count);
  for (let k = 0; k < count; k++) listingAt[order[k]!] = k;
  for (let i = 0; i < count; i++) {
    const cadre = data.cadres[i]!;
    const k = listingAt[i]!;
    cadres.ids[k] = cadre.id;
    cadres.names[k] = cadre.fullName;
    cadres.units[k] = cadre.unit;
    cadres.positions[k] = cadre.positions;
    let unitIndex = unitIds.get(cadre.unit);
    if (unitIndex === undefined) {
      unitIndex = cadreUnits.push(cadre.unit) - 1;
      unitIds.set(cadre.unit, unitIndex);
    }
    cadres.unitIndex[k] = unitIndex;
    cadres.positionSet[k] = positionSetOf(cadre.positions);
    cadres.fullTime[k] = cadre.fullTime === undefined ? 0 : cadre.fullTime ? 2 : 1;
    cadres.education[k] = levelCode(educationLevels, cadre.education);
    cadres.politicalTheory[k] = levelCode(politicalTheoryLevels, cadre.politicalTheory);
    cadres.languageLevel[k] = levelCode(languageLevels, cadre.languageLevel);
  }
  // Rotations name their cadre: look up only the ids they use.
  const rotationIds = new Set(data.rotations.map((r) => r.cadreId));
  const cadresById = firstByKey(
    data.cadres.filter((cadre) => rotationIds.has(cadre.id)),
    (cadre) => cadre.id,
  );
  return {
    unitsByName: firstByKey(data.units, (unit) => foldOf(unit.name)),
    submissionsByUnit: groupBy(data.submissions, (s) => foldOf(s.unit)),
    successionsByUnit: groupBy(data.successions, (s) => foldOf(s.unit)),
    cadres,
    cadreUnits,
    positionSets,
    trainings: table,
    units: sortUnits(data.units),
    rotations: sortedRotations(data.rotations, cadresById),
    fold: foldOf,
  };
}

/**
 * Numbers each list of positions by its (organization, post) pairs in order: lists with the same
 * pairs get the same number, an index into `sets`, where the first such list is added. The lists
 * seen are kept as a tree of pairs, so that no key is built for each cadre.
 */
function positionSetNumbering(sets: Position[][]): (positions: Position[]) => number {
  interface Node {
    set: number;
    next: Map<Organization, Map<Post, Node>>;
  }
  const root: Node = { set: -1, next: new Map() };
  return (positions) => {
    let node = root;
    for (let i = 0; i < positions.length; i++) {
      const { organization, post } = positions[i]!;
      let byPost = node.next.get(organization);
      if (byPost === undefined) {
        byPost = new Map();
        node.next.set(organization, byPost);
      }
      let child = byPost.get(post);
      if (child === undefined) {
        child = { set: -1, next: new Map() };
        byPost.set(post, child);
      }
      node = child;
    }
    if (node.set < 0) node.set = sets.push(positions) - 1;
    return node.set;
  };
}

/** 1 + the index of `value` in `levels`; 0 when it is not given. */
function levelCode<T>(levels: readonly T[], value: T | undefined): number {
  return value === undefined ? 0 : levels.indexOf(value) + 1;
}

/**
 * The training table, grouped by cadre (a counting sort on the group of each record's cadre id).
 * Records of an unknown cadre id are left out.
 * `ids` holds the cadres' ids, `groups` the group of each cadre; groupOf gives the group of an id
 * (-1: none). The reader's links to cadres (PlanData.trainingCadres) are used where the cadre there
 * has the record's id (checked against the index's copy of the ids, which stays in the processor's
 * cache, rather than the cadre's own string, wherever it lies); other ids are looked up.
 */
function trainingTable(
  data: PlanData,
  ids: StringIndex,
  groups: Int32Array,
  groupCount: number,
  groupOf: (id: string) => number,
): TrainingTable {
  const { trainings } = data;
  const links = data.trainingCadres?.length === trainings.length ? data.trainingCadres : undefined;
  const kinds: TrainingKind[] = [];
  const dates: string[] = [];
  const kindIds = new Map<TrainingKind, number>();
  const dateIds = new Map<string, number>();
  const idOf = <T>(ids: Map<T, number>, values: T[], value: T): number => {
    let id = ids.get(value);
    if (id === undefined) {
      id = values.push(value) - 1;
      ids.set(value, id);
    }
    return id;
  };
  // One pass over the records (each a read from memory), then the table is filled from these arrays.
  const groupOfRecord = new Int32Array(trainings.length);
  const kindOfRecord = new Uint32Array(trainings.length);
  const dateOfRecord = new Uint32Array(trainings.length);
  const starts = new Int32Array(groupCount + 1);
  for (let i = 0; i < trainings.length; i++) {
    const record = trainings[i]!;
    const id = record.cadreId;
    const linked = links ? links[i]! : -1;
    const group = linked >= 0 && ids.isKeyAt(linked, id) ? groups[linked]! : groupOf(id);
    groupOfRecord[i] = group;
    if (group < 0) continue;
    starts[group + 1]!++;
    kindOfRecord[i] = idOf(kindIds, kinds, record.kind);
    dateOfRecord[i] = idOf(dateIds, dates, record.startDate);
  }
  for (let g = 1; g < starts.length; g++) starts[g]! += starts[g - 1]!;
  const total = starts[starts.length - 1]!;
  const table: TrainingTable = {
    kinds,
    dates,
    kind: new Uint32Array(total),
    date: new Uint32Array(total),
    starts,
  };
  const next = starts.slice(0, -1);
  for (let i = 0; i < trainings.length; i++) {
    const group = groupOfRecord[i]!;
    if (group < 0) continue;
    const at = next[group]!++;
    table.kind[at] = kindOfRecord[i]!;
    table.date[at] = dateOfRecord[i]!;
  }
  return table;
}

/**
 * With duplicate keys (unit names, cadre ids), the first in the order of the items' JSON text wins,
 * so that the input order does not matter. JSON is only written for the items that collide.
 */
function firstByKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  const first = new Map<string, T>();
  const json = new Map<T, string>();
  const jsonOf = (item: T): string => {
    let text = json.get(item);
    if (text === undefined) {
      text = JSON.stringify(item);
      json.set(item, text);
    }
    return text;
  };
  for (const item of items) {
    const key = keyOf(item);
    const kept = first.get(key);
    if (kept === undefined) first.set(key, item);
    else if (byCodeUnits(jsonOf(item), jsonOf(kept)) < 0) first.set(key, item);
  }
  return first;
}

/**
 * The order of subjects by person name (comparePersonNames), then id, as a stable sort would give it:
 * positions into `names` and `ids`. Each name gets its rank (personNameRanks: names that compare equal,
 * "Hoà" and "Hòa", share a rank); then a counting sort by rank, and each rank sorted by id.
 */
function nameOrder(names: readonly string[], ids: readonly string[]): number[] {
  const { ranks, count } = personNameRanks(names);
  const starts = new Array<number>(count + 1).fill(0);
  for (let i = 0; i < ranks.length; i++) starts[ranks[i]! + 1]!++;
  for (let r = 1; r < starts.length; r++) starts[r]! += starts[r - 1]!;
  const next = starts.slice(0, -1);
  const order = new Array<number>(names.length);
  for (let i = 0; i < ranks.length; i++) order[next[ranks[i]!]!++] = i;
  for (let r = 0; r < count; r++) {
    const from = starts[r]!;
    const to = starts[r + 1]!;
    if (to - from < 2) continue;
    if (to - from <= 8) {
      // A few people of the same name (the usual case): sorted in place, with nothing to allocate.
      for (let k = from + 1; k < to; k++) {
        const i = order[k]!;
        let j = k - 1;
        for (; j >= from && byCodeUnits(ids[order[j]!]!, ids[i]!) > 0; j--) order[j + 1] = order[j]!;
        order[j + 1] = i;
      }
      continue;
    }
    const same = order.slice(from, to).sort((a, b) => byCodeUnits(ids[a]!, ids[b]!));
    for (let k = 0; k < same.length; k++) order[from + k] = same[k]!;
  }
  return order;
}

function sortedRotations(
  rotations: readonly RotationRecord[],
  cadresById: Map<string, Cadre>,
): Index["rotations"] {
  const entries = rotations.map((rotation) => ({ rotation, who: rotationWho(rotation, cadresById) }));
  const order = nameOrder(
    entries.map((entry) => entry.who.name),
    entries.map((entry) => entry.who.id),
  );
  return order.map((i) => entries[i]!);
}

/** By name (compareVietnamese), then code units of name and level. */
function sortUnits(units: readonly Unit[]): Unit[] {
  const keys = new Map<string, CollationKey>();
  for (const unit of units) if (!keys.has(unit.name)) keys.set(unit.name, collationKey(unit.name));
  return [...units].sort(
    (a, b) =>
      compareKeys(keys.get(a.name)!, keys.get(b.name)!) ||
      byCodeUnits(a.name, b.name) ||
      byCodeUnits(a.level, b.level),
  );
}

function evaluateIndexed(target: Target, index: Index, options: EvaluateOptions): TargetResult {
  const mismatch = requirementMismatch(target);
  // A target that does not fit its subjects judges none of them: its tally stays empty.
  const tally = mismatch ? new Tally(() => ({ id: "", name: "" })) : judgeSubjects(target, index, options);
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
  const shortfalls: Shortfall[] = listShortfalls
    ? tally.short.map((subject, i) => shortfall(tally.whoOf(subject), tally.shortReasons[i]!))
    : [];
  const dataProblems = mismatch ? [mismatch] : tally.dataProblems;

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

/**
 * Verdicts added subject by subject in listing order: the counts, and what will be listed.
 * A subject is its position in the listing; whoOf says whom it is, for what is listed.
 */
class Tally {
  reached = 0;
  counted = 0;
  reqUnsure = 0;
  outUnsureYes = 0;
  outUnsureNo = 0;
  bothUnsure = 0;
  /** Who fell short and why, kept apart until the status says whether they are listed. */
  readonly short: number[] = [];
  readonly shortReasons: string[] = [];
  readonly dataProblems: string[] = [];

  constructor(readonly whoOf: (subject: number) => Who) {}

  /** A subject left out by the filter is not added at all. */
  add(subject: number, filter: FilterVerdict, requirement: RequirementVerdict): void {
    if (filter.kind === "in") {
      this.counted++;
      if (requirement.kind === "yes") this.reached++;
      else if (requirement.kind === "unknown") this.reqUnsure++;
      else {
        this.short.push(subject);
        this.shortReasons.push(requirement.reason);
      }
    } else if (filter.kind === "unknown") {
      if (requirement.kind === "yes") this.outUnsureYes++;
      else if (requirement.kind === "no") this.outUnsureNo++;
      else this.bothUnsure++;
      const who = describe(this.whoOf(subject));
      for (const problem of filter.problems) this.dataProblems.push(`${who}: ${problem}`);
    }
    if (requirement.kind === "unknown") {
      this.dataProblems.push(`${describe(this.whoOf(subject))}: ${requirement.problem}`);
    }
  }
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

/** Every subject of the target judged, in listing order. */
function judgeSubjects(target: Target, index: Index, options: EvaluateOptions): Tally {
  const context = targetContext(target, index, options);
  switch (target.subject) {
    case "cadres": {
      const { ids, names, units } = index.cadres;
      const tally = new Tally((k) => ({ id: ids[k]!, name: names[k]!, unit: units[k]! }));
      // Indexed loops in the per-cadre paths: a first run, not yet compiled, then makes no iterator objects.
      for (let k = 0; k < ids.length; k++) {
        const filter = cadreFilter(k, context);
        if (filter !== out) tally.add(k, filter, cadreRequirement(k, context));
      }
      return tally;
    }
    case "units": {
      const { units } = index;
      const tally = new Tally((u) => ({ id: units[u]!.name, name: units[u]!.name }));
      units.forEach((unit, u) => {
        const filter = unitFilter(unit, context);
        if (filter !== out) tally.add(u, filter, unitRequirement(unit, context));
      });
      return tally;
    }
    case "rotations": {
      const { rotations } = index;
      const tally = new Tally((r) => rotations[r]!.who);
      rotations.forEach(({ rotation }, r) => {
        const filter = rotationFilter(rotation, context);
        if (filter !== out) tally.add(r, filter, yes);
      });
      return tally;
    }
  }
}

/** What one target needs again and again, worked out once: folded filter words, checks by unit name. */
interface TargetContext {
  target: Target;
  index: Index;
  options: EvaluateOptions;
  /** The target's cadre filter, in one shape for every target (read for every cadre). */
  cadreRules: {
    posts: Post[] | undefined;
    organizations: Organization[] | undefined;
    fullTime: boolean | undefined;
    newlyAssigned: boolean | undefined;
    /** A position of one of the posts, in one of the organizations (each when given). */
    matchesPosition: (position: Position) => boolean;
    /** By Index.positionSets: 1 when one of its positions matches (only with posts or organizations). */
    positionSetMatches: Uint8Array;
  };
  /** Checks on a unit named in a cadre or rotation: its name, then its level and sector. */
  unitChecks: (unitName: string) => Check[];
  /** unitChecks of each of Index.cadreUnits, filled as cadres are met. */
  cadreUnitChecks: Array<Check[] | undefined>;
  /** Training requirement: which kind and date ids of the training table count (empty otherwise). */
  countedKind: Uint8Array;
  countedDate: Uint8Array;
  /**
   * A "no" whose reason depends only on `key` within the target, made once and shared by every
   * subject: knownNo(key) gives it once newNo(key, reason) has made it.
   */
  knownNo: (key: string | number) => RequirementVerdict | undefined;
  newNo: (key: string | number, reason: string) => RequirementVerdict;
}

function targetContext(target: Target, index: Index, options: EvaluateOptions): TargetContext {
  const byUnitName = new Map<string, Check[]>();
  const verdicts = new Map<string | number, RequirementVerdict>();
  const { posts, organizations } = target.filter;
  const req = target.requirement;
  const { kinds, dates } = index.trainings;
  const asked = req.kind === "training" ? req.trainingKinds : [];
  const matchesPosition = ({ post, organization }: Position): boolean =>
    (!posts || posts.includes(post)) && (!organizations || organizations.includes(organization));
  return {
    target,
    index,
    options,
    cadreRules: {
      posts: target.filter.posts,
      organizations: target.filter.organizations,
      fullTime: target.filter.fullTime,
      newlyAssigned: target.filter.newlyAssigned,
      matchesPosition,
      positionSetMatches:
        posts || organizations
          ? Uint8Array.from(index.positionSets, (set) => (set.some(matchesPosition) ? 1 : 0))
          : new Uint8Array(0),
    },
    cadreUnitChecks: [],
    countedKind: Uint8Array.from(kinds, (kind) => (asked.includes(kind) ? 1 : 0)),
    countedDate: Uint8Array.from(dates, (date) => (inPeriod(date, target) ? 1 : 0)),
    unitChecks: (unitName) => {
      let checks = byUnitName.get(unitName);
      if (checks === undefined) {
        checks = [
          nameContains(unitName, target.filter.unitNameContains, index.fold),
          ...unitKindChecks(unitName, target, index),
        ];
        byUnitName.set(unitName, checks);
      }
      return checks;
    },
    knownNo: (key) => verdicts.get(key),
    newNo: (key, reason) => {
      const verdict = no(reason);
      verdicts.set(key, verdict);
      return verdict;
    },
  };
}

// ---- filters ----

type Check = "in" | "out" | string; // a string is the problem that leaves it unknown

const inside: FilterVerdict = { kind: "in" };
const out: FilterVerdict = { kind: "out" };

/** Any "out" leaves the subject out; otherwise the problems, in the order of the checks, make it unknown. */
function combine(checks: Check[]): FilterVerdict {
  if (checks.includes("out")) return out;
  const problems = checks.filter((c) => c !== "in");
  return problems.length > 0 ? { kind: "unknown", problems } : inside;
}

function nameContains(name: string, parts: string[] | undefined, foldOf: (text: string) => string): Check {
  if (!parts) return "in";
  const folded = foldOf(name);
  return parts.some((part) => folded.includes(foldOf(part))) ? "in" : "out";
}

/** Level and sector of a unit looked up by name. */
function unitKindChecks(unitName: string, target: Target, index: Index): Check[] {
  const { levels, sectors } = target.filter;
  if (!levels && !sectors) return [];
  const unit = index.unitsByName.get(index.fold(unitName));
  if (!unit) return [`đơn vị "${unitName}" không có trong danh sách đơn vị`];
  return unitOwnChecks(unit, target, index.fold);
}

function unitOwnChecks(unit: Unit, target: Target, foldOf: (text: string) => string): Check[] {
  const { levels, sectors } = target.filter;
  const checks: Check[] = [];
  if (levels) checks.push(levels.some((level) => foldOf(level) === foldOf(unit.level)) ? "in" : "out");
  if (sectors) {
    if (!unit.sector) checks.push(`đơn vị "${unit.name}" chưa ghi khu vực`);
    else checks.push(sectors.includes(unit.sector) ? "in" : "out");
  }
  return checks;
}

function inPeriod(date: string, target: Target): boolean {
  return target.period.from <= date && date <= target.period.to;
}

/**
 * The checks of combine() in the same order, stopping at the first "out" (run for every cadre):
 * for the cadre at position k of the listing.
 */
function cadreFilter(k: number, context: TargetContext): FilterVerdict {
  const { target } = context;
  const { posts, organizations, fullTime, newlyAssigned, matchesPosition, positionSetMatches } =
    context.cadreRules;
  const cadres = context.index.cadres;
  let problems: string[] | undefined;
  if ((posts || organizations) && positionSetMatches[cadres.positionSet[k]!] === 0) return out;
  if (fullTime !== undefined) {
    const has = cadres.fullTime[k];
    if (has === 0) {
      problems ??= [];
      problems.push("chưa ghi có phải cán bộ chuyên trách hay không");
    } else if ((has === 2) !== fullTime) return out;
  }
  if (newlyAssigned !== undefined) {
    // Of the positions the filter names: one taken up within the period, or those with no date.
    let isNew = false;
    let undated: string[] | undefined;
    const positions = cadres.positions[k]!;
    for (let i = 0; i < positions.length; i++) {
      const p = positions[i]!;
      if (!matchesPosition(p)) continue;
      if (p.since === undefined) {
        undated ??= [];
        undated.push(postLabels[p.post]);
      } else if (inPeriod(p.since, target)) isNew = true;
    }
    if (isNew) {
      if (!newlyAssigned) return out;
    } else if (undated) {
      problems ??= [];
      problems.push(`chưa ghi ngày nhận nhiệm vụ ${undated.join(", ")}`);
    } else if (newlyAssigned) return out;
  }
  const unitIndex = cadres.unitIndex[k]!;
  let unitChecks = context.cadreUnitChecks[unitIndex];
  if (unitChecks === undefined) {
    unitChecks = context.unitChecks(context.index.cadreUnits[unitIndex]!);
    context.cadreUnitChecks[unitIndex] = unitChecks;
  }
  for (let i = 0; i < unitChecks.length; i++) {
    const check = unitChecks[i]!;
    if (check === "out") return out;
    if (check !== "in") {
      problems ??= [];
      problems.push(check);
    }
  }
  return problems ? { kind: "unknown", problems } : inside;
}

function unitFilter(unit: Unit, { target, index }: TargetContext): FilterVerdict {
  return combine([
    nameContains(unit.name, target.filter.unitNameContains, index.fold),
    ...unitOwnChecks(unit, target, index.fold),
  ]);
}

function rotationFilter(rotation: RotationRecord, context: TargetContext): FilterVerdict {
  const { target, index } = context;
  const { fromPosts, fromUnitNameContains, rotationKinds } = target.filter;
  const checks: Check[] = [inPeriod(rotation.date, target) ? "in" : "out"];
  if (rotationKinds) checks.push(rotationKinds.includes(rotation.kind) ? "in" : "out");
  if (fromPosts) {
    if (!rotation.fromPost) checks.push("chưa ghi chức vụ trước khi chuyển");
    else checks.push(fromPosts.includes(rotation.fromPost) ? "in" : "out");
  }
  if (fromUnitNameContains) {
    if (!rotation.fromUnit) checks.push("chưa ghi đơn vị trước khi chuyển");
    else checks.push(nameContains(rotation.fromUnit, fromUnitNameContains, index.fold));
  }
  checks.push(...context.unitChecks(rotation.toUnit));
  return combine(checks);
}

// ---- requirements ----

/** The requirement for the cadre at position k of the listing. */
function cadreRequirement(k: number, context: TargetContext): RequirementVerdict {
  const { target, index, countedKind, countedDate } = context;
  const { cadres } = index;
  const req = target.requirement;
  switch (req.kind) {
    case "training": {
      // Records of the kinds asked for, started within the period.
      const { kind, date, starts } = index.trainings;
      const group = cadres.trainingGroup[k]!;
      const to = starts[group + 1]!;
      let have = 0;
      for (let i = starts[group]!; i < to; i++) {
        if (countedKind[kind[i]!] === 1 && countedDate[date[i]!] === 1) have++;
      }
      if (have >= req.minCount) return yes;
      return (
        context.knownNo(have) ?? context.newNo(have, trainingReason(req.trainingKinds, have, req.minCount))
      );
    }
    case "education":
      return levelVerdict(
        cadres.education[k]!,
        educationLevels,
        req.min,
        noEducation,
        educationReason,
        context,
      );
    case "politicalTheory":
      return levelVerdict(
        cadres.politicalTheory[k]!,
        politicalTheoryLevels,
        req.min,
        noPoliticalTheory,
        politicalTheoryReason,
        context,
      );
    case "languageLevel":
      return levelVerdict(
        cadres.languageLevel[k]!,
        languageLevels,
        req.min,
        noLanguageLevel,
        languageReason,
        context,
      );
    default:
      return yes;
  }
}

/** A level (its levelCode) against the lowest level asked for. */
function levelVerdict<T extends string>(
  code: number,
  levels: readonly T[],
  min: T,
  missing: RequirementVerdict,
  reason: (has: T, min: T) => string,
  context: TargetContext,
): RequirementVerdict {
  if (code === 0) return missing;
  if (code - 1 >= levels.indexOf(min)) return yes;
  const has = levels[code - 1]!;
  return context.knownNo(has) ?? context.newNo(has, reason(has, min));
}

function unitRequirement(unit: Unit, context: TargetContext): RequirementVerdict {
  const { target, index, options } = context;
  const req = target.requirement;
  switch (req.kind) {
    case "submission": {
      const submissions = index.submissionsByUnit.get(index.fold(unit.name)) ?? [];
      return submissionVerdict(submissions, req, target, options, index.fold);
    }
    case "succession": {
      const entries = (index.successionsByUnit.get(index.fold(unit.name)) ?? []).filter(
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
  foldOf: (text: string) => string,
): RequirementVerdict {
  const wanted = foldOf(req.document);
  const rows = submissions.filter((s) => foldOf(s.document).includes(wanted) && inPeriod(s.deadline, target));
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
// Shared by every cadre they apply to: verdicts are never changed.
const noEducation = unknown("chưa ghi trình độ chuyên môn");
const noPoliticalTheory = unknown("chưa ghi trình độ lý luận chính trị");
const noLanguageLevel = unknown("chưa ghi trình độ ngoại ngữ");

/** Terms are stored "2025–2030"; accept any dash and spaces so data typed by hand still matches. */
function sameTermForm(term: string): string {
  return term.trim().replace(/\s*[-–—]\s*/, "–");
}

function sameTerm(a: string, b: string): boolean {
  return sameTermForm(a) === sameTermForm(b);
}

function rotationWho(rotation: RotationRecord, cadresById: Map<string, Cadre>): Who {
  const cadre = cadresById.get(rotation.cadreId);
  const from = rotation.fromUnit ? `${rotation.fromUnit} → ` : "";
  return {
    id: `${rotation.cadreId}: ${from}${rotation.toUnit} (${formatDate(rotation.date)})`,
    name: cadre?.fullName ?? rotation.cadreId,
    unit: rotation.toUnit,
  };
}

/** {...who, reason}, written out: a unit's "who" has no unit. */
function shortfall(who: Who, reason: string): Shortfall {
  return who.unit === undefined
    ? { id: who.id, name: who.name, reason }
    : { id: who.id, name: who.name, unit: who.unit, reason };
}

function describe(who: Who): string {
  return who.unit && who.unit !== who.name ? `${who.name} (${who.unit})` : who.name;
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
