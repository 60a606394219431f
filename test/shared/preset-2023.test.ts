import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Plan, type PlanData, PlanSchema, type TrainingKind } from "../../shared/model";
import { evaluatePlan } from "../../shared/targets/engine";
import { preset2023 } from "../../shared/targets/preset-2023";
import { findPreset, nextTerm, planFor, presets, wardPlanTargets } from "../../shared/targets/presets";
import { defaultSettings } from "../../shared/templates";
import { fold } from "../../shared/text";

// The plan ships with the project as the source of the built-in preset.
const planFile = new URL("../../shared/plans/ke-hoach-can-bo-2023.txt", import.meta.url);
const lines = readFileSync(planFile, "utf8").split(/\r?\n/);

/** Words each target's cited line must contain (compared folded). */
const keyWords: Record<string, string[]> = {
  T01: ["100% cán bộ", "học tập, quán triệt Nghị quyết"],
  T02: ["100% cán bộ", "chuyên trách cấp quận", "bồi dưỡng"],
  T03: ["100% Bí thư Đoàn phường", "Chủ tịch Hội LHTN", "mới nhận nhiệm vụ"],
  T04: ["Tổng phụ trách Đội mới nhận nhiệm vụ", "bồi dưỡng nghiệp vụ"],
  T05: ["100% cán bộ", "ít nhất 02 hoạt động", "ngoại ngữ", "chuyển đổi số"],
  T06: ["10 cán bộ", "B1"],
  T07: ["100% Bí thư Đoàn phường", "đại học trở lên"],
  T08: ["ít nhất 03", "trung cấp công tác thanh niên", "Tổng phụ trách Đội", "lý luận chính trị"],
  T09: ["07 chỉ huy Đội", "cán bộ Đoàn trung học phổ thông"],
  T10: ["05 cán bộ Đoàn trung học phổ thông", "đại học, cao đẳng"],
  T11: ["100% Đoàn phường", "kế hoạch công tác cán bộ", "năm 2023"],
  T12: ["100%", "quy hoạch Bí thư, Phó Bí thư", "2022 – 2027", "2027 – 2032"],
  T13: ["100% cán bộ Đoàn các cấp", "ít nhất 02 chuyên đề"],
  T14: ["trước ngày 11/8/2023"],
};

function citedLine(source: string): number {
  const match = /\(dòng (\d+)\)/.exec(source);
  if (!match) throw new Error(`nguồn không ghi dòng: ${source}`);
  return Number(match[1]);
}

/** The line number (1-based) of the heading of a section of the plan. */
function headingLine(heading: string): number {
  const index = lines.findIndex((line) => line.startsWith(heading));
  expect(index).toBeGreaterThanOrEqual(0);
  return index + 1;
}

