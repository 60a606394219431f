// The targets of "Kế hoạch công tác cán bộ Đoàn – Hội – Đội quận Tân Phú năm 2023"
// (/work/shared/plan/ke-hoach-can-bo-2023.txt): every target of section II, compound ones split,
// and the measurable ones of section III and IV. `source` cites the line of that text file.
//
// Levels: the plan is a district's, the sample data a fictional WARD union (root unit at level
// "Phường, xã", base units at "Cơ sở"). So the plan's "cấp quận" is mapped to the levels
// ["Quận", "Phường, xã"], and its "Đoàn phường" (the district's base units in residential areas)
// to base units of the residential sector (level "Cơ sở").
import type { Plan, Target, TargetFilter } from "../model";

const period = { from: "2023-01-01", to: "2023-12-31" };

const districtLevels = ["Quận", "Phường, xã"];
/** "Đoàn phường" of the plan: residential base units of the sample ward. */
const wardUnions: TargetFilter = { levels: ["Cơ sở"], sectors: ["residential"] };
const highSchool = ["THPT", "Trung học phổ thông"];

const targets: Target[] = [
  {
    id: "T01",
    text: "100% cán bộ Đoàn – Hội – Đội được học tập, quán triệt Nghị quyết Đại hội Đảng, Đại hội Đoàn các cấp",
    source: "Mục II, ý 1 (dòng 27)",
    subject: "cadres",
    filter: {},
    requirement: { kind: "training", trainingKinds: ["resolutionStudy"], minCount: 1 },
    measure: { kind: "share", percent: 100 },
    period,
  },
  {
    id: "T02",
    text: "100% cán bộ Đoàn – Hội – Đội chuyên trách cấp quận được bồi dưỡng kiến thức, nâng cao trình độ chuyên môn, nghiệp vụ, kỹ năng công tác Đoàn – Hội – Đội",
    source: "Mục II, ý 2 (dòng 29)",
    subject: "cadres",
    filter: { fullTime: ["fullTime"], levels: districtLevels },
    requirement: { kind: "training", trainingKinds: ["professionalSkills"], minCount: 1 },
    measure: { kind: "share", percent: 100 },
    period,
  },
  {
    id: "T03",
    text: "100% Bí thư Đoàn phường, Chủ tịch Hội LHTN Việt Nam phường mới nhận nhiệm vụ được bồi dưỡng nghiệp vụ, kiến thức cơ bản về công tác Đoàn – Hội – Đội",
    source: "Mục II, ý 3 (dòng 33)",
    subject: "cadres",
    filter: { ...wardUnions, posts: ["secretary", "federationChair"], newlyAssigned: true },
    requirement: { kind: "training", trainingKinds: ["newDutyBasics"], minCount: 1 },
    measure: { kind: "share", percent: 100 },
    period,
  },
  {
    id: "T04",
    text: "100% Tổng phụ trách Đội mới nhận nhiệm vụ được bồi dưỡng nghiệp vụ, kiến thức cơ bản về công tác Đoàn – Hội – Đội",
    source: "Mục II, ý 3 (dòng 33)",
    subject: "cadres",
    filter: { posts: ["pioneerLeader"], newlyAssigned: true },
    requirement: { kind: "training", trainingKinds: ["newDutyBasics"], minCount: 1 },
    measure: { kind: "share", percent: 100 },
    period,
  },
  {
    id: "T05",
    text: "100% cán bộ Đoàn – Hội – Đội tham gia ít nhất 02 hoạt động nâng cao năng lực sử dụng ngoại ngữ, nâng cao năng lực chuyển đổi số",
    source: "Mục II, ý 4 (dòng 35)",
    subject: "cadres",
    filter: {},
    requirement: { kind: "training", trainingKinds: ["foreignLanguage", "digitalSkills"], minCount: 2 },
    measure: { kind: "share", percent: 100 },
    period,
  },
  {
    id: "T06",
    text: "10 cán bộ Đoàn – Hội – Đội đạt chứng chỉ Ngoại ngữ tương đương cấp độ B1 (theo khung tham chiếu Châu Âu)",
    source: "Mục II, ý 4 (dòng 35)",
    subject: "cadres",
    filter: {},
    requirement: { kind: "languageLevel", min: "B1" },
    measure: { kind: "count", atLeast: 10 },
    period,
  },
  {
    id: "T07",
    text: "100% Bí thư Đoàn phường đạt trình độ đại học trở lên",
    source: "Mục II, ý 5 (dòng 37)",
    subject: "cadres",
    filter: { ...wardUnions, posts: ["secretary"], organizations: ["union"] },
    requirement: { kind: "education", min: "university" },
    measure: { kind: "share", percent: 100 },
    period,
  },
  {
    // A training record does not carry the level of a political theory class: any counts.
    id: "T08",
    text: "Có ít nhất 03 cán bộ Đoàn – Hội – Đội được đào tạo trung cấp công tác thanh niên, chức danh Tổng phụ trách Đội và lý luận chính trị (trung cấp, cao cấp)",
    source: "Mục II, ý 6 (dòng 39)",
    subject: "cadres",
    filter: {},
    requirement: {
      kind: "training",
      // Political theory at intermediate or advanced level only, as the plan says: not elementary classes.
      trainingKinds: [
        "youthWorkIntermediate",
        "pioneerLeaderCourse",
        "politicalTheoryIntermediate",
        "politicalTheoryAdvanced",
      ],
      minCount: 1,
    },
    measure: { kind: "count", atLeast: 3 },
    period,
  },
  {
    id: "T09",
    text: "Bồi dưỡng 07 chỉ huy Đội trở thành cán bộ Đoàn trung học phổ thông",
    source: "Mục II, ý 7 (dòng 41)",
    subject: "rotations",
    filter: { fromPosts: ["pioneerCommander"], unitNameContains: highSchool },
    requirement: { kind: "none" },
    measure: { kind: "count", atLeast: 7 },
    period,
  },
  {
    id: "T10",
    text: "Bồi dưỡng 05 cán bộ Đoàn trung học phổ thông trở thành cán bộ Đoàn – Hội đại học, cao đẳng",
    source: "Mục II, ý 7 (dòng 41)",
    subject: "rotations",
    filter: { fromUnitNameContains: highSchool, unitNameContains: ["Đại học", "Cao đẳng"] },
    requirement: { kind: "none" },
    measure: { kind: "count", atLeast: 5 },
    period,
  },
  {
    id: "T11",
    text: "100% Đoàn phường xây dựng kế hoạch công tác cán bộ của đơn vị năm 2023",
    source: "Mục III, 1.2, ý 2 (dòng 61)",
    subject: "units",
    filter: wardUnions,
    // Matched by its words in order, among submissions due in 2023: the plan's own title,
    // "Kế hoạch thực hiện công tác cán bộ Đoàn – Hội – Đội năm 2023", counts.
    requirement: { kind: "submission", document: "Kế hoạch công tác cán bộ", onTime: false },
    measure: { kind: "share", percent: 100 },
    period,
  },
  {
    // The plan's "Đoàn thường" is a typo for "Đoàn phường".
    id: "T12",
    text: "100% Đoàn phường tiếp tục thực hiện công tác quy hoạch, rà soát, bổ sung quy hoạch Bí thư, Phó Bí thư nhiệm kỳ 2022 – 2027 và nhiệm kỳ 2027 – 2032",
    source: "Mục III, 1.2, ý 3 (dòng 65)",
    subject: "units",
    filter: wardUnions,
    requirement: {
      kind: "succession",
      posts: ["secretary", "deputySecretary"],
      terms: ["2022–2027", "2027–2032"],
    },
    measure: { kind: "share", percent: 100 },
    period,
  },
  {
    id: "T13",
    text: "Tổ chức cho 100% cán bộ Đoàn các cấp được học tập ít nhất 02 chuyên đề về những vấn đề mới",
    source: "Mục III, 2.1, ý 2 (dòng 75)",
    subject: "cadres",
    filter: { organizations: ["union"] },
    requirement: { kind: "training", trainingKinds: ["topic"], minCount: 2 },
    measure: { kind: "share", percent: 100 },
    period,
  },
  {
    // "trước ngày 11/8/2023": the deadline every unit has, whatever its own row says.
    id: "T14",
    text: "Các cơ sở Đoàn trực thuộc gửi Kế hoạch chính thức về Ban Thường vụ Quận Đoàn trước ngày 11/8/2023",
    source: "Mục IV, 2, ý 1 (dòng 153)",
    subject: "units",
    filter: { levels: ["Cơ sở"] },
    requirement: {
      kind: "submission",
      document: "Kế hoạch công tác cán bộ",
      onTime: true,
      deadline: "2023-08-11",
    },
    measure: { kind: "share", percent: 100 },
    period,
  },
];

export const preset2023: Plan = {
  id: "ke-hoach-can-bo-2023",
  title: "Kế hoạch công tác cán bộ Đoàn – Hội – Đội năm 2023",
  year: 2023,
  targets,
};
