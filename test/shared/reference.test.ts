// The engine against the reference evaluator (reference-evaluator.ts) on generated plans: small
// pools of names, ids in other case and spacing, tone variants, fields missing and cells not valid,
// so that every rule meets its edge cases.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cadre, PlanData, Position, Requirement, Target, TargetFilter } from "../../shared/model";
import { evaluatePlan } from "../../shared/targets/engine";
import { fold } from "../../shared/text";
import { fullTimeStatuses, organizations, type Post, type trainingKinds } from "../../shared/vocabulary";
import { referenceEvaluate } from "./reference-evaluator";

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 4 });
const date = fc.constantFrom(
  "2022-12-31",
  "2023-01-01",
  "2023-03-15",
  "2023-08-11",
  "2023-08-20",
  "2023-12-31",
  "2024-01-02",
);
const unitNames = [
  "Chi đoàn Khu phố Hòa Bình",
  "chi doan khu pho hoa binh",
  "Đoàn trường THPT Trần Phú",
  "Chi đoàn Công an",
  "Đoàn phường",
];
const someUnit = fc.constantFrom(...unitNames, "Đơn vị không có");
const somePost = fc.constantFrom<Post>(
  "secretary",
  "deputySecretary",
  "executiveCommittee",
  "pioneerLeader",
  "pioneerCommander",
);
const level = fc.constantFrom("Phường, xã", "Cơ sở", "Thành phố");
/** A field that is there, or left out as blank, or left out because its cell was not valid. */
function field<T>(arb: fc.Arbitrary<T>) {
  return fc.oneof(
    { weight: 5, arbitrary: arb.map((value) => ({ value, invalid: false })) },
    { weight: 1, arbitrary: fc.constant({ value: undefined, invalid: false }) },
    { weight: 1, arbitrary: fc.constant({ value: undefined, invalid: true }) },
  );
}

const units = fc
  .uniqueArray(
    fc.record({
      name: field(fc.constantFrom(...unitNames)),
      level: field(level),
      sector: field(
        fc.constantFrom("residential", "schools", "workers") as fc.Arbitrary<
          "residential" | "schools" | "workers"
        >,
      ),
    }),
    // One row per unit name, as the reader keeps them (names compare folded).
    { maxLength: 4, selector: (u) => (u.name.value === undefined ? Math.random() : fold(u.name.value)) },
  )
  .map((list) =>
    list.map((u, i) => {
      const invalid: Record<string, string> = {};
      for (const key of ["name", "level", "sector"] as const)
        if (u[key].invalid) invalid[key] = `ô ${key} (dòng ${i + 2}) chưa hợp lệ`;
      return {
        name: u.name.value,
        level: u.level.value,
        sector: u.sector.value,
        row: i + 2,
        invalid: Object.keys(invalid).length ? invalid : undefined,
      };
    }),
  );

const position = fc.record({
  organization: fc.constantFrom(...organizations),
  post: somePost,
  since: maybe(date),
});

const cadres = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom("CB1", "CB2", "cb3", "CB 4", "CB5", ""),
      fullName: fc.constantFrom("Nguyễn Văn Hoà", "Nguyễn Văn Hòa", "Trần Thị An", "Lê Minh Đức", ""),
      unit: field(someUnit),
      positions: fc.uniqueArray(position, { maxLength: 2, selector: (p) => p.organization }),
      doubtfulPost: fc.boolean(),
      fullTime: field(fc.constantFrom(...fullTimeStatuses)),
      education: field(
        fc.constantFrom("college", "university", "master") as fc.Arbitrary<
          "college" | "university" | "master"
        >,
      ),
      languageLevel: field(fc.constantFrom("A2", "B1", "B2") as fc.Arbitrary<"A2" | "B1" | "B2">),
    }),
    { maxLength: 8, selector: (c) => (c.id === "" ? Math.random() : c.id.toLowerCase().replace(/\s/g, "")) },
  )
  .map((list) =>
    list.map((c, i): Cadre => {
      const row = i + 2;
      const invalid: Record<string, string> = {};
      for (const key of ["unit", "fullTime", "education", "languageLevel"] as const)
        if (c[key].invalid) invalid[key] = `ô ${key} (dòng ${row}) chưa hợp lệ`;
      // A post cell not valid: the organisation's post is unknown.
      const positions: Position[] = c.positions.map((p) =>
        p.since === undefined ? { organization: p.organization, post: p.post } : p,
      );
      if (c.doubtfulPost && !positions.some((p) => p.organization === "union"))
        invalid.unionPost = `ô "Chức vụ Đoàn" (dòng ${row}) chưa hợp lệ`;
      return {
        id: c.id || undefined,
        fullName: c.fullName || undefined,
        unit: c.unit.value,
        positions,
        fullTime: c.fullTime.value,
        education: c.education.value,
        languageLevel: c.languageLevel.value,
        row,
        invalid: Object.keys(invalid).length ? invalid : undefined,
      };
    }),
  );

