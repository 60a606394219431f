// The plan's data looked up by name or id, and each kind of subject in listing order, built once
// per evaluation and read by every target. What the targets read of the cadres is kept in arrays in
// listing order (mostly small numbers): every target walks them, and 100,000 objects would not stay
// in the processor's cache.
import {
  type Cadre,
  educationLevels,
  fullTimeStatuses,
  languageLevels,
  type Organization,
  type PlanData,
  type Position,
  type Post,
  politicalTheoryLevels,
  type RotationRecord,
  type Submission,
  type SuccessionEntry,
  type TrainingKind,
  trainingKinds,
  type Unit,
} from "../model";
import { StringIndex } from "../string-index";
import { positionColumns } from "../templates/definitions";
import {
  type CollationKey,
  collationKey,
  compareKeys,
  idKey,
  nameKey,
  personNameRanks,
  remembering,
} from "../text";
import { byCodeUnits, INVALID, UNKNOWN_CODE, type Who } from "./judging";

export { INVALID, UNKNOWN_CODE } from "./judging";

export interface CadreTable {
  count: number;
  /** The cadre at each place of the listing (by name, then id). */
  records: Cadre[];
  /** The place in the listing of each cadre of PlanData.cadres. */
  listingAt: Int32Array;
  ids: string[];
  names: string[];
  units: string[];
  /** Its unit name as an index into `unitNames` (-1: none given). */
  unitIndex: Int32Array;
  /** The distinct unit names of the cadres. */
  unitNames: string[];
  /** Its positions' (organization, post) pairs as an index into `positionSets`. */
  positionSet: Int32Array;
  positionSets: Position[][];
  /** Bit i set: the post cell of positionColumns[i] was not valid (the post may be any). */
  doubtfulPosts: Uint8Array;
  /** 0 not given, 1 + index in fullTimeStatuses, INVALID. */
  fullTime: Uint8Array;
  education: Uint8Array;
  politicalTheory: Uint8Array;
  languageLevel: Uint8Array;
}

/**
 * Every training record linked to a cadre, grouped by the cadre's place in the listing: cadre k's
 * records are [starts[k], starts[k + 1]). A record's kind is its index in trainingKinds and its
 * date an index into `dates`; UNKNOWN_CODE where the cell was blank or not valid.
 */
export interface TrainingTable {
  dates: string[];
  kind: Uint8Array;
  date: Int32Array;
  starts: Int32Array;
  /** Records that belong to no cadre: no id, an id not on the cadres sheet. */
  orphans: number;
}

export interface PlanIndex {
  data: PlanData;
  /** fold() remembered: the same unit names, levels and documents come back for every subject. */
  key: (text: string) => string;
  cadres: CadreTable;
  trainings: TrainingTable;
  /** Units by name, then level. */
  units: Unit[];
  unitByKey: Map<string, Unit>;
  submissionsByUnit: Map<string, Submission[]>;
  successionsByUnit: Map<string, SuccessionEntry[]>;
  /** The people of the rotations sheet, each with their rotations, by name. */
  people: Array<{ who: Who; rotations: RotationRecord[] }>;
}

const emptyList: never[] = [];

export function buildIndex(data: PlanData): PlanIndex {
  const key = remembering(nameKey);
  const cadres = cadreTable(data.cadres);
  return {
    data,
    key,
    cadres,
    trainings: trainingTable(data, cadres),
    units: sortUnits(data.units),
    unitByKey: firstByKey(data.units, (u) => (u.name === undefined ? undefined : key(u.name))),
    submissionsByUnit: groupBy(data.submissions, (s) => (s.unit === undefined ? undefined : key(s.unit))),
    successionsByUnit: groupBy(data.successions, (s) => (s.unit === undefined ? undefined : key(s.unit))),
    people: peopleOf(data.rotations, data.cadres),
  };
}

function levelCode<T extends string>(
  levels: readonly T[],
  value: T | undefined,
  field: string,
  cadre: Cadre,
): number {
  if (value !== undefined) return levels.indexOf(value) + 1;
  return cadre.invalid?.[field] !== undefined ? INVALID : 0;
}

