// Dates between exceljs and the sheets. exceljs works in UTC wall-clock time (a serial's day and
// time are the Date's UTC fields); a sheet value, as Apps Script hands it over, is a Date whose
// wall clock in the spreadsheet's time zone shows the day. The scripts run with TZ set to that
// zone (see useSheetTimeZone), so "wall clock" below is the process's local time.

/** The spreadsheet's time zone, as the add-on's manifest declares it. */
export const SHEET_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** Make local time the sheet's time: call first thing in a script, before any Date is made. */
export function useSheetTimeZone(): void {
  process.env.TZ = SHEET_TIME_ZONE;
}

/** An exceljs Date (UTC fields) → the same wall-clock moment as a sheet Date (local fields). */
export function fromExcelDate(date: Date): Date {
  return new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );
}

/** A sheet Date (local fields) → a Date exceljs writes as the same day and time. */
export function toExcelDate(date: Date): Date {
  return new Date(
    Date.UTC(
      date.getFullYear(),
      date.getMonth(),
      date.getDate(),
      date.getHours(),
      date.getMinutes(),
      date.getSeconds(),
    ),
  );
}