describe("preset 2023", () => {
  it("every preset gives a valid plan that parses to itself, for any year and term", () => {
    expect(presets.length).toBeGreaterThanOrEqual(2);
    for (const [planYear, term] of [
      [2023, "2022–2027"],
      [2026, "2025–2030"],
      [2031, "2030–2035"],
    ] as const) {
      for (const preset of presets) {
        const plan = planFor({ ...defaultSettings, planYear, term, presetId: preset.id });
        expect(PlanSchema.parse(plan)).toEqual(plan);
      }
    }
    expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
    expect(new Set(presets.map((p) => p.label)).size).toBe(presets.length);
  });

  it("finds presets by id or by the label the settings show", () => {
    expect(findPreset("ke-hoach-can-bo-2023")?.targets({ planYear: 2023, term: "2022–2027" })).toBe(
      preset2023.targets,
    );
    expect(findPreset("Kế hoạch Đoàn phường (mẫu theo năm kế hoạch)")?.id).toBe("ke-hoach-phuong");
    expect(findPreset("  kế hoạch đoàn phường (mẫu theo năm kế hoạch) ")?.id).toBe("ke-hoach-phuong");
    expect(findPreset("khong-co")).toBeUndefined();
  });

  it("makes the ward plan for the settings' year and terms, titled from the unit and the year", () => {
    const plan = planFor({
      ...defaultSettings,
      unitName: "Đoàn phường Bến Thành",
      planYear: 2027,
      term: "2025–2030",
    });
    expect(plan.title).toBe("Kế hoạch công tác cán bộ Đoàn – Hội – Đội Đoàn phường Bến Thành năm 2027");
    expect(plan.year).toBe(2027);
    expect(plan.targets.every((t) => t.period.from === "2027-01-01" && t.period.to === "2027-12-31")).toBe(
      true,
    );
    const succession = plan.targets.find((t) => t.requirement.kind === "succession")!;
    expect(succession.requirement).toMatchObject({ terms: ["2025–2030", "2030–2035"] });
    expect(nextTerm("2025–2030")).toBe("2030–2035");
    // After July 2025 there are no districts: the ward plan names none.
    expect(JSON.stringify(plan)).not.toMatch(/quận|Quận/);
  });

  it("numbers its targets T01, T02, … over the year 2023", () => {
    expect(preset2023.targets.map((t) => t.id)).toEqual(
      preset2023.targets.map((_, i) => `T${String(i + 1).padStart(2, "0")}`),
    );
    for (const target of preset2023.targets) {
      expect(target.period).toEqual({ from: "2023-01-01", to: "2023-12-31" });
    }
  });

  it("cites, for each target, a line of the plan that holds its key words", () => {
    expect(Object.keys(keyWords).sort()).toEqual(preset2023.targets.map((t) => t.id).sort());
    for (const target of preset2023.targets) {
      const number = citedLine(target.source);
      const line = lines[number - 1];
      expect(line, `${target.id}: dòng ${number}`).toBeDefined();
      for (const word of keyWords[target.id] ?? []) {
        expect(fold(line ?? ""), `${target.id}: dòng ${number} chứa "${word}"`).toContain(fold(word));
      }
      // The figure asked is the plan's: "07", "05", "03", "10".
      if (target.measure.kind === "count") {
        expect(line).toMatch(new RegExp(`\\b0?${target.measure.atLeast}\\b`));
      }
    }
  });

  it("cites the section each line belongs to", () => {
    const sectionII = headingLine("II. HỆ THỐNG CHỈ TIÊU");
    const sectionIII = headingLine("III. NỘI DUNG THỰC HIỆN");
    const sectionIV = headingLine("IV. BIỆN PHÁP THỰC HIỆN");
    for (const target of preset2023.targets) {
      const number = citedLine(target.source);
      const section = /^Mục (II|III|IV)\b/.exec(target.source)?.[1];
      const [from, to] =
        section === "II"
          ? [sectionII, sectionIII]
          : section === "III"
            ? [sectionIII, sectionIV]
            : [sectionIV, lines.length];
      expect(number, `${target.id} ${target.source}`).toBeGreaterThan(from);
      expect(number, `${target.id} ${target.source}`).toBeLessThan(to);
    }
  });

  it("covers every line of section II", () => {
    const sectionII = headingLine("II. HỆ THỐNG CHỈ TIÊU");
    const sectionIII = headingLine("III. NỘI DUNG THỰC HIỆN");
    const targetLines = lines
      .map((line, i) => ({ line, number: i + 1 }))
      .filter(({ line, number }) => number > sectionII && number < sectionIII && line.startsWith("- "))
      .map(({ number }) => number);
    const cited = new Set(preset2023.targets.map((t) => citedLine(t.source)));
    expect(targetLines.filter((n) => !cited.has(n))).toEqual([]);
  });

  it("splits the compound lines", () => {
    const byId = Object.fromEntries(preset2023.targets.map((t) => [t.id, t]));
    expect(byId.T05?.requirement).toEqual({
      kind: "training",
      trainingKinds: ["foreignLanguage", "digitalSkills"],
      minCount: 2,
    });
    expect(byId.T06?.requirement).toEqual({ kind: "languageLevel", min: "B1" });
    expect(byId.T06?.measure).toEqual({ kind: "count", atLeast: 10 });
    expect(byId.T09?.filter).toMatchObject({ fromPosts: ["pioneerCommander"] });
    expect(byId.T10?.filter).toMatchObject({ unitNameContains: ["Đại học", "Cao đẳng"] });
  });
});

