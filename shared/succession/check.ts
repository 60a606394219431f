// Succession planning (quy hoạch) checked against the standards of posts: whether the people
// planned can hold the post when the term comes. Each planned row is checked at the term's first
// day (a first appointment) and last day (holding the post); each unit's key posts need enough
// people for the next term; nobody is planned for more than three posts in a term; current holders
// who pass the holding age during the current term are listed with the date. Pure: the day of the
// check and how ages are counted are given.
import { formatDate, isValidIso } from "../dates";
import { educationLabels, politicalTheoryLabels, postLabels } from "../labels";
import type { Cadre, PlanData, Standard, SuccessionEntry, TrainingRecord, Unit } from "../model";
import { nextTerm } from "../targets/presets";
import { nameKey as foldName, idKey, remembering } from "../text";
import {
  type Education,
  educationLevels,
  type PoliticalTheory,
  type Post,
  politicalTheoryLevels,
  type TrainingKind,
} from "../vocabulary";

/** How an age is counted: by birth year (year of the day − year of birth), or to the day. */
export type AgeRule = "year" | "date";

export interface SuccessionOptions {
  ageRule: AgeRule;
  /** The current term, "2025–2030": the next one is planned for, its end is the holders' horizon. */
  term: string;
  keyPosts: readonly Post[];
  minCandidates: number;
}

export const findingKinds = [
  "tooOldFirst",
  "agesOut",
  "education",
  "politicalTheory",
  "tooFewCandidates",
  "tooManyPosts",
  "holderAgesOut",
  "missingData",
] as const;
export type FindingKind = (typeof findingKinds)[number];

export interface Finding {
  kind: FindingKind;
  unit: string;
  post?: Post;
  term?: string;
  /** The person, when the finding is about one. */
  who?: { id: string; name: string };
  /** The day the person passes the age limit (agesOut, holderAgesOut). */
  date?: string;
  /** Vietnamese, e.g. "38 tuổi khi bắt đầu nhiệm kỳ 2030–2035, quá tuổi lần đầu giữ chức Bí thư (30)". */
  reason: string;
  /** The row of the succession sheet the finding is about. */
  row?: number;
}

export interface SuccessionCheck {
  findings: Finding[];
  /** For each unit that must plan, each key post of the next term: how many people are planned. */
  depth: Array<{ unit: string; post: Post; term: string; candidates: number; needed: number }>;
  /** What the user should know about the check (no standard for a post at a level…). */
  notes: string[];
}

/** Age at a day: by years of the dates, or full years to the day. */
export function ageAt(birth: string, day: string, rule: AgeRule): number {
  const years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  return rule === "year" || day.slice(5) >= birth.slice(5) ? years : years - 1;
}

/** The first day on which the age counts more than `max`. */
export function passesAgeOn(birth: string, max: number, rule: AgeRule): string {
  const year = Number(birth.slice(0, 4)) + max + 1;
  if (rule === "year") return `${year}-01-01`;
  const day = `${year}-${birth.slice(5)}`;
  // Born on 29 February: in a year without it, the birthday is taken as 1 March.
  return isValidIso(day) ? day : `${year}-03-01`;
}

/** "2025–2030" as its first and last day (a term ends with the year of the next congress). */
export function termDays(term: string): { first: string; last: string } | undefined {
  const match = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(term.trim());
  return match ? { first: `${match[1]}-01-01`, last: `${match[2]}-12-31` } : undefined;
}

/** The level of political theory a training of this kind gives, once completed. */
const theoryOfTraining: Partial<Record<TrainingKind, PoliticalTheory>> = {
  politicalTheoryIntermediate: "intermediate",
  politicalTheoryAdvanced: "advanced",
};

const atLeast = <T extends string>(levels: readonly T[], has: T, min: T) =>
  levels.indexOf(has) >= levels.indexOf(min);

/** The findings on each planned row alone (the target kind on people planned needs no more). */
export function plannedFindings(data: PlanData, options: Pick<SuccessionOptions, "ageRule">): Finding[] {
  return checkSuccession(data, { ...options, term: "", keyPosts: [], minCandidates: 0 }).findings;
}

