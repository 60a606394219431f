// The succession checks on the hand-checked example, then each rule on its own edges.
import { describe, expect, it } from "vitest";
import { ageAt, checkSuccession, passesAgeOn, termDays } from "../../shared/succession/check";
import { evaluatePlan } from "../../shared/targets/engine";
import { readWorkbook } from "../../shared/templates";
import { expectedFindings, successionSettings, successionWorkbook } from "../fixtures/succession-example";

const options = {
  ageRule: "year" as const,
  term: successionSettings.term,
  keyPosts: successionSettings.keyPosts,
  minCandidates: successionSettings.minCandidates,
};

describe("succession checked against the standards", () => {
  const read = readWorkbook(successionWorkbook());

  it("reads the example without problems", () => {
    expect(read.problems).toEqual([]);
    expect(read.data.standards?.length).toBeGreaterThan(5);
    expect(read.data.units.find((u) => u.name === "Chi đoàn Khu phố 2")?.specialArea).toBe(true);
  });

  it("gives exactly the findings worked by hand", () => {
    const { findings } = checkSuccession(read.data, options);
    expect(findings.map((f) => [f.kind, f.unit, f.who?.name ?? "", f.reason])).toEqual(expectedFindings);
  });

  it("counts the people planned for each key post of the next term, removed ones left out", () => {
    const { depth } = checkSuccession(read.data, options);
    const kp2 = depth.filter((d) => d.unit === "Chi đoàn Khu phố 2");
    expect(kp2).toEqual([
      { unit: "Chi đoàn Khu phố 2", post: "secretary", term: "2030–2035", candidates: 1, needed: 2 },
      { unit: "Chi đoàn Khu phố 2", post: "deputySecretary", term: "2030–2035", candidates: 1, needed: 2 },
    ]);
  });

  it("follows an edited standard: a ward's first appointment allowed up to 32 drops that finding", () => {
    const edited = {
      ...read.data,
      standards: read.data.standards!.map((s) =>
        s.post === "secretary" && s.level === "Phường, xã" ? { ...s, firstMaxAge: 32 } : s,
      ),
    };
    const kinds = checkSuccession(edited, options).findings.map((f) => `${f.kind}:${f.who?.name ?? ""}`);
    expect(kinds).not.toContain("tooOldFirst:Trần Thị Bình");
    expect(kinds).toContain("agesOut:Trần Thị Bình");
  });

  it("counts ages to the day when asked: born in May, 35 until the birthday of 2029", () => {
    const byDate = checkSuccession(read.data, { ...options, ageRule: "date" }).findings;
    const an = byDate.find((f) => f.kind === "holderAgesOut" && f.who?.name === "Nguyễn Văn An")!;
    expect(an.date).toBe("2029-05-10");
    expect(an.reason).toContain("từ ngày 10/05/2029");
  });

  it("says when a level has no standard for a post, instead of passing it quietly", () => {
    const noWard = { ...read.data, standards: read.data.standards!.filter((s) => s.level !== "Phường, xã") };
    const check = checkSuccession(noWard, options);
    expect(check.notes).toContain(
      'Chưa có tiêu chuẩn của Bí thư cấp "Phường, xã" ở trang Tiêu chuẩn chức danh: các dòng quy hoạch chức danh này không được đối chiếu.',
    );
  });
});

describe("ages and terms", () => {
  it("counts an age by birth year or to the day", () => {
    expect(ageAt("1993-05-10", "2029-01-01", "year")).toBe(36);
    expect(ageAt("1993-05-10", "2029-05-09", "date")).toBe(35);
    expect(ageAt("1993-05-10", "2029-05-10", "date")).toBe(36);
    expect(passesAgeOn("1993-05-10", 35, "year")).toBe("2029-01-01");
    expect(passesAgeOn("1993-05-10", 35, "date")).toBe("2029-05-10");
    expect(passesAgeOn("1996-02-29", 30, "date")).toBe("2027-03-01");
    expect(termDays("2030 - 2035")).toEqual({ first: "2030-01-01", last: "2035-12-31" });
    expect(termDays("sau")).toBeUndefined();
  });
});

describe("targets on succession", () => {
  const read = readWorkbook(successionWorkbook());
  const period = { from: "2026-01-01", to: "2026-12-31" };
  const units = ["Chi đoàn Khu phố 1", "Chi đoàn Khu phố 2", "Đoàn phường Bình Tây"];

  it('"100% chức danh chủ chốt có từ 2 người quy hoạch trở lên": units short named with what they lack', () => {
    const [result] = evaluatePlan(
      {
        id: "p",
        title: "p",
        year: 2026,
        targets: [
          {
            id: "Q1",
            text: "100% chức danh chủ chốt có từ 2 người quy hoạch trở lên",
            source: "",
            subject: "units",
            filter: {},
            requirement: {
              kind: "successionDepth",
              posts: ["secretary", "deputySecretary"],
              terms: ["2030–2035"],
              minCandidates: 2,
            },
            measure: { kind: "share", percent: 100 },
            period,
          },
        ],
      },
      read.data,
      { today: "2026-12-01" },
    );
    expect(result!.status).toBe("notMet");
    expect(result!.figure).toBe("0/3 = 0%");
    expect(result!.shortfalls.map((s) => [s.name, s.reason])).toEqual([
      ["Chi đoàn Khu phố 1", "chỉ có 1 người được quy hoạch Bí thư nhiệm kỳ 2030–2035 (cần 2)"],
      [
        "Chi đoàn Khu phố 2",
        "chỉ có 1 người được quy hoạch Bí thư nhiệm kỳ 2030–2035 (cần 2); chỉ có 1 người được quy hoạch Phó Bí thư nhiệm kỳ 2030–2035 (cần 2)",
      ],
      ["Đoàn phường Bình Tây", "chỉ có 1 người được quy hoạch Phó Bí thư nhiệm kỳ 2030–2035 (cần 2)"],
    ]);
    expect(result!.shortfalls.map((s) => s.name)).toEqual(units);
  });

  it("people planned who fit their post: the units whose people do not, with why", () => {
    const [result] = evaluatePlan(
      {
        id: "p",
        title: "p",
        year: 2026,
        targets: [
          {
            id: "Q2",
            text: "100% người quy hoạch đạt tiêu chuẩn chức danh",
            source: "",
            subject: "units",
            filter: {},
            requirement: { kind: "successionStandards", terms: ["2030–2035"] },
            measure: { kind: "share", percent: 100 },
            period,
          },
        ],
      },
      read.data,
      { today: "2026-12-01" },
    );
    expect(result!.figure).toBe("1/3 = 33%");
    expect(result!.shortfalls.map((s) => s.name)).toEqual(["Chi đoàn Khu phố 1", "Đoàn phường Bình Tây"]);
    expect(result!.shortfalls[0]!.reason).toContain("Đặng Gia Phúc: quá 35 tuổi");
  });
});