// A small fictional ward: the root union, two residential base units and a high school.
const wardData: PlanData = {
  units: [
    { name: "Đoàn phường Hòa Bình", level: "Phường, xã", sector: "residential" },
    { name: "Đoàn khu phố 1", level: "Cơ sở", sector: "residential" },
    { name: "Đoàn khu phố 2", level: "Cơ sở", sector: "residential" },
    { name: "Đoàn trường THPT Trần Phú", level: "Cơ sở", sector: "schools" },
  ],
  cadres: [
    {
      id: "CB01",
      fullName: "Nguyễn Văn Hùng",
      unit: "Đoàn phường Hòa Bình",
      positions: [{ organization: "union", post: "secretary", since: "2022-03-01" }],
      fullTime: "fullTime",
      education: "master",
      languageLevel: "B2",
    },
    {
      id: "CB02",
      fullName: "Trần Thị Lan",
      unit: "Đoàn khu phố 1",
      positions: [{ organization: "union", post: "secretary", since: "2023-02-15" }],
      fullTime: "notFullTime",
      education: "college",
      languageLevel: "A2",
    },
    {
      id: "CB03",
      fullName: "Lê Minh Khoa",
      unit: "Đoàn khu phố 2",
      positions: [{ organization: "union", post: "secretary", since: "2019-09-01" }],
      fullTime: "notFullTime",
      education: "university",
      languageLevel: "B1",
    },
  ],
  trainings: [
    {
      cadreId: "CB01",
      kind: "politicalTheoryIntermediate",
      title: "Trung cấp lý luận chính trị",
      startDate: "2023-03-01",
    },
    { cadreId: "CB02", kind: "newDutyBasics", title: "Lớp cán bộ mới", startDate: "2023-04-01" },
  ],
  successions: [],
  rotations: [
    {
      cadreId: "CB03",
      kind: "placement",
      fromPost: "pioneerCommander",
      fromUnit: "Liên đội THCS Lê Lợi",
      toUnit: "Đoàn trường THPT Trần Phú",
      date: "2023-09-05",
    },
  ],
  reviews: [],
  submissions: [
    {
      unit: "Đoàn khu phố 1",
      document: "Kế hoạch công tác cán bộ năm 2023",
      deadline: "2023-08-11",
      received: "2023-08-09",
    },
    {
      unit: "Đoàn khu phố 2",
      document: "Kế hoạch công tác cán bộ năm 2023",
      deadline: "2023-08-11",
      received: "2023-08-14",
    },
  ],
};