export function checkSuccession(data: PlanData, options: SuccessionOptions): SuccessionCheck {
  // The same unit names come back on every row: each folded once.
  const nameKey = remembering(foldName);
  const findings: Finding[] = [];
  const notes = new Set<string>();
  const units = new Map<string, Unit>();
  for (const u of data.units) if (u.name && !units.has(nameKey(u.name))) units.set(nameKey(u.name), u);
  const cadres = new Map<string, Cadre>();
  for (const c of data.cadres) if (c.id && !cadres.has(idKey(c.id))) cadres.set(idKey(c.id), c);
  const standards = new Map<string, Standard>();
  for (const s of data.standards ?? [])
    if (s.post && s.level) standards.set(`${s.post}|${nameKey(s.level)}`, s);
  const standardOf = (post: Post, unit: Unit | undefined) =>
    unit?.level === undefined ? undefined : standards.get(`${post}|${nameKey(unit.level)}`);
  // The political theory classes of each cadre, made only when a planned person lacks the level.
  let classes: Map<string, TrainingRecord[]> | undefined;
  const classesOf = (cadreId: string): TrainingRecord[] => {
    if (!classes) {
      classes = new Map();
      for (const t of data.trainings) {
        if (!t.cadreId || !t.kind || theoryOfTraining[t.kind] === undefined) continue;
        const key = idKey(t.cadreId);
        const list = classes.get(key);
        if (list) list.push(t);
        else classes.set(key, [t]);
      }
    }
    return classes.get(idKey(cadreId)) ?? [];
  };
  const who = (c: Cadre | undefined, id: string | undefined) => ({
    id: c?.id ?? id ?? "",
    name: c?.fullName ?? id ?? "(chưa ghi mã)",
  });

  const planned = data.successions.filter((e) => e.status !== "removed");
  for (const entry of planned) findings.push(...entryFindings(entry));

  function entryFindings(entry: SuccessionEntry): Finding[] {
    const out: Finding[] = [];
    const unit = entry.unit ? units.get(nameKey(entry.unit)) : undefined;
    const cadre = entry.cadreId ? cadres.get(idKey(entry.cadreId)) : undefined;
    const base = {
      unit: entry.unit ?? "",
      ...(entry.post ? { post: entry.post } : {}),
      ...(entry.term ? { term: entry.term } : {}),
      who: who(cadre, entry.cadreId),
      ...(entry.row ? { row: entry.row } : {}),
    };
    const days = entry.term ? termDays(entry.term) : undefined;
    const missing = (reason: string) => out.push({ ...base, kind: "missingData", reason });
    if (!entry.post || !days) {
      missing(Object.values(entry.invalid ?? {})[0] ?? "dòng quy hoạch chưa ghi chức danh hoặc nhiệm kỳ");
      return out;
    }
    const standard = standardOf(entry.post, unit);
    if (!standard) {
      if (unit?.level)
        notes.add(
          `Chưa có tiêu chuẩn của ${postLabels[entry.post]} cấp "${unit.level}" ở trang Tiêu chuẩn chức danh: các dòng quy hoạch chức danh này không được đối chiếu.`,
        );
      else if (entry.unit)
        notes.add(
          `Đơn vị "${entry.unit}" chưa rõ cấp: quy hoạch của đơn vị này không được đối chiếu tiêu chuẩn.`,
        );
      return out;
    }
    if (!cadre) {
      missing(`mã cán bộ "${entry.cadreId ?? ""}" không có ở trang Cán bộ: chưa đối chiếu được tiêu chuẩn`);
      return out;
    }
    const post = postLabels[entry.post];
    const birth = cadre.dateOfBirth;
    if (!birth) missing(cadre.invalid?.dateOfBirth ?? "chưa ghi ngày sinh: chưa đối chiếu được độ tuổi");
    else {
      const holdsNow =
        cadre.positions.some((p) => p.post === entry.post) &&
        nameKey(cadre.unit ?? "") === nameKey(entry.unit ?? "");
      const startAge = ageAt(birth, days.first, options.ageRule);
      if (standard.firstMaxAge !== undefined && !holdsNow && startAge > standard.firstMaxAge) {
        out.push({
          ...base,
          kind: "tooOldFirst",
          reason: `${startAge} tuổi khi bắt đầu nhiệm kỳ ${entry.term}, quá tuổi lần đầu giữ chức ${post} (không quá ${standard.firstMaxAge})`,
        });
      }
      const max =
        unit?.specialArea && standard.specialHoldMaxAge !== undefined
          ? standard.specialHoldMaxAge
          : standard.holdMaxAge;
      if (max !== undefined && ageAt(birth, days.last, options.ageRule) > max) {
        const date = passesAgeOn(birth, max, options.ageRule);
        out.push({
          ...base,
          kind: "agesOut",
          date,
          reason:
            date <= days.first
              ? `đã quá ${max} tuổi (tuổi tối đa giữ chức ${post}) trước khi bắt đầu nhiệm kỳ ${entry.term}`
              : `quá ${max} tuổi (tuổi tối đa giữ chức ${post}) từ ngày ${formatDate(date)}, trước khi hết nhiệm kỳ ${entry.term}`,
        });
      }
    }
    const minEducation: Education | undefined =
      unit?.specialArea && standard.specialMinEducation
        ? standard.specialMinEducation
        : standard.minEducation;
    if (minEducation) {
      if (!cadre.education) missing(cadre.invalid?.education ?? "chưa ghi trình độ chuyên môn");
      else if (!atLeast(educationLevels, cadre.education, minEducation)) {
        out.push({
          ...base,
          kind: "education",
          reason: `trình độ ${educationLabels[cadre.education]}, chuẩn ${post}: ${educationLabels[minEducation]} trở lên`,
        });
      }
    }
    const minTheory = standard.minPoliticalTheory;
    if (minTheory) {
      if (!cadre.politicalTheory)
        missing(cadre.invalid?.politicalTheory ?? "chưa ghi trình độ lý luận chính trị");
      else if (!atLeast(politicalTheoryLevels, cadre.politicalTheory, minTheory)) {
        // A class the person attends or is planned for that gives the level.
        const closing = classesOf(cadre.id!).find((t) => {
          const gives = t.kind ? theoryOfTraining[t.kind] : undefined;
          return gives !== undefined && atLeast(politicalTheoryLevels, gives, minTheory);
        });
        const planned = closing
          ? `; đã có lớp "${closing.title ?? ""}"${closing.startDate ? ` (từ ${formatDate(closing.startDate)})` : ""}: đạt chuẩn khi hoàn thành`
          : "; chưa có lớp đào tạo nào để đạt chuẩn";
        out.push({
          ...base,
          kind: "politicalTheory",
          reason: `lý luận chính trị ${politicalTheoryLabels[cadre.politicalTheory]}, chuẩn ${post}: ${politicalTheoryLabels[minTheory]} trở lên${planned}`,
        });
      }
    }
    return out;
  }

  // ---- enough people for each key post of the next term, in every unit that must plan ----
  const depth: SuccessionCheck["depth"] = [];
  const next = nextTerm(options.term.replace(/\s*[-–—]\s*/, "–"));
  if (next) {
    for (const unit of units.values()) {
      for (const post of options.keyPosts) {
        // A unit plans for a post when the standards name the post at its level.
        if (!standardOf(post, unit)) continue;
        const people = new Set(
          planned
            .filter(
              (e) =>
                e.post === post &&
                e.term === next &&
                e.unit !== undefined &&
                nameKey(e.unit) === nameKey(unit.name!),
            )
            .map((e) => (e.cadreId ? idKey(e.cadreId) : `#${e.row}`)),
        );
        depth.push({
          unit: unit.name!,
          post,
          term: next,
          candidates: people.size,
          needed: options.minCandidates,
        });
        if (people.size < options.minCandidates) {
          findings.push({
            kind: "tooFewCandidates",
            unit: unit.name!,
            post,
            term: next,
            reason: `${people.size === 0 ? "chưa có ai" : `chỉ có ${people.size} người`} được quy hoạch ${postLabels[post]} nhiệm kỳ ${next} (cần ít nhất ${options.minCandidates})`,
          });
        }
      }
    }
  }

  // ---- nobody planned for more than three posts in a term ----
  const postsOf = new Map<string, SuccessionEntry[]>();
  for (const e of planned) {
    if (!e.cadreId || !e.term) continue;
    const key = `${idKey(e.cadreId)}|${e.term}`;
    const list = postsOf.get(key);
    if (list) list.push(e);
    else postsOf.set(key, [e]);
  }
  for (const entries of postsOf.values()) {
    const distinct = [...new Map(entries.map((e) => [`${nameKey(e.unit ?? "")}|${e.post}`, e])).values()];
    if (distinct.length <= 3) continue;
    const first = distinct[0]!;
    const cadre = cadres.get(idKey(first.cadreId!));
    const list = distinct.map((e) => `${e.post ? postLabels[e.post] : "?"} (${e.unit ?? "?"})`).join("; ");
    findings.push({
      kind: "tooManyPosts",
      unit: first.unit ?? "",
      term: first.term!,
      who: who(cadre, first.cadreId),
      reason: `được quy hoạch ${distinct.length} chức danh nhiệm kỳ ${first.term} (mỗi người không quá 3): ${list}`,
    });
  }

  // ---- current holders who pass the holding age before the current term ends ----
  const current = termDays(options.term);
  if (current) {
    for (const cadre of data.cadres) {
      if (!cadre.dateOfBirth || !cadre.unit) continue;
      const unit = units.get(nameKey(cadre.unit));
      for (const position of cadre.positions) {
        const standard = standardOf(position.post, unit);
        const max =
          unit?.specialArea && standard?.specialHoldMaxAge !== undefined
            ? standard.specialHoldMaxAge
            : standard?.holdMaxAge;
        if (max === undefined || ageAt(cadre.dateOfBirth, current.last, options.ageRule) <= max) continue;
        const date = passesAgeOn(cadre.dateOfBirth, max, options.ageRule);
        findings.push({
          kind: "holderAgesOut",
          unit: cadre.unit,
          post: position.post,
          term: options.term,
          who: who(cadre, cadre.id),
          date,
          reason:
            date <= current.first
              ? `đang giữ chức ${postLabels[position.post]}, đã quá ${max} tuổi từ ngày ${formatDate(date)}, trước nhiệm kỳ ${options.term}`
              : `đang giữ chức ${postLabels[position.post]}, quá ${max} tuổi từ ngày ${formatDate(date)}, trước khi hết nhiệm kỳ ${options.term}`,
        });
      }
    }
  }
  return { findings, depth, notes: [...notes] };
}
