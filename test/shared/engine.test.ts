import { describe, expect, it } from "vitest";
import type {
  Cadre,
  PlanData,
  Requirement,
  RotationRecord,
  Target,
  TargetFilter,
  TargetResult,
  Unit,
} from "../../shared/model";
import { evaluatePlan, evaluateTarget } from "../../shared/targets/engine";
import { comparePersonNames } from "../../shared/text";

const period = { from: "2023-01-01", to: "2023-12-31" };
const today = "2023-09-01";

const units: Unit[] = [
  { name: "Đoàn phường Tân Định", level: "Phường, xã", sector: "residential" },
  { name: "Đoàn khu phố 1", level: "Cơ sở", sector: "residential" },
  { name: "Đoàn khu phố 2", level: "Cơ sở", sector: "residential" },
  { name: "Đoàn trường THPT Trần Phú", level: "Cơ sở", sector: "schools" },
  { name: "Đoàn trường Đại học Sài Gòn", level: "Cơ sở", sector: "schools" },
  { name: "Chi đoàn Công an phường", level: "Cơ sở" },
];

function makeData(partial: Partial<PlanData>): PlanData {
  return {
    units,
    cadres: [],
    trainings: [],
    successions: [],
    rotations: [],
    reviews: [],
    submissions: [],
    ...partial,
  };
}

function makeTarget(
  subject: Target["subject"],
  requirement: Requirement,
  measure: Target["measure"] = { kind: "share", percent: 100 },
  filter: TargetFilter = {},
): Target {
  return { id: "X1", text: "chỉ tiêu thử", source: "", subject, filter, requirement, measure, period };
}

let cadreCount = 0;
type TestCadre = Cadre & { id: string; fullName: string; unit: string };
function cadre(fullName: string, extra: Partial<Cadre> = {}): TestCadre {
  cadreCount++;
  return {
    id: `CB${String(cadreCount).padStart(3, "0")}`,
    fullName,
    unit: "Đoàn khu phố 1",
    positions: [{ organization: "union", post: "executiveCommittee" }],
    ...extra,
  };
}

function topic(cadreId: string, startDate: string) {
  return { cadreId, kind: "topic" as const, title: "Chuyên đề", startDate };
}

/** What keeps a result from being sure, as one line each: who lacks what, then the target's notes. */
function dataProblems(result: TargetResult): string[] {
  const who = (u: { name: string; unit?: string }) =>
    u.unit && u.unit !== u.name ? `${u.name} (${u.unit})` : u.name;
  return [...result.unknowns.map((u) => `${who(u)}: ${u.reason}`), ...result.notes];
}

const topics2: Requirement = { kind: "training", trainingKinds: ["topic"], minCount: 2 };