describe("evaluating presets", () => {
  const today = "2023-12-31";

  it("evaluates every target of the 2023 preset", () => {
    const results = evaluatePlan(preset2023, wardData, { today });
    const byId = Object.fromEntries(results.map((r) => [r.target.id, r]));
    expect(results).toHaveLength(preset2023.targets.length);
    expect(byId.T03?.figure).toBe("1/1 = 100%"); // the new secretary of khu phố 1 was trained
    expect(byId.T03?.status).toBe("met");
    expect(byId.T07?.shortfalls).toEqual([
      {
        id: "CB02",
        name: "Trần Thị Lan",
        unit: "Đoàn khu phố 1",
        reason: "trình độ Cao đẳng, cần Đại học trở lên",
      },
    ]);
    expect(byId.T08?.figure).toBe("1/3");
    expect(byId.T09?.figure).toBe("1/7");
    expect(byId.T11?.status).toBe("met");
    expect(byId.T12?.shortfalls.map((s) => s.id)).toEqual(["Đoàn khu phố 1", "Đoàn khu phố 2"]);
    expect(byId.T14?.shortfalls.map((s) => s.reason)).toEqual([
      "nộp trễ: 14/08/2023, hạn 11/08/2023",
      'chưa nộp "Kế hoạch công tác cán bộ" (hạn 11/08/2023)',
    ]);
  });

  it("counts political theory at intermediate or advanced level for T08, not other classes", () => {
    const t08 = (trainings: PlanData["trainings"]) =>
      evaluatePlan(preset2023, { ...wardData, trainings }, { today }).find((r) => r.target.id === "T08");
    const course = (cadreId: string, kind: TrainingKind, title: string) => ({
      cadreId,
      kind,
      title,
      startDate: "2023-05-02",
    });
    expect(t08([course("CB01", "politicalTheory", "Sơ cấp lý luận chính trị")])?.figure).toBe("0/3");
    const counted = t08([
      course("CB01", "politicalTheory", "Sơ cấp lý luận chính trị"),
      course("CB02", "politicalTheoryAdvanced", "Cao cấp lý luận chính trị"),
      course("CB03", "politicalTheoryIntermediate", "Trung cấp lý luận chính trị – hành chính"),
    ]);
    expect(counted?.figure).toBe("2/3");
    expect(counted?.status).toBe("notMet");
  });

  it("evaluates an edited copy with no code change: a target dropped, a figure changed", () => {
    const edited: Plan = structuredClone(preset2023);
    edited.targets = edited.targets
      .filter((t) => t.id !== "T06")
      .map((t) => (t.id === "T08" ? { ...t, measure: { kind: "count", atLeast: 1 } } : t));
    const original = evaluatePlan(preset2023, wardData, { today });
    const results = evaluatePlan(PlanSchema.parse(edited), wardData, { today });
    expect(results).toHaveLength(original.length - 1);
    expect(results.map((r) => r.target.id)).not.toContain("T06");
    expect(original.find((r) => r.target.id === "T08")?.status).toBe("notMet");
    const t08 = results.find((r) => r.target.id === "T08");
    expect(t08?.status).toBe("met");
    expect(t08?.figure).toBe("1/1");
  });

  it("takes the plan's own title as the plan T11 and T14 ask for", () => {
    const title = "Kế hoạch thực hiện công tác cán bộ Đoàn – Hội – Đội năm 2023";
    const data = {
      ...wardData,
      submissions: wardData.submissions.map((s) => ({ ...s, document: title })),
    };
    const byId = Object.fromEntries(
      evaluatePlan(preset2023, data, { today: "2023-12-31" }).map((r) => [r.target.id, r]),
    );
    expect(byId.T11?.figure).toBe("2/2 = 100%");
    expect(byId.T14?.figure).toBe("1/3 = 33%");
    expect(byId.T14?.shortfalls.map((s) => s.reason)).toEqual([
      "nộp trễ: 14/08/2023, hạn 11/08/2023",
      'chưa nộp "Kế hoạch công tác cán bộ" (hạn 11/08/2023)',
    ]);
  });

  it("evaluates the 2026 ward plan with its own terms and year", () => {
    const data2026: PlanData = {
      ...wardData,
      successions: ["Đoàn khu phố 1", "Đoàn khu phố 2", "Đoàn trường THPT Trần Phú"].flatMap((unit) =>
        (["secretary", "deputySecretary"] as const).flatMap((post) =>
          ["2025–2030", "2030–2035"].map((term) => ({
            cadreId: "CB01",
            unit,
            post,
            term,
            status: "approved" as const,
          })),
        ),
      ),
      submissions: [],
    };
    const plan = {
      id: "x",
      title: "x",
      year: 2026,
      targets: wardPlanTargets({ planYear: 2026, term: "2025–2030" }),
    };
    const results = evaluatePlan(plan, data2026, { today: "2026-05-01" });
    const byId = Object.fromEntries(results.map((r) => [r.target.id, r]));
    expect(byId.T01?.figure).toBe("0/3 = 0%"); // 2023 trainings do not count in 2026
    expect(byId.T09?.status).toBe("met");
    expect(byId.T09?.figure).toBe("3/3 = 100%");
    expect(byId.T06?.figure).toBe("2/5");
    expect(byId.T06?.status).toBe("notMet");
  });
});