function cadreTable(list: readonly Cadre[]): CadreTable {
  const count = list.length;
  const order = nameOrder(
    list.map((c) => c.fullName ?? ""),
    list.map((c) => c.id ?? ""),
  );
  const table: CadreTable = {
    count,
    records: new Array<Cadre>(count),
    listingAt: new Int32Array(count),
    ids: new Array<string>(count),
    names: new Array<string>(count),
    units: new Array<string>(count),
    unitIndex: new Int32Array(count),
    unitNames: [],
    positionSet: new Int32Array(count),
    positionSets: [],
    doubtfulPosts: new Uint8Array(count),
    fullTime: new Uint8Array(count),
    education: new Uint8Array(count),
    politicalTheory: new Uint8Array(count),
    languageLevel: new Uint8Array(count),
  };
  const unitIds = new Map<string, number>();
  const positionSetOf = positionSetNumbering(table.positionSets);
  // The cadres in input order (where they lie in memory), each written at its place in the listing.
  const { listingAt } = table;
  for (let k = 0; k < count; k++) listingAt[order[k]!] = k;
  for (let i = 0; i < count; i++) {
    const cadre = list[i]!;
    const k = listingAt[i]!;
    table.records[k] = cadre;
    table.ids[k] = cadre.id ?? "";
    table.names[k] = cadre.fullName ?? "";
    table.units[k] = cadre.unit ?? "";
    let unit = -1;
    if (cadre.unit !== undefined) {
      const known = unitIds.get(cadre.unit);
      unit = known ?? table.unitNames.push(cadre.unit) - 1;
      if (known === undefined) unitIds.set(cadre.unit, unit);
    }
    table.unitIndex[k] = unit;
    table.positionSet[k] = positionSetOf(cadre.positions);
    if (cadre.invalid) {
      let bits = 0;
      positionColumns.forEach((p, bit) => {
        if (cadre.invalid![p.post] !== undefined) bits |= 1 << bit;
      });
      table.doubtfulPosts[k] = bits;
    }
    table.fullTime[k] = levelCode(fullTimeStatuses, cadre.fullTime, "fullTime", cadre);
    table.education[k] = levelCode(educationLevels, cadre.education, "education", cadre);
    table.politicalTheory[k] = levelCode(
      politicalTheoryLevels,
      cadre.politicalTheory,
      "politicalTheory",
      cadre,
    );
    table.languageLevel[k] = levelCode(languageLevels, cadre.languageLevel, "languageLevel", cadre);
  }
  return table;
}

/**
 * Numbers each list of positions by its (organization, post) pairs in order: lists with the same
 * pairs get the same number, an index into `sets`. Most cadres hold one of a few combinations, so a
 * target's post filter is judged once for each combination.
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

/**
 * The training table: each record linked to its cadre (by the reader's links where given, else by
 * id without regard to case and spacing), then a counting sort by the cadre's place in the listing.
 */
function trainingTable(data: PlanData, cadres: CadreTable): TrainingTable {
  const { trainings } = data;
  const count = cadres.count;
  const placeOf = cadres.listingAt;
  const links = data.trainingCadres?.length === trainings.length ? data.trainingCadres : undefined;
  let byId: StringIndex | undefined;
  // The cadres' ids side by side: a link is checked against this copy, which stays in the
  // processor's cache, rather than against each cadre's own object, wherever it lies.
  const typed = links ? new StringIndex(data.cadres.map((c) => c.id ?? "")) : undefined;
  /** The cadre a record names: the reader's link where the cadre there has the record's id, else looked up. */
  const linkOf = (i: number, id: string | undefined): number => {
    if (id === undefined) return -1;
    const linked = links ? links[i]! : -1;
    if (linked >= 0 && linked < data.cadres.length && typed!.isKeyAt(linked, id)) return linked;
    byId ??= new StringIndex(data.cadres.map((c) => (c.id ? idKey(c.id) : "")));
    const key = idKey(id);
    return key === "" ? -1 : byId.find(key);
  };
  const dates: string[] = [];
  const dateIds = new Map<string, number>();
  const kindIds = new Map<TrainingKind, number>(trainingKinds.map((kind, i) => [kind, i]));
  const placeOfRecord = new Int32Array(trainings.length);
  const starts = new Int32Array(count + 1);
  let orphans = 0;
  for (let i = 0; i < trainings.length; i++) {
    const link = linkOf(i, trainings[i]!.cadreId);
    const place = link < 0 ? -1 : placeOf[link]!;
    placeOfRecord[i] = place;
    if (place < 0) orphans++;
    else starts[place + 1]!++;
  }
  for (let k = 1; k <= count; k++) starts[k]! += starts[k - 1]!;
  const total = starts[count]!;
  const table: TrainingTable = {
    dates,
    kind: new Uint8Array(total),
    date: new Int32Array(total),
    starts,
    orphans,
  };
  const next = starts.slice(0, count);
  for (let i = 0; i < trainings.length; i++) {
    const place = placeOfRecord[i]!;
    if (place < 0) continue;
    const record = trainings[i]!;
    const at = next[place]!++;
    table.kind[at] = record.kind === undefined ? 255 : kindIds.get(record.kind)!;
    const start = record.startDate;
    let date = UNKNOWN_CODE;
    if (start !== undefined) {
      date = dateIds.get(start) ?? -1;
      if (date < 0) {
        date = dates.push(start) - 1;
        dateIds.set(start, date);
      }
    }
    table.date[at] = date;
  }
  return table;
}