describe("measure share and figures", () => {
  it("counts training records of the kinds within the period, and names who falls short", () => {
    const tam = cadre("Phạm Văn Tâm");
    const an = cadre("Nguyễn Thị An");
    const duc = cadre("Lê Hoàng Đức");
    const dung = cadre("Trần Văn Dũng");
    const data = makeData({
      cadres: [tam, an, duc, dung],
      trainings: [
        topic(tam.id, "2023-03-01"),
        topic(tam.id, "2023-10-01"),
        topic(an.id, "2023-05-01"),
        topic(an.id, "2022-12-31"), // outside the period
        { cadreId: duc.id, kind: "resolutionStudy", title: "Nghị quyết", startDate: "2023-02-01" },
      ],
    });
    const result = evaluateTarget(makeTarget("cadres", topics2), data, { today });
    expect(result.status).toBe("notMet");
    expect(result.reached).toBe(1);
    expect(result.counted).toBe(4);
    expect(result.figure).toBe("1/4 = 25%");
    expect(result.percent).toBe(25);
    expect(result.asked).toBe(100);
    // By given name: An, Dũng, Đức (d before đ).
    expect(result.shortfalls).toEqual([
      { id: an.id, name: "Nguyễn Thị An", unit: "Đoàn khu phố 1", reason: "chưa học chuyên đề (1/2)" },
      { id: dung.id, name: "Trần Văn Dũng", unit: "Đoàn khu phố 1", reason: "chưa học chuyên đề (0/2)" },
      { id: duc.id, name: "Lê Hoàng Đức", unit: "Đoàn khu phố 1", reason: "chưa học chuyên đề (0/2)" },
    ]);
    expect(dataProblems(result)).toEqual([]);
  });

  it("links training records to their cadre by id, whatever its case and spacing", () => {
    const first = cadre("Nguyễn Văn Một", { id: "CB900" });
    const lower = cadre("Lê Văn Ba", { id: "cb 901" });
    const alone = cadre("Phạm Văn Bốn", { id: "CB902" });
    const data = makeData({
      cadres: [first, lower, alone],
      trainings: [
        topic("cb900", "2023-03-01"),
        topic(" CB900", "2023-04-01"),
        topic("CB901", "2023-05-01"),
        topic("Cb 901", "2023-06-01"),
        topic("CB902", "2023-05-01"),
        topic("CB903", "2023-05-01"),
      ],
    });
    const result = evaluateTarget(makeTarget("cadres", topics2), data, { today });
    expect(result.figure).toBe("2/3 = 66%");
    expect(result.shortfalls.map((s) => [s.name, s.reason])).toEqual([
      ["Phạm Văn Bốn", "chưa học chuyên đề (1/2)"],
    ]);
    // The record of no one is said, not quietly dropped.
    expect(result.notes).toEqual([
      "1 dòng đào tạo không gắn được với cán bộ nào (mã cán bộ trống hoặc không có trong danh sách): không được tính cho ai",
    ]);
  });

  it("writes 41/45 = 91% and meets a 90% target", () => {
    const cadres = Array.from({ length: 45 }, (_, i) => cadre(`Nguyễn Văn Số${i}`));
    const trainings = cadres
      .slice(0, 41)
      .flatMap((c) => [topic(c.id, "2023-04-01"), topic(c.id, "2023-06-01")]);
    const result = evaluateTarget(
      makeTarget("cadres", topics2, { kind: "share", percent: 90 }),
      makeData({ cadres, trainings }),
      { today },
    );
    expect(result.figure).toBe("41/45 = 91%");
    expect(result.status).toBe("met");
    expect(result.percent).toBe(91);
    expect(result.shortfalls).toHaveLength(4);
  });

  it("rounds the percent down: 199/200 shows 99%, not 100%, and is not met at 100%", () => {
    const cadres = Array.from({ length: 200 }, (_, i) => cadre(`Trần Thị Số${i}`));
    const trainings = cadres
      .slice(0, 199)
      .flatMap((c) => [topic(c.id, "2023-04-01"), topic(c.id, "2023-06-01")]);
    const result = evaluateTarget(makeTarget("cadres", topics2), makeData({ cadres, trainings }), { today });
    expect(result.figure).toBe("199/200 = 99%");
    expect(result.percent).toBe(99);
    expect(result.status).toBe("notMet");
  });

  it("meets 66% with 2/3 and shows 66%", () => {
    const cadres = [cadre("A Văn Một"), cadre("B Văn Hai"), cadre("C Văn Ba")];
    const trainings = cadres
      .slice(0, 2)
      .flatMap((c) => [topic(c.id, "2023-04-01"), topic(c.id, "2023-06-01")]);
    const result = evaluateTarget(
      makeTarget("cadres", topics2, { kind: "share", percent: 66 }),
      makeData({ cadres, trainings }),
      { today },
    );
    expect(result.figure).toBe("2/3 = 66%");
    expect(result.status).toBe("met");
  });

  it("has insufficient data when nobody is counted for a share", () => {
    const result = evaluateTarget(makeTarget("cadres", topics2), makeData({}), { today });
    expect(result.status).toBe("insufficientData");
    expect(result.figure).toBe("0/0");
    expect(result.percent).toBe(0);
  });

  it("accepts several kinds for one requirement", () => {
    const c = cadre("Võ Thị Hoa");
    const data = makeData({
      cadres: [c],
      trainings: [{ cadreId: c.id, kind: "digitalSkills", title: "Chuyển đổi số", startDate: "2023-03-01" }],
    });
    const req: Requirement = {
      kind: "training",
      trainingKinds: ["foreignLanguage", "digitalSkills"],
      minCount: 2,
    };
    const result = evaluateTarget(makeTarget("cadres", req), data, { today });
    expect(result.shortfalls[0]?.reason).toBe("chưa đủ hoạt động Ngoại ngữ hoặc Chuyển đổi số (1/2)");
    data.trainings.push({
      cadreId: c.id,
      kind: "foreignLanguage",
      title: "Tiếng Anh",
      startDate: "2023-05-01",
    });
    expect(evaluateTarget(makeTarget("cadres", req), data, { today }).status).toBe("met");
  });
});

