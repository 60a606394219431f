import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  addDays,
  dateToIso,
  formatDate,
  formatDateTime,
  isoToDate,
  isoToSerial,
  isValidIso,
  parseDate,
  serialToIso,
  todayIso,
  yearOf,
} from "../../shared/dates";

const hour = 3_600_000;

/** The instant of 00:00 at UTC+7 on a date, built by hand (what Sheets gives for a date cell). */
function vietnamMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - 7 * hour);
}

function messageOf(value: unknown): string {
  const result = parseDate(value);
  if (result.ok) throw new Error(`expected a rejection, got ${result.value}`);
  return result.message;
}

function accepted(value: unknown): string {
  const result = parseDate(value);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** Valid dates in the accepted range 1900–2200, as [year, month, day]. */
const validDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day);
const validIso = validDate.map(
  ({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
);

describe("parseDate: text", () => {
  it.each([
    ["05/03/2024", "2024-03-05"],
    ["5/3/2024", "2024-03-05"],
    ["05-03-2024", "2024-03-05"],
    ["5.3.2024", "2024-03-05"],
    ["31/12/2199", "2199-12-31"],
    ["01/01/1900", "1900-01-01"],
    ["31/12/2200", "2200-12-31"],
    ["29/02/2024", "2024-02-29"],
    ["29/02/2000", "2000-02-29"],
    ["2024-03-05", "2024-03-05"],
    ["  13/08/2023 ", "2023-08-13"],
    ["13 / 08 / 2023", "2023-08-13"],
  ])("reads %s as %s", (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ["31/02/2024", 'Ngày "31/02/2024" không có thật.'],
    ["29/02/2023", 'Ngày "29/02/2023" không có thật.'],
    ["29/02/1900", 'Ngày "29/02/1900" không có thật.'],
    ["31/04/2024", 'Ngày "31/04/2024" không có thật.'],
    ["00/01/2024", 'Ngày "00/01/2024" không có thật.'],
    ["2023-02-29", 'Ngày "2023-02-29" không có thật.'],
  ])("rejects %s, which does not exist", (text, message) => {
    expect(messageOf(text)).toBe(message);
  });

  it("rejects a date without a year", () => {
    expect(messageOf("11/8")).toMatch(/^Ngày "11\/8" thiếu năm/);
    expect(messageOf("11/8")).toContain("ngày/tháng/năm");
  });

  it("rejects two-digit years and other ambiguous text", () => {
    for (const text of ["03/04/05", "3/4/24", "03-04-05", "1/1/202"]) {
      const message = messageOf(text);
      expect(message).toContain(`"${text}"`);
      expect(message).toContain("4 chữ số");
    }
  });

  it("rejects month-first dates, saying the month cannot be 13 and the format is ngày/tháng/năm", () => {
    const message = messageOf("8/13/2023");
    expect(message).toContain('"8/13/2023"');
    expect(message).toContain("tháng không thể là 13");
    expect(message).toContain("ngày/tháng/năm");
    expect(message).toContain("13/08/2023");
    expect(messageOf("25/25/2023")).toContain("tháng không thể là 25");
    expect(messageOf("10/00/2023")).toContain("tháng không thể là 0");
    expect(messageOf("2023-13-01")).toContain("tháng không thể là 13");
  });

  it("rejects years outside 1900–2200", () => {
    expect(messageOf("31/12/1899")).toBe('Ngày "31/12/1899" có năm 1899 nằm ngoài khoảng 1900–2200.');
    expect(messageOf("01/01/2201")).toContain("1900–2200");
    expect(messageOf("0024-01-01")).toContain("1900–2200");
  });

  it("rejects empty and unreadable text, quoting it", () => {
    expect(messageOf("")).toContain("trống");
    expect(messageOf("   ")).toContain("trống");
    expect(messageOf("hôm qua")).toBe(
      'Không hiểu ngày "hôm qua": hãy viết theo dạng ngày/tháng/năm (ví dụ 25/12/2024).',
    );
    expect(messageOf("05/03-2024")).toContain('"05/03-2024"');
    expect(messageOf("2024/03/05")).toContain('"2024/03/05"');
    expect(messageOf("5/3/2024 10:00")).toContain('"5/3/2024 10:00"');
  });
});

describe("parseDate: numbers (Sheets serial days)", () => {
  it.each([
    [2, "1900-01-01"],
    [61, "1900-03-01"],
    [25_569, "1970-01-01"],
    [45_000, "2023-03-15"],
    [45_356, "2024-03-05"],
    [45_356.99, "2024-03-05"],
  ])("reads %s", (serial, iso) => {
    expect(accepted(serial)).toBe(iso);
  });

  it("rejects serials outside 1900–2200, NaN and infinities", () => {
    expect(messageOf(0)).toContain('"0"');
    expect(messageOf(1)).toContain("1900–2200"); // 1899-12-31
    expect(messageOf(-5)).toContain("1900–2200");
    expect(messageOf(1e12)).toContain("1900–2200");
    expect(messageOf(Number.NaN)).toContain('"NaN"');
    expect(messageOf(Number.POSITIVE_INFINITY)).toContain("Infinity");
  });
});

describe("parseDate: Date values", () => {
  it("takes the calendar date at UTC+7", () => {
    expect(accepted(vietnamMidnight(2024, 3, 5))).toBe("2024-03-05");
    expect(accepted(new Date(Date.UTC(2024, 2, 4, 16, 59)))).toBe("2024-03-04"); // 23:59 on the 4th in Vietnam
    expect(accepted(new Date(Date.UTC(2024, 2, 4, 17, 0)))).toBe("2024-03-05"); // 00:00 on the 5th
    expect(accepted(new Date(Date.UTC(2024, 2, 5, 12, 0)))).toBe("2024-03-05");
  });

  it("reads a pre-1976 midnight given at Vietnam's then UTC+8 as that date", () => {
    // 1965-05-19 00:00 at UTC+8 is 23:00 on the 18th at UTC+7.
    expect(accepted(new Date(Date.UTC(1965, 4, 18, 16, 0)))).toBe("1965-05-19");
    expect(accepted(new Date(Date.UTC(1965, 4, 18, 12, 0)))).toBe("1965-05-18");
  });

  it("rejects invalid Dates and Dates out of range", () => {
    expect(messageOf(new Date(Number.NaN))).toContain("không hợp lệ");
    expect(messageOf(vietnamMidnight(1850, 1, 1))).toContain("01/01/1850");
  });
});

describe("parseDate: other values", () => {
  it("rejects empty cells and other types without throwing", () => {
    expect(messageOf(null)).toContain("trống");
    expect(messageOf(undefined)).toContain("trống");
    expect(messageOf(true)).toBe('Giá trị "true" không phải là ngày.');
    expect(messageOf({})).toContain("không phải là ngày");
    expect(messageOf(Object.create(null))).toContain("không phải là ngày");
    expect(messageOf(Symbol("x"))).toContain("không phải là ngày");
    expect(messageOf(10n)).toContain("không phải là ngày");
    expect(
      messageOf({
        toString() {
          throw new Error("no");
        },
      }),
    ).toContain("không phải là ngày");
  });

  it("never throws and always answers ok with a valid date in range, or a message", () => {
    const anyValue = fc.oneof(
      fc.anything(),
      fc.string(),
      fc.string({ unit: fc.constantFrom(..."0123456789/-. "), maxLength: 12 }),
      fc.double(),
      fc.date(),
    );
    fc.assert(
      fc.property(anyValue, (value) => {
        const result = parseDate(value);
        if (result.ok)
          return isValidIso(result.value) && yearOf(result.value) >= 1900 && yearOf(result.value) <= 2200;
        return typeof result.message === "string" && result.message.length > 0;
      }),
    );
  });
});

describe("formatting and conversions", () => {
  it("formats as dd/mm/yyyy", () => {
    expect(formatDate("2024-03-05")).toBe("05/03/2024");
    expect(formatDate("1900-12-31")).toBe("31/12/1900");
    expect(formatDate("không phải ngày")).toBe("không phải ngày");
  });

  it("shows an instant as dd/mm/yyyy HH:mm in Ho Chi Minh City", () => {
    expect(formatDateTime(new Date("2023-12-31T03:05:00Z"))).toBe("31/12/2023 10:05");
    // 17:30 UTC is already the next day at UTC+7.
    expect(formatDateTime(new Date("2023-12-31T17:30:00Z"))).toBe("01/01/2024 00:30");
  });

  it("round-trips formatDate through parseDate", () => {
    fc.assert(fc.property(validIso, (iso) => accepted(formatDate(iso)) === iso && accepted(iso) === iso));
    fc.assert(
      fc.property(
        validDate,
        ({ year, month, day }) => accepted(`${day}/${month}/${year}`) === formatIsoParts(year, month, day),
      ),
    );
  });

  it("converts serial days", () => {
    expect(isoToSerial("1899-12-30")).toBe(0);
    expect(isoToSerial("1899-12-31")).toBe(1);
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(isoToSerial("2024-03-05")).toBe(45_356);
    expect(serialToIso(45_356)).toBe("2024-03-05");
    expect(serialToIso(45_356.75)).toBe("2024-03-05");
    expect(() => serialToIso(Number.NaN)).toThrow(RangeError);
    expect(() => isoToSerial("2024-02-30")).toThrow(RangeError);
    fc.assert(fc.property(validIso, (iso) => serialToIso(isoToSerial(iso)) === iso));
    fc.assert(
      // serials of the years 0001–7375
      fc.property(fc.integer({ min: -693_593, max: 2_000_000 }), (n) => isoToSerial(serialToIso(n)) === n),
    );
  });

  it("converts to and from the Date of midnight in Vietnam", () => {
    expect(isoToDate("2024-03-05").toISOString()).toBe("2024-03-04T17:00:00.000Z");
    expect(dateToIso(isoToDate("1965-05-19"))).toBe("1965-05-19");
    expect(dateToIso(new Date("2024-03-04T17:00:00.000Z"))).toBe("2024-03-05");
    expect(() => isoToDate("2024-13-01")).toThrow(RangeError);
    fc.assert(fc.property(validIso, (iso) => dateToIso(isoToDate(iso)) === iso));
    fc.assert(
      fc.property(validDate, ({ year, month, day }) => {
        return dateToIso(vietnamMidnight(year, month, day)) === formatIsoParts(year, month, day);
      }),
    );
  });

  it("gives today's date in Vietnam", () => {
    expect(todayIso(new Date("2024-12-31T16:59:59.999Z"))).toBe("2024-12-31");
    expect(todayIso(new Date("2024-12-31T17:00:00.000Z"))).toBe("2025-01-01");
    expect(isValidIso(todayIso())).toBe(true);
  });

  it("checks yyyy-mm-dd dates", () => {
    expect(isValidIso("2024-02-29")).toBe(true);
    expect(isValidIso("2023-02-29")).toBe(false);
    expect(isValidIso("2100-02-29")).toBe(false);
    expect(isValidIso("2024-04-31")).toBe(false);
    expect(isValidIso("2024-00-10")).toBe(false);
    expect(isValidIso("2024-3-5")).toBe(false);
    expect(isValidIso("05/03/2024")).toBe(false);
    expect(isValidIso(" 2024-03-05")).toBe(false);
  });

  it("adds days across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2024-03-05", 0)).toBe("2024-03-05");
    expect(addDays("2024-01-01", 366)).toBe("2025-01-01");
    fc.assert(
      fc.property(validIso, fc.integer({ min: -50_000, max: 50_000 }), (iso, n) => {
        return isoToSerial(addDays(iso, n)) === isoToSerial(iso) + n && addDays(addDays(iso, n), -n) === iso;
      }),
    );
  });

  it("reads the year", () => {
    expect(yearOf("2025-07-01")).toBe(2025);
  });
});