/** The first item of each key (no key: none), in the order of the items' JSON text when several share it. */
function firstByKey<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T> {
  const first = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const kept = first.get(key);
    if (kept === undefined || byCodeUnits(JSON.stringify(item), JSON.stringify(kept)) < 0)
      first.set(key, item);
  }
  return first;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The subjects' order by person name (comparePersonNames), then id: positions into `names`. */
export function nameOrder(names: readonly string[], ids: readonly string[]): number[] {
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
    // A few people of the same name (the usual case): sorted in place, with nothing to allocate.
    for (let k = from + 1; k < to; k++) {
      const i = order[k]!;
      let j = k - 1;
      for (; j >= from && (byCodeUnits(ids[order[j]!]!, ids[i]!) || order[j]! - i) > 0; j--)
        order[j + 1] = order[j]!;
      order[j + 1] = i;
    }
  }
  return order;
}

/** By name (Vietnamese collation), then code units of name and level. */
function sortUnits(units: readonly Unit[]): Unit[] {
  const keys = new Map<string, CollationKey>();
  for (const unit of units) {
    const name = unit.name ?? "";
    if (!keys.has(name)) keys.set(name, collationKey(name));
  }
  return [...units].sort(
    (a, b) =>
      compareKeys(keys.get(a.name ?? "")!, keys.get(b.name ?? "")!) ||
      byCodeUnits(a.name ?? "", b.name ?? "") ||
      byCodeUnits(a.level ?? "", b.level ?? "") ||
      (a.row ?? 0) - (b.row ?? 0),
  );
}

/**
 * The people of the rotations: rotations of the same cadre id (without regard to case and spacing)
 * are one person, who counts once; a rotation with no id is a person of its own.
 */
function peopleOf(rotations: readonly RotationRecord[], cadres: readonly Cadre[]): PlanIndex["people"] {
  const wanted = new Set(rotations.flatMap((r) => (r.cadreId ? [idKey(r.cadreId)] : [])));
  const names = new Map<string, string>();
  for (const c of cadres) {
    if (!c.id || !c.fullName) continue;
    const key = idKey(c.id);
    if (wanted.has(key) && !names.has(key)) names.set(key, c.fullName);
  }
  const groups = new Map<string, RotationRecord[]>();
  for (const [i, r] of rotations.entries()) {
    const key = r.cadreId ? idKey(r.cadreId) : `#${i}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const people = [...groups].map(([key, list]) => {
    const first = list[0]!;
    const id = first.cadreId ?? (first.row ? `dòng ${first.row}` : "");
    const units = [...new Set(list.flatMap((r) => (r.toUnit ? [r.toUnit] : emptyList)))];
    return {
      who: { id, name: names.get(key) ?? id, ...(units.length ? { unit: units.join("; ") } : {}) },
      rotations: list,
    };
  });
  const order = nameOrder(
    people.map((p) => p.who.name),
    people.map((p) => p.who.id),
  );
  return order.map((i) => people[i]!);
}