describe("levels of education, political theory and language", () => {
  it("compares with the ordered levels and explains the gap", () => {
    const a = cadre("Nguyễn Văn Anh", { education: "university" });
    const b = cadre("Lê Thị Bích", { education: "college" });
    const c = cadre("Phạm Văn Cường", { education: "master" });
    const result = evaluateTarget(
      makeTarget("cadres", { kind: "education", min: "university" }),
      makeData({ cadres: [a, b, c] }),
      { today },
    );
    expect(result.status).toBe("notMet");
    expect(result.figure).toBe("2/3 = 66%");
    expect(result.shortfalls.map((s) => s.reason)).toEqual(["trình độ Cao đẳng, cần Đại học trở lên"]);
  });

  it("is insufficient when a missing education could change the outcome", () => {
    const a = cadre("Nguyễn Văn Anh", { education: "university" });
    const b = cadre("Lê Thị Bích", { unit: "Đoàn khu phố 2" });
    const result = evaluateTarget(
      makeTarget("cadres", { kind: "education", min: "university" }),
      makeData({ cadres: [a, b] }),
      { today },
    );
    expect(result.status).toBe("insufficientData");
    expect(result.figure).toBe("1/2 = 50%");
    expect(result.shortfalls).toEqual([]);
    expect(dataProblems(result)).toEqual(["Lê Thị Bích (Đoàn khu phố 2): chưa ghi trình độ chuyên môn"]);
  });

  it("is not met when the unknowns cannot save the target, and lists them anyway", () => {
    const a = cadre("Nguyễn Văn Anh", { education: "highSchool" });
    const b = cadre("Lê Thị Bích");
    const result = evaluateTarget(
      makeTarget("cadres", { kind: "education", min: "university" }),
      makeData({ cadres: [a, b] }),
      { today },
    );
    expect(result.status).toBe("notMet");
    expect(result.shortfalls.map((s) => s.reason)).toEqual([
      "trình độ Trung học phổ thông, cần Đại học trở lên",
    ]);
    expect(dataProblems(result)).toHaveLength(1);
  });

  it("words political theory and language gaps", () => {
    const a = cadre("Nguyễn Văn Anh", { politicalTheory: "none", languageLevel: "none" });
    const b = cadre("Lê Thị Bích", { politicalTheory: "elementary", languageLevel: "A2" });
    const data = makeData({ cadres: [a, b] });
    const theory = evaluateTarget(
      makeTarget("cadres", { kind: "politicalTheory", min: "intermediate" }),
      data,
      {
        today,
      },
    );
    expect(theory.shortfalls.map((s) => s.reason)).toEqual([
      "chưa có lý luận chính trị, cần Trung cấp trở lên",
      "lý luận chính trị Sơ cấp, cần Trung cấp trở lên",
    ]);
    const language = evaluateTarget(makeTarget("cadres", { kind: "languageLevel", min: "B1" }), data, {
      today,
    });
    expect(language.shortfalls.map((s) => s.reason)).toEqual([
      "chưa có chứng chỉ ngoại ngữ, cần B1 (Bậc 3) trở lên",
      "ngoại ngữ A2 (Bậc 2), cần B1 (Bậc 3) trở lên",
    ]);
  });
});

describe("measure count", () => {
  const b1 = { kind: "languageLevel", min: "B1" } as const;
  const reachedTwo = [
    cadre("Ngô Văn Lâm", { languageLevel: "B2" }),
    cadre("Đỗ Thị Mai", { languageLevel: "B1" }),
  ];

  it("is met once reached, whatever the unknowns, and then lists no shortfalls", () => {
    const others = [
      cadre("Vũ Văn Nam"),
      cadre("Hồ Thị Oanh"),
      cadre("Bùi Văn Phúc", { languageLevel: "A1" }),
    ];
    const result = evaluateTarget(
      makeTarget("cadres", b1, { kind: "count", atLeast: 2 }),
      makeData({ cadres: [...reachedTwo, ...others] }),
      { today },
    );
    expect(result.status).toBe("met");
    expect(result.figure).toBe("2/2");
    expect(result.percent).toBe(100);
    expect(result.asked).toBe(2);
    expect(result.shortfalls).toEqual([]);
    expect(dataProblems(result)).toEqual([
      "Vũ Văn Nam (Đoàn khu phố 1): chưa ghi trình độ ngoại ngữ",
      "Hồ Thị Oanh (Đoàn khu phố 1): chưa ghi trình độ ngoại ngữ",
    ]);
  });

  it("is insufficient when unknowns could reach it, not met when they could not", () => {
    const unknownOne = cadre("Vũ Văn Nam");
    const below = cadre("Bùi Văn Phúc", { languageLevel: "A1" });
    const target = makeTarget("cadres", b1, { kind: "count", atLeast: 3 });
    const unsure = evaluateTarget(target, makeData({ cadres: [...reachedTwo, unknownOne, below] }), {
      today,
    });
    expect(unsure.status).toBe("insufficientData");
    expect(unsure.figure).toBe("2/3");
    expect(unsure.percent).toBe(66);
    const short = evaluateTarget(target, makeData({ cadres: [...reachedTwo, below] }), { today });
    expect(short.status).toBe("notMet");
    expect(short.shortfalls.map((s) => s.name)).toEqual(["Bùi Văn Phúc"]);
  });

  it("counts units with no requirement", () => {
    const result = evaluateTarget(
      makeTarget(
        "units",
        { kind: "none" },
        { kind: "count", atLeast: 3 },
        { levels: ["Cơ sở"], sectors: ["schools"] },
      ),
      makeData({}),
      { today },
    );
    // Two schools; the unit without a sector may be one.
    expect(result.reached).toBe(2);
    expect(result.status).toBe("insufficientData");
    expect(dataProblems(result)).toEqual([
      'Chi đoàn Công an phường: đơn vị "Chi đoàn Công an phường" chưa ghi khu vực',
    ]);
  });
});