describe("independent of the process time zone", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it.each([
    "UTC",
    "Asia/Ho_Chi_Minh",
    "America/Los_Angeles",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "Europe/London",
  ])("gives the same dates with TZ=%s", (tz) => {
    process.env.TZ = tz;
    fc.assert(fc.property(validIso, (iso) => dateToIso(isoToDate(iso)) === iso));
    fc.assert(
      fc.property(validDate, ({ year, month, day }) => {
        return accepted(vietnamMidnight(year, month, day)) === formatIsoParts(year, month, day);
      }),
    );
    expect(isoToDate("2024-03-05").getTime()).toBe(Date.UTC(2024, 2, 4, 17));
    expect(todayIso(new Date("2024-12-31T17:00:00.000Z"))).toBe("2025-01-01");
  });

  it("reads Dates built by the local calendar in Asia/Ho_Chi_Minh, as Sheets does, including before 1976", () => {
    process.env.TZ = "Asia/Ho_Chi_Minh";
    // Node follows the zone's history (UTC+8 in 1959–1975, +7:06 before 1906): midnight is not always at +7.
    for (const [year, month, day] of [
      [1900, 1, 1],
      [1905, 6, 15],
      [1943, 2, 1],
      [1965, 5, 19],
      [1975, 6, 12],
      [1975, 6, 13],
      [1990, 9, 2],
      [2024, 2, 29],
    ] as const) {
      expect(accepted(new Date(year, month - 1, day))).toBe(formatIsoParts(year, month, day));
    }
    fc.assert(
      fc.property(validDate, ({ year, month, day }) => {
        return dateToIso(new Date(year, month - 1, day)) === formatIsoParts(year, month, day);
      }),
    );
  });
});

function formatIsoParts(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