const trainings = fc.array(
  fc.record({
    cadreId: maybe(fc.constantFrom("CB1", "cb1", " CB2", "CB3", "cb 4", "CB9")),
    kind: maybe(
      fc.constantFrom("topic", "resolutionStudy", "foreignLanguage") as fc.Arbitrary<
        (typeof trainingKinds)[number]
      >,
    ),
    title: fc.constant("Lớp"),
    startDate: maybe(date),
  }),
  { maxLength: 14 },
);

const successions = fc.array(
  fc.record({
    cadreId: fc.constant("CB1"),
    unit: maybe(fc.constantFrom(...unitNames)),
    post: maybe(
      fc.constantFrom("secretary", "deputySecretary") as fc.Arbitrary<"secretary" | "deputySecretary">,
    ),
    term: maybe(fc.constantFrom("2022–2027", "2027–2032")),
    status: maybe(
      fc.constantFrom("approved", "proposed", "removed") as fc.Arbitrary<"approved" | "proposed" | "removed">,
    ),
  }),
  { maxLength: 6 },
);

const submissions = fc
  .array(
    fc.record({
      unit: maybe(fc.constantFrom(...unitNames)),
      document: fc.constantFrom(
        "Kế hoạch công tác cán bộ năm 2023",
        "Kế hoạch thực hiện công tác cán bộ Đoàn – Hội – Đội",
        "Báo cáo quý",
      ),
      deadline: field(date),
      received: field(date),
    }),
    { maxLength: 6 },
  )
  .map((list) =>
    list.map((s, i) => {
      const invalid: Record<string, string> = {};
      if (s.deadline.invalid) invalid.deadline = `ô "Hạn nộp" (dòng ${i + 2}) chưa hợp lệ`;
      if (s.received.invalid) invalid.received = `ô "Ngày nhận" (dòng ${i + 2}) chưa hợp lệ`;
      return {
        unit: s.unit,
        document: s.document,
        deadline: s.deadline.value,
        received: s.received.value,
        row: i + 2,
        invalid: Object.keys(invalid).length ? invalid : undefined,
      };
    }),
  );

const rotations = fc
  .array(
    fc.record({
      cadreId: maybe(fc.constantFrom("CB1", "cb1", "CB2")),
      kind: maybe(fc.constantFrom("rotation", "placement") as fc.Arbitrary<"rotation" | "placement">),
      fromPost: maybe(somePost),
      fromUnit: maybe(fc.constantFrom("Liên đội THCS Lê Lợi", "Chi đoàn Công an")),
      toUnit: maybe(someUnit),
      date: maybe(date),
    }),
    { maxLength: 6 },
  )
  .map((list) => list.map((r, i) => ({ ...r, row: i + 2 })));

const filter: fc.Arbitrary<TargetFilter> = fc.record(
  {
    posts: fc.uniqueArray(somePost, { minLength: 1, maxLength: 2 }),
    organizations: fc.uniqueArray(fc.constantFrom(...organizations), { minLength: 1, maxLength: 2 }),
    fullTime: fc.uniqueArray(fc.constantFrom(...fullTimeStatuses), { minLength: 1, maxLength: 2 }),
    newlyAssigned: fc.boolean(),
    levels: fc.constant(["Cơ sở"]),
    sectors: fc.constant(["residential" as const]),
    unitNameContains: fc.constantFrom(["hoa binh"], ["THPT"]),
    fromPosts: fc.constant(["pioneerCommander" as const]),
    fromUnitNameContains: fc.constant(["THCS"]),
    rotationKinds: fc.constant(["placement" as const]),
  },
  { requiredKeys: [] },
);