describe("cadre filters", () => {
  const none: Requirement = { kind: "none" };
  const count = { kind: "count", atLeast: 0 } as const;

  function counted(filter: TargetFilter, cadres: Cadre[]) {
    return evaluateTarget(makeTarget("cadres", none, count, filter), makeData({ cadres }), { today });
  }

  it("matches any position by post and organisation", () => {
    const sec = cadre("Nguyễn Văn Sơn", {
      positions: [
        { organization: "union", post: "executiveCommittee" },
        { organization: "union", post: "secretary" },
      ],
    });
    const chair = cadre("Lê Văn Hải", {
      positions: [{ organization: "federation", post: "federationChair" }],
    });
    const other = cadre("Trần Thị Lan");
    expect(counted({ posts: ["secretary", "federationChair"] }, [sec, chair, other]).counted).toBe(2);
    expect(counted({ organizations: ["federation"] }, [sec, chair, other]).counted).toBe(1);
    expect(
      counted({ posts: ["secretary"], organizations: ["federation"] }, [sec, chair, other]).counted,
    ).toBe(0);
  });

  it("filters full-time cadres, a missing flag being unknown", () => {
    const full = cadre("Nguyễn Văn Sơn", { fullTime: "fullTime" });
    const alsoFull = cadre("Phạm Minh Tú", { fullTime: "fullTime" });
    const part = cadre("Lê Văn Hải", { fullTime: "notFullTime" });
    const unsure = cadre("Trần Thị Lan");
    const result = counted({ fullTime: ["fullTime"] }, [full, alsoFull, part, unsure]);
    expect(result.counted).toBe(2);
    expect(dataProblems(result)).toEqual([
      "Trần Thị Lan (Đoàn khu phố 1): chưa ghi có phải cán bộ chuyên trách hay không",
    ]);
    expect(counted({ fullTime: ["partTime", "notFullTime"] }, [full, alsoFull, part, unsure]).counted).toBe(
      1,
    );
  });

  it("newlyAssigned: a matching position taken within the period", () => {
    const newSecretary = cadre("Nguyễn Văn Sơn", {
      positions: [
        { organization: "union", post: "secretary", since: "2023-04-02" },
        { organization: "union", post: "executiveCommittee", since: "2020-01-01" },
      ],
    });
    const oldSecretary = cadre("Lê Văn Hải", {
      positions: [
        { organization: "union", post: "secretary", since: "2021-05-01" },
        // newly assigned, but not to a post the target asks for
        { organization: "federation", post: "federationCommittee", since: "2023-03-01" },
      ],
    });
    const undated = cadre("Trần Thị Lan", { positions: [{ organization: "union", post: "secretary" }] });
    const result = counted({ posts: ["secretary"], newlyAssigned: true }, [
      newSecretary,
      oldSecretary,
      undated,
    ]);
    expect(result.counted).toBe(1);
    expect(dataProblems(result)).toEqual([
      "Trần Thị Lan (Đoàn khu phố 1): chưa ghi ngày nhận nhiệm vụ Bí thư",
    ]);
  });

  it("looks up the cadre's unit for level and sector; an unknown unit is a data problem", () => {
    const ward = cadre("Nguyễn Văn Sơn", { unit: "Đoàn phường Tân Định" });
    const base = cadre("Lê Văn Hải", { unit: "Đoàn khu phố 2" });
    const school = cadre("Phạm Thị Thu", { unit: "Đoàn trường THPT Trần Phú" });
    const lost = cadre("Trần Thị Lan", { unit: "Đoàn khu phố 9" });
    const all = [ward, base, school, lost];
    expect(counted({ levels: ["Quận", "Phường, xã"] }, all).counted).toBe(1);
    const result = counted({ levels: ["Cơ sở"], sectors: ["residential"] }, all);
    expect(result.counted).toBe(1);
    expect(dataProblems(result)).toEqual([
      'Trần Thị Lan (Đoàn khu phố 9): đơn vị "Đoàn khu phố 9" không có trong danh sách đơn vị',
    ]);
  });

  it("matches unit names folded: 'thpt' and 'tran phu' find Đoàn trường THPT Trần Phú", () => {
    const school = cadre("Phạm Thị Thu", { unit: "Đoàn trường THPT Trần Phú" });
    const base = cadre("Lê Văn Hải", { unit: "Đoàn khu phố 2" });
    expect(counted({ unitNameContains: ["thpt"] }, [school, base]).counted).toBe(1);
    expect(counted({ unitNameContains: ["tran phu"] }, [school, base]).counted).toBe(1);
    expect(counted({ unitNameContains: ["ĐẠI HỌC", "khu  phố"] }, [school, base]).counted).toBe(1);
  });
});

