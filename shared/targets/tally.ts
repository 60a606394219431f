// Counting a target's subjects and deciding its status. Unknowns (a filter or a requirement that
// could not be judged) are resolved both ways, the most and the least favourable: the target is met
// or not met only when both agree, otherwise it is insufficientData. A count target already reached
// is therefore met whatever the unknowns are.
import type { Measure, TargetStatus } from "../model";
import { countFigure, floorPercent, shareFigure } from "./format";
import { type FilterVerdict, IN, UNKNOWN, type Verdict, YES } from "./judging";

/** The counts a status is decided from. */
export interface Counts {
  reached: number;
  counted: number;
  reqUnsure: number;
  outUnsureYes: number;
  outUnsureNo: number;
  bothUnsure: number;
}

/**
 * The counts of many groups (units) side by side, in typed arrays: a target adds every one of its
 * subjects to one group, 100,000 times for a city's cadres.
 */
export class GroupCounts {
  /** Six counts per group, in the order of Counts' fields. */
  private readonly counts: Int32Array;
  constructor(readonly groups: number) {
    this.counts = new Int32Array(groups * 6);
  }
  add(group: number, filter: FilterVerdict, requirement: Verdict): void {
    const at = group * 6;
    if (filter === IN) {
      this.counts[at + 1]!++;
      if (requirement === YES) this.counts[at]!++;
      else if (requirement === UNKNOWN) this.counts[at + 2]!++;
    } else if (requirement === YES) this.counts[at + 3]!++;
    else if (requirement === UNKNOWN) this.counts[at + 5]!++;
    else this.counts[at + 4]!++;
  }
  /** The group's counts; undefined for a group no subject was added to. */
  of(group: number): Counts | undefined {
    const c = this.counts.subarray(group * 6, group * 6 + 6);
    if (c.every((n) => n === 0)) return undefined;
    return {
      reached: c[0]!,
      counted: c[1]!,
      reqUnsure: c[2]!,
      outUnsureYes: c[3]!,
      outUnsureNo: c[4]!,
      bothUnsure: c[5]!,
    };
  }
}

export class Tally implements Counts {
  reached = 0;
  counted = 0;
  /** In the count, requirement unknown. */
  reqUnsure = 0;
  /** Filter unknown, with the requirement met, not met, or unknown. */
  outUnsureYes = 0;
  outUnsureNo = 0;
  bothUnsure = 0;
  /** Subjects (places in the listing) that fall short, and those whose data is missing. */
  readonly short: number[] = [];
  readonly unsure: number[] = [];

  /** A subject left out by the filter is not added. */
  add(subject: number, filter: FilterVerdict, requirement: Verdict): void {
    if (filter === IN) {
      this.counted++;
      if (requirement === YES) this.reached++;
      else if (requirement === UNKNOWN) {
        this.reqUnsure++;
        this.unsure.push(subject);
      } else this.short.push(subject);
    } else {
      if (requirement === YES) this.outUnsureYes++;
      else if (requirement === UNKNOWN) this.bothUnsure++;
      else this.outUnsureNo++;
      this.unsure.push(subject);
    }
  }
}

export interface Figures {
  status: TargetStatus;
  asked: number;
  percent: number;
  figure: string;
}

export function figuresOf(tally: Counts, measure: Measure, fits: boolean): Figures {
  if (measure.kind === "share") {
    // reached/counted ≥ percent, compared without division.
    const reaches = (reached: number, counted: number) => reached * 100 >= measure.percent * counted;
    const worst = reaches(tally.reached, tally.counted + tally.outUnsureNo + tally.bothUnsure);
    const best = reaches(
      tally.reached + tally.reqUnsure + tally.outUnsureYes + tally.bothUnsure,
      tally.counted + tally.outUnsureYes + tally.bothUnsure,
    );
    // Nobody surely counted: "100% of nobody" says nothing.
    return {
      status:
        !fits || tally.counted === 0
          ? "insufficientData"
          : worst
            ? "met"
            : best
              ? "insufficientData"
              : "notMet",
      asked: measure.percent,
      percent: floorPercent(tally.reached, tally.counted),
      figure: shareFigure(tally.reached, tally.counted),
    };
  }
  const asked = measure.atLeast;
  const best = tally.reached + tally.reqUnsure + tally.outUnsureYes + tally.bothUnsure;
  return {
    status: !fits
      ? "insufficientData"
      : tally.reached >= asked
        ? "met"
        : best >= asked
          ? "insufficientData"
          : "notMet",
    asked,
    percent: asked === 0 ? 100 : Math.min(100, floorPercent(tally.reached, asked)),
    figure: countFigure(tally.reached, asked),
  };
}
