// What a target's parts give for each subject, and what they are given: the words shared by the
// filters, the requirement kinds and the tally.
import type { IsoDate, Shortfall, Target } from "../model";
import type { PlanIndex } from "./plan-index";

export interface EvaluateOptions {
  /** The day of the evaluation: decides whether a submission not yet received is late or not yet due. */
  today: IsoDate;
  /** How ages are counted against the standards of posts (the settings' "Cách tính tuổi"); by birth year if not given. */
  ageRule?: "year" | "date";
}

/** A level field of the cadre table as a small number: 0 not given, 1 + its index in the scale, INVALID its cell was bad. */
export const INVALID = 255;
/** A training record's date id when its date is not known. */
export const UNKNOWN_CODE = -1;

/** A requirement's verdict on one subject. */
export const NO = 0;
export const YES = 1;
/** A field it needs is missing or not valid, or it is not yet due: either way may turn out. */
export const UNKNOWN = 2;
export type Verdict = typeof NO | typeof YES | typeof UNKNOWN;

/** A filter's verdict on one subject. */
export const OUT = 0;
export const IN = 1;
/** UNKNOWN: a field the filter needs is missing or not valid. */
export type FilterVerdict = typeof OUT | typeof IN | typeof UNKNOWN;

/** A requirement kind's judgement of a target's subjects (subject: its place in the listing). */
export interface Judge {
  verdict(subject: number): Verdict;
  /** Why a subject is NO (what it lacks) or UNKNOWN (what data is missing), in Vietnamese. */
  reason(subject: number): string;
  /** What the whole target should say about the data (records that belong to nobody…). */
  notes?: string[];
}

/** A filter's judgement of a target's subjects. */
export interface FilterJudge {
  verdict(subject: number): FilterVerdict;
  /** Why a subject is UNKNOWN. */
  problems(subject: number): string[];
}

export interface JudgeContext {
  target: Target;
  index: PlanIndex;
  options: EvaluateOptions;
}

/** Whom a verdict is about, as listed in shortfalls. */
export type Who = Omit<Shortfall, "reason">;

export function inPeriod(date: string, target: Target): boolean {
  return target.period.from <= date && date <= target.period.to;
}

/** A total order independent of locale, used to break ties. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reasons that depend on a small key only (a count, a level), made once per target and shared by
 * every subject they apply to.
 */
export function reasonCache<K>(make: (key: K) => string): (key: K) => string {
  const made = new Map<K, string>();
  return (key) => {
    let reason = made.get(key);
    if (reason === undefined) {
      reason = make(key);
      made.set(key, reason);
    }
    return reason;
  };
}