describe("submissions", () => {
  const doc = "Kế hoạch công tác cán bộ";
  const wards: TargetFilter = { unitNameContains: ["khu phố"] };
  const subs: PlanData["submissions"] = [
    {
      unit: "Đoàn khu phố 1",
      document: "KẾ HOẠCH công tác cán bộ năm 2023",
      deadline: "2023-08-11",
      received: "2023-08-10",
    },
    {
      unit: "Đoàn khu phố 2",
      document: "Kế hoạch công tác cán bộ năm 2023",
      deadline: "2023-08-11",
      received: "2023-08-14",
    },
    {
      unit: "Đoàn trường THPT Trần Phú",
      document: "Kế hoạch công tác cán bộ năm 2023",
      deadline: "2023-08-11",
    },
    // Last year's plan and another document do not count.
    {
      unit: "Đoàn trường Đại học Sài Gòn",
      document: "Kế hoạch công tác cán bộ năm 2022",
      deadline: "2022-08-11",
      received: "2022-08-01",
    },
    {
      unit: "Đoàn trường Đại học Sài Gòn",
      document: "Báo cáo tổng kết",
      deadline: "2023-12-01",
      received: "2023-11-01",
    },
  ];

  it("onTime: received by the deadline; late, missing and never filed are shortfalls", () => {
    const result = evaluateTarget(
      makeTarget("units", { kind: "submission", document: doc, onTime: true }, undefined, {
        levels: ["Cơ sở"],
      }),
      makeData({ submissions: subs }),
      { today: "2023-08-20" },
    );
    expect(result.status).toBe("notMet");
    expect(result.figure).toBe("1/5 = 20%");
    expect(result.shortfalls).toEqual([
      { id: "Chi đoàn Công an phường", name: "Chi đoàn Công an phường", reason: `chưa nộp "${doc}"` },
      { id: "Đoàn khu phố 2", name: "Đoàn khu phố 2", reason: "nộp trễ: 14/08/2023, hạn 11/08/2023" },
      {
        id: "Đoàn trường Đại học Sài Gòn",
        name: "Đoàn trường Đại học Sài Gòn",
        reason: `chưa nộp "${doc}"`,
      },
      {
        id: "Đoàn trường THPT Trần Phú",
        name: "Đoàn trường THPT Trần Phú",
        reason: `chưa nộp "${doc}" (hạn 11/08/2023)`,
      },
    ]);
  });

  it("a submission not received before its deadline is not yet due: an unknown", () => {
    const target = makeTarget("units", { kind: "submission", document: doc, onTime: true }, undefined, {
      unitNameContains: ["Trần Phú", "khu phố 1"],
    });
    const result = evaluateTarget(target, makeData({ submissions: subs }), { today: "2023-08-11" });
    expect(result.status).toBe("insufficientData");
    expect(result.shortfalls).toEqual([]);
    expect(dataProblems(result)).toEqual([
      `Đoàn trường THPT Trần Phú: chưa nộp "${doc}", chưa đến hạn (11/08/2023)`,
    ]);
  });

  it("without onTime, a late submission counts", () => {
    const result = evaluateTarget(
      makeTarget("units", { kind: "submission", document: doc, onTime: false }, undefined, wards),
      makeData({ submissions: subs }),
      { today },
    );
    expect(result.status).toBe("met");
    expect(result.figure).toBe("2/2 = 100%");
  });

  it("of several rows, one received on time is enough", () => {
    const twice: PlanData["submissions"] = [
      {
        unit: "Đoàn khu phố 2",
        document: "Kế hoạch công tác cán bộ (bản nháp)",
        deadline: "2023-08-11",
        received: "2023-08-01",
      },
      ...subs,
    ];
    const result = evaluateTarget(
      makeTarget("units", { kind: "submission", document: doc, onTime: true }, undefined, wards),
      makeData({ submissions: twice }),
      { today },
    );
    expect(result.status).toBe("met");
  });
});

