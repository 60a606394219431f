// Time of a run in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving), computed without
// Utilities so that it costs no service call.
import { todayIso } from "../shared/dates";

const vietnamOffsetMs = 7 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, "0");

export interface RunTime {
  /** yyyy-mm-dd, the day used by the target engine and the submission tracker. */
  today: string;
  /** dd/mm/yyyy HH:mm, shown to staff. */
  stamp: string;
  /** ISO 8601 instant, for the export. */
  iso: string;
}

export function runTime(now: Date = new Date()): RunTime {
  const local = new Date(now.getTime() + vietnamOffsetMs);
  const stamp = `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  return { today: todayIso(now), stamp, iso: now.toISOString() };
}