const cadreRequirement: fc.Arbitrary<Requirement> = fc.oneof(
  fc.record({
    kind: fc.constant("training" as const),
    trainingKinds: fc.constantFrom(["topic"], ["topic", "foreignLanguage"]) as fc.Arbitrary<
      Array<(typeof trainingKinds)[number]>
    >,
    minCount: fc.integer({ min: 1, max: 2 }),
  }),
  fc.record({ kind: fc.constant("education" as const), min: fc.constant("university" as const) }),
  fc.record({ kind: fc.constant("languageLevel" as const), min: fc.constant("B1" as const) }),
  fc.constant({ kind: "none" as const }),
);
const unitRequirement: fc.Arbitrary<Requirement> = fc.oneof(
  fc
    .record({
      kind: fc.constant("submission" as const),
      document: fc.constant("Kế hoạch công tác cán bộ"),
      onTime: fc.boolean(),
      deadline: maybe(fc.constant("2023-08-11")),
    })
    .map((r) => (r.deadline ? r : { kind: r.kind, document: r.document, onTime: r.onTime })),
  fc.record({
    kind: fc.constant("succession" as const),
    posts: fc.constant<Post[]>(["secretary", "deputySecretary"]),
    terms: fc.constant<string[]>(["2022–2027", "2027–2032"]),
  }),
);

const target: fc.Arbitrary<Target> = fc
  .tuple(
    fc.constantFrom("cadres", "units", "rotations") as fc.Arbitrary<Target["subject"]>,
    filter,
    cadreRequirement,
    unitRequirement,
    fc.boolean(),
    fc.integer({ min: 0, max: 100 }),
    fc.integer({ min: 0, max: 4 }),
  )
  .map(([subject, f, forCadres, forUnits, share, percent, atLeast]) => ({
    id: "X",
    text: "thử",
    source: "",
    subject,
    filter: f,
    requirement:
      subject === "cadres" ? forCadres : subject === "units" ? forUnits : { kind: "none" as const },
    measure: share ? { kind: "share" as const, percent } : { kind: "count" as const, atLeast },
    period: { from: "2023-01-01", to: "2023-12-31" },
  }));

describe("the engine and the reference evaluator", () => {
  it("agree on every generated plan, bad cells included", () => {
    fc.assert(
      fc.property(
        units,
        cadres,
        trainings,
        successions,
        submissions,
        rotations,
        fc.array(target, { minLength: 1, maxLength: 4 }),
        fc.constantFrom("2023-06-01", "2023-09-01", "2024-02-01"),
        (u, c, t, s, sub, rot, targets, today) => {
          const data: PlanData = {
            units: u,
            cadres: c,
            trainings: t,
            successions: s,
            submissions: sub,
            rotations: rot,
            reviews: [],
          };
          const results = evaluatePlan({ id: "p", title: "p", year: 2023, targets }, data, { today });
          results.forEach((result, i) => {
            const expected = referenceEvaluate(targets[i]!, data, today);
            expect({ status: result.status, reached: result.reached, counted: result.counted }).toEqual({
              status: expected.status,
              reached: expected.reached,
              counted: expected.counted,
            });
            if (targets[i]!.measure.kind === "share" || result.status !== "met") {
              expect(result.shortfalls.map((x) => x.id).sort()).toEqual([...expected.short].sort());
            }
            expect(result.unknowns.map((x) => x.id).sort()).toEqual([...expected.unsure].sort());
            const byUnit = Object.fromEntries(
              result.byUnit.map((u) => [
                u.unit === "(chưa ghi đơn vị)" ? "" : fold(u.unit),
                { counted: u.counted, reached: u.reached },
              ]),
            );
            expect(byUnit).toEqual(expected.byUnit);
          });
        },
      ),
      { numRuns: Number(process.env.REFERENCE_RUNS ?? 400) },
    );
  });
});