describe("succession", () => {
  const req: Requirement = {
    kind: "succession",
    posts: ["secretary", "deputySecretary"],
    terms: ["2022–2027", "2027–2032"],
  };
  const wards: TargetFilter = { levels: ["Cơ sở"], sectors: ["residential"] };

  it("needs every post × term, ignoring removed entries; hyphens in terms are accepted", () => {
    const entry = (
      unit: string,
      post: "secretary" | "deputySecretary",
      term: string,
      status = "approved",
    ) => ({
      cadreId: "CB1",
      unit,
      post,
      term,
      status: status as "approved" | "proposed" | "removed",
    });
    const successions = [
      entry("Đoàn khu phố 1", "secretary", "2022–2027"),
      entry("Đoàn khu phố 1", "deputySecretary", "2022-2027", "proposed"),
      entry("Đoàn khu phố 1", "secretary", "2027–2032"),
      entry("đoàn khu phố 1", "deputySecretary", "2027 – 2032"),
      entry("Đoàn khu phố 2", "secretary", "2022–2027"),
      entry("Đoàn khu phố 2", "deputySecretary", "2022–2027"),
      entry("Đoàn khu phố 2", "secretary", "2027–2032"),
      entry("Đoàn khu phố 2", "deputySecretary", "2027–2032", "removed"),
    ];
    const result = evaluateTarget(makeTarget("units", req, undefined, wards), makeData({ successions }), {
      today,
    });
    expect(result.figure).toBe("1/2 = 50%");
    expect(result.status).toBe("notMet");
    expect(result.shortfalls).toEqual([
      {
        id: "Đoàn khu phố 2",
        name: "Đoàn khu phố 2",
        reason: "chưa quy hoạch Phó Bí thư nhiệm kỳ 2027–2032",
      },
    ]);
  });

  it("lists every missing post and term", () => {
    const result = evaluateTarget(
      makeTarget("units", req, undefined, { unitNameContains: ["khu phố 1"] }),
      makeData({}),
      { today },
    );
    expect(result.shortfalls[0]?.reason).toBe(
      "chưa quy hoạch Bí thư nhiệm kỳ 2022–2027; chưa quy hoạch Phó Bí thư nhiệm kỳ 2022–2027; " +
        "chưa quy hoạch Bí thư nhiệm kỳ 2027–2032; chưa quy hoạch Phó Bí thư nhiệm kỳ 2027–2032",
    );
  });
});

describe("rotations", () => {
  const people = [
    cadre("Nguyễn Văn Tuấn", { id: "R1" }),
    cadre("Lê Thị Vy", { id: "R2" }),
    cadre("Trần Văn Khoa", { id: "R3" }),
  ];
  const rotation = (cadreId: string, extra: Partial<RotationRecord>): RotationRecord => ({
    cadreId,
    kind: "placement",
    fromPost: "pioneerCommander",
    fromUnit: "Liên đội THCS Lê Lợi",
    toUnit: "Đoàn trường THPT Trần Phú",
    date: "2023-09-05",
    ...extra,
  });
  const rotations = [
    rotation("R1", {}),
    rotation("R2", { fromPost: undefined }),
    rotation("R3", { date: "2022-09-05" }), // before the period
    rotation("R3", { toUnit: "Đoàn khu phố 1" }),
    rotation("R1", {
      fromPost: "branchSecretary",
      fromUnit: "Đoàn trường THPT Trần Phú",
      toUnit: "Đoàn trường Đại học Sài Gòn",
    }),
  ];

  it("counts rotations within the period by where they come from and go to", () => {
    const target = makeTarget(
      "rotations",
      { kind: "none" },
      { kind: "count", atLeast: 7 },
      { fromPosts: ["pioneerCommander"], unitNameContains: ["THPT"] },
    );
    const result = evaluateTarget(target, makeData({ cadres: people, rotations }), { today });
    expect(result.reached).toBe(1);
    expect(result.figure).toBe("1/7");
    expect(result.percent).toBe(14);
    expect(result.status).toBe("notMet");
    expect(result.shortfalls).toEqual([]);
    expect(dataProblems(result)).toEqual([
      "Lê Thị Vy (Đoàn trường THPT Trần Phú): chưa ghi chức vụ trước khi chuyển",
    ]);
  });

  it("counts people, not rows: the same move entered twice is one person", () => {
    const moves = Array.from({ length: 6 }, (_, i) => ({
      cadreId: `CB${i}`,
      kind: "placement" as const,
      fromPost: "pioneerCommander" as const,
      fromUnit: "Liên đội THCS Lê Lợi",
      toUnit: "Đoàn trường THPT Trần Phú",
      date: "2023-09-05",
    }));
    const twice = [...moves, { ...moves[2]!, cadreId: "cb2 " }];
    const target = makeTarget(
      "rotations",
      { kind: "none" },
      { kind: "count", atLeast: 7 },
      { fromPosts: ["pioneerCommander"] },
    );
    const result = evaluateTarget(target, makeData({ rotations: twice }), { today });
    expect(result.figure).toBe("6/7");
    expect(result.status).toBe("notMet");
  });

  it("matches the unit moved from, folded", () => {
    const target = makeTarget(
      "rotations",
      { kind: "none" },
      { kind: "count", atLeast: 1 },
      {
        fromUnitNameContains: ["thpt"],
        unitNameContains: ["Đại học", "Cao đẳng"],
        rotationKinds: ["placement"],
      },
    );
    const result = evaluateTarget(target, makeData({ cadres: people, rotations }), { today });
    expect(result.status).toBe("met");
    expect(result.figure).toBe("1/1");
  });
});

