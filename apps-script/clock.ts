// Time of a run in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving), computed without
// Utilities so that it costs no service call.
import { formatDateTime, todayIso } from "../shared/dates";

export interface RunTime {
  /** yyyy-mm-dd, the day used by the target engine and the submission tracker. */
  today: string;
  /** dd/mm/yyyy HH:mm, shown to staff. */
  stamp: string;
  /** ISO 8601 instant, for the export. */
  iso: string;
}

export function runTime(now: Date = new Date()): RunTime {
  return { today: todayIso(now), stamp: formatDateTime(now), iso: now.toISOString() };
}