describe("plans and determinism", () => {
  it("flags a requirement that does not fit the subject", () => {
    const result = evaluateTarget(
      makeTarget("units", { kind: "education", min: "university" }),
      makeData({}),
      {
        today,
      },
    );
    expect(result.status).toBe("insufficientData");
    expect(dataProblems(result)[0]).toContain('không áp dụng cho đối tượng "Đơn vị"');
  });

  const people = [
    cadre("Nguyễn Văn An", { education: "college", languageLevel: "B1" }),
    cadre("Nguyễn Văn An", { education: "university" }),
    cadre("Lê Thị Hoà", { unit: "Đoàn khu phố 7" }),
    cadre("Lê Thị Hòa", { unit: "Đoàn trường THPT Trần Phú", languageLevel: "A2" }),
    cadre("Phạm Minh Ánh", { unit: "Đoàn khu phố 2", education: "highSchool" }),
    cadre("Đặng Văn Bảo", { unit: "Đoàn phường Tân Định", fullTime: "fullTime" }),
  ];
  const data = makeData({
    cadres: people,
    trainings: people.slice(0, 3).map((c) => topic(c.id, "2023-02-02")),
    submissions: [
      {
        unit: "Đoàn khu phố 1",
        document: "Kế hoạch công tác cán bộ năm 2023",
        deadline: "2023-08-11",
        received: "2023-08-15",
      },
      {
        unit: "Đoàn khu phố 1",
        document: "Kế hoạch công tác cán bộ năm 2023",
        deadline: "2023-08-11",
        received: "2023-08-13",
      },
    ],
  });
  const plan = {
    id: "thu",
    title: "Kế hoạch thử",
    year: 2023,
    targets: [
      makeTarget("cadres", { kind: "training", trainingKinds: ["topic"], minCount: 1 }, undefined, {
        levels: ["Cơ sở"],
      }),
      makeTarget("cadres", { kind: "education", min: "university" }),
      makeTarget("cadres", { kind: "languageLevel", min: "B1" }, { kind: "count", atLeast: 2 }),
      makeTarget("units", { kind: "submission", document: "Kế hoạch công tác cán bộ", onTime: true }),
    ],
  };

  /** Seeded Fisher–Yates, so that a failing order can be replayed. */
  function shuffled<T>(items: T[], seed: number): T[] {
    const copy = [...items];
    let state = seed;
    for (let i = copy.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const j = state % (i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  it("gives the same result twice and for any order of the input arrays", () => {
    const first = evaluatePlan(plan, data, { today });
    expect(evaluatePlan(plan, data, { today })).toEqual(first);
    // The result is not trivial: shortfalls and problems are there to be ordered.
    expect(first.flatMap((r) => r.shortfalls).length).toBeGreaterThan(3);
    expect(first.flatMap((r) => dataProblems(r)).length).toBeGreaterThan(1);
    for (let seed = 1; seed <= 20; seed++) {
      const mixed: PlanData = {
        ...data,
        units: shuffled(data.units, seed),
        cadres: shuffled(data.cadres, seed + 100),
        trainings: shuffled(data.trainings, seed + 200),
        submissions: shuffled(data.submissions, seed + 300),
      };
      expect(evaluatePlan(plan, mixed, { today })).toEqual(first);
    }
  });

  it("takes the reader's links from trainings to cadres only where they hold, with the same result", () => {
    const first = evaluatePlan(plan, data, { today });
    const right = Int32Array.from(data.trainings, (t) => data.cadres.findIndex((c) => c.id === t.cadreId));
    expect(right.some((k) => k >= 0)).toBe(true);
    const wrong = right.map((k) => (k + 1) % data.cadres.length);
    for (const trainingCadres of [right, wrong, new Int32Array(right.length).fill(-1), new Int32Array(1)]) {
      expect(evaluatePlan(plan, { ...data, trainingCadres }, { today })).toEqual(first);
    }
  });

  it("lists who falls short by given, middle and family name, then by id", () => {
    const family = ["Nguyễn", "Trần", "Lê", "Ðỗ", "Đặng"];
    const middle = ["Văn", "Thị", "Thị Minh", ""];
    const given = ["Hoà", "Hòa", "An", "Ánh", "Anh", "Bích", "Đức", "Thuý"];
    const cadres: TestCadre[] = [];
    for (let i = 0; i < 240; i++) {
      const words = [family[i % 5]!, middle[(i * 7) % 4]!, given[(i * 11) % 8]!].filter((w) => w !== "");
      // Ids out of step with names, so that equal names are ordered by id.
      cadres.push(
        cadre(i % 13 === 0 ? words.at(-1)! : words.join(" "), {
          id: `X${(i * 37) % 240}`,
          education: "highSchool",
        }),
      );
    }
    const target = makeTarget("cadres", { kind: "education", min: "university" });
    const listed = evaluateTarget(target, makeData({ cadres: shuffled(cadres, 7) }), { today }).shortfalls;
    const expected = [...cadres]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .sort((a, b) => comparePersonNames(a.fullName, b.fullName));
    expect(listed.map((s) => s.id)).toEqual(expected.map((c) => c.id));
  });

  it("lists people of the same name by id, few or many of them", () => {
    for (const count of [3, 8, 9, 40]) {
      const ids = Array.from({ length: count }, (_, i) => `CB${(i * 7) % count}-${i % 3}`);
      const cadres = ids.map((id, i) =>
        cadre(i % 2 === 0 ? "Nguyễn Văn Hoà" : "Nguyễn Văn Hòa", { id, education: "highSchool" }),
      );
      const target = makeTarget("cadres", { kind: "education", min: "university" });
      const listed = evaluateTarget(target, makeData({ cadres: shuffled(cadres, count) }), {
        today,
      }).shortfalls;
      expect(listed.map((s) => s.id)).toEqual([...ids].sort());
    }
  });

  it("reports the earliest late submission whatever the order", () => {
    const result = evaluatePlan(plan, data, { today })[3];
    expect(result?.shortfalls.find((s) => s.id === "Đoàn khu phố 1")?.reason).toBe(
      "nộp trễ: 13/08/2023, hạn 11/08/2023",
    );
  });
});

describe("results by unit", () => {
  it("breaks a share target down by unit and sector: which unit pulls it down", () => {
    const a = cadre("Nguyễn Văn An", { unit: "Đoàn khu phố 1" });
    const b = cadre("Trần Văn Bình", { unit: "đoàn khu phố 1" });
    const c = cadre("Lê Văn Cường", { unit: "Đoàn trường THPT Trần Phú" });
    const d = cadre("Phạm Văn Dũng", { unit: "Đoàn trường THPT Trần Phú" });
    const e = cadre("Võ Văn Em", { unit: undefined });
    const data = makeData({
      cadres: [a, b, c, d, e],
      trainings: [a, b, c].flatMap((x) => [topic(x.id, "2023-03-01"), topic(x.id, "2023-04-01")]),
    });
    const result = evaluateTarget(makeTarget("cadres", topics2), data, { today });
    expect(result.figure).toBe("3/5 = 60%");
    expect(result.byUnit).toEqual([
      // Spelled as the units sheet spells it, whatever the cadres typed.
      {
        unit: "Đoàn khu phố 1",
        sector: "residential",
        counted: 2,
        reached: 2,
        unknown: 0,
        percent: 100,
        status: "met",
      },
      {
        unit: "Đoàn trường THPT Trần Phú",
        sector: "schools",
        counted: 2,
        reached: 1,
        unknown: 0,
        percent: 50,
        status: "notMet",
      },
      { unit: "(chưa ghi đơn vị)", counted: 1, reached: 0, unknown: 0, percent: 0, status: "notMet" },
    ]);
    // Sector by sector, in the order of the sectors; no sector last.
    expect(result.bySector).toEqual([
      { sector: "residential", units: 1, counted: 2, reached: 2, unknown: 0, percent: 100, status: "met" },
      { sector: "schools", units: 1, counted: 2, reached: 1, unknown: 0, percent: 50, status: "notMet" },
      { units: 1, counted: 1, reached: 0, unknown: 0, percent: 0, status: "notMet" },
    ]);
  });

  it("adds a sector's units up before judging it: one unit short, the sector still met", () => {
    const a = cadre("Nguyễn Văn An", { unit: "Đoàn khu phố 1" });
    const b = cadre("Trần Văn Bình", { unit: "Đoàn khu phố 2" });
    const c = cadre("Lê Văn Cường", { unit: "Đoàn khu phố 2" });
    const data = makeData({
      cadres: [a, b, c],
      trainings: [a, b].flatMap((x) => [topic(x.id, "2023-03-01"), topic(x.id, "2023-04-01")]),
    });
    const target = makeTarget("cadres", topics2, { kind: "share", percent: 60 });
    const result = evaluateTarget(target, data, { today });
    expect(result.byUnit.map((u) => [u.unit, u.status])).toEqual([
      ["Đoàn khu phố 1", "met"],
      ["Đoàn khu phố 2", "notMet"],
    ]);
    // 2 of 3 in the residential sector: 66% ≥ 60%.
    expect(result.bySector).toEqual([
      { sector: "residential", units: 2, counted: 3, reached: 2, unknown: 0, percent: 66, status: "met" },
    ]);
  });

  it("gives a count target the unit's figures without a status of its own", () => {
    const a = cadre("Nguyễn Văn An", { languageLevel: "B1" });
    const result = evaluateTarget(
      makeTarget("cadres", { kind: "languageLevel", min: "B1" }, { kind: "count", atLeast: 3 }),
      makeData({ cadres: [a] }),
      { today },
    );
    expect(result.byUnit).toEqual([
      { unit: "Đoàn khu phố 1", sector: "residential", counted: 1, reached: 1, unknown: 0 },
    ]);
  });
});
