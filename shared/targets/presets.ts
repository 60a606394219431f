// Built-in plans a unit can start from. A plan is data: adding one here needs no engine change.
// The ward plan is made for the year and term of the settings, so it is current every year; the
// 2023 Tân Phú plan is kept as the example our first users wrote.
import type { Plan, Target } from "../model";
import type { Settings } from "../templates/types";
import { preset2023 } from "./preset-2023";

export interface Preset {
  id: string;
  /** What the user picks in the settings and the menu. */
  label: string;
  /** One sentence on what it is, for the choice. */
  description: string;
  /** The plan's targets for these settings. */
  targets(settings: Pick<Settings, "planYear" | "term">): Target[];
}

/** "2025–2030" → "2030–2035"; a term that cannot be read gives undefined. */
export function nextTerm(term: string): string | undefined {
  const match = /^(\d{4})–(\d{4})$/.exec(term);
  if (!match) return undefined;
  const length = Number(match[2]) - Number(match[1]);
  return `${match[2]}–${Number(match[2]) + length}`;
}

/**
 * A ward union's plan after the 2025 reorganisation (wards report to the city; the ward union runs
 * base units): section II of the 2023 plan raised from district to ward level, for the settings'
 * year and the current and next terms. Not an official text: staff adjust it to their own plan.
 */
export function wardPlanTargets({ planYear, term }: Pick<Settings, "planYear" | "term">): Target[] {
  const period = { from: `${planYear}-01-01`, to: `${planYear}-12-31` };
  const next = nextTerm(term);
  const terms = next ? [term, next] : [term];
  const source = (item: string) => `Mẫu cấp phường, ${item}`;
  const wardLevel = ["Phường, xã"];
  return [
    {
      id: "T01",
      text: `100% cán bộ Đoàn – Hội – Đội được học tập, quán triệt Nghị quyết Đại hội Đảng, Đại hội Đoàn các cấp nhiệm kỳ ${term}`,
      source: source("mục II, ý 1"),
      subject: "cadres",
      filter: {},
      requirement: { kind: "training", trainingKinds: ["resolutionStudy"], minCount: 1 },
      measure: { kind: "share", percent: 100 },
      period,
    },
    {
      id: "T02",
      text: "100% cán bộ Đoàn các cấp được học tập ít nhất 02 chuyên đề về những vấn đề mới",
      source: source("mục II, ý 2"),
      subject: "cadres",
      filter: { organizations: ["union"] },
      requirement: { kind: "training", trainingKinds: ["topic"], minCount: 2 },
      measure: { kind: "share", percent: 100 },
      period,
    },
    {
      id: "T03",
      text: "100% cán bộ Đoàn – Hội – Đội chuyên trách cấp phường được bồi dưỡng kiến thức, nghiệp vụ, kỹ năng công tác",
      source: source("mục II, ý 3"),
      subject: "cadres",
      filter: { fullTime: ["fullTime"], levels: wardLevel },
      requirement: { kind: "training", trainingKinds: ["professionalSkills"], minCount: 1 },
      measure: { kind: "share", percent: 100 },
      period,
    },
    {
      id: "T04",
      text: "100% Bí thư, Phó Bí thư Đoàn cơ sở, Chủ tịch Hội LHTN Việt Nam, Tổng phụ trách Đội mới nhận nhiệm vụ được bồi dưỡng nghiệp vụ, kiến thức cơ bản",
      source: source("mục II, ý 4"),
      subject: "cadres",
      filter: {
        posts: ["secretary", "deputySecretary", "federationChair", "pioneerLeader"],
        newlyAssigned: true,
      },
      requirement: { kind: "training", trainingKinds: ["newDutyBasics"], minCount: 1 },
      measure: { kind: "share", percent: 100 },
      period,
    },
    {
      id: "T05",
      text: "100% cán bộ Đoàn – Hội – Đội tham gia ít nhất 02 hoạt động nâng cao năng lực sử dụng ngoại ngữ, năng lực chuyển đổi số",
      source: source("mục II, ý 5"),
      subject: "cadres",
      filter: {},
      requirement: { kind: "training", trainingKinds: ["foreignLanguage", "digitalSkills"], minCount: 2 },
      measure: { kind: "share", percent: 100 },
      period,
    },
    {
      id: "T06",
      text: "Ít nhất 05 cán bộ Đoàn – Hội – Đội đạt chứng chỉ ngoại ngữ tương đương B1 (bậc 3) trở lên",
      source: source("mục II, ý 5"),
      subject: "cadres",
      filter: {},
      requirement: { kind: "languageLevel", min: "B1" },
      measure: { kind: "count", atLeast: 5 },
      period,
    },
    {
      id: "T07",
      text: "100% Bí thư, Phó Bí thư Đoàn phường đạt trình độ đại học trở lên",
      source: source("mục II, ý 6"),
      subject: "cadres",
      filter: { posts: ["secretary", "deputySecretary"], organizations: ["union"], levels: wardLevel },
      requirement: { kind: "education", min: "university" },
      measure: { kind: "share", percent: 100 },
      period,
    },
    {
      id: "T08",
      text: "Ít nhất 02 cán bộ được đào tạo trung cấp, cao cấp lý luận chính trị, trung cấp công tác thanh niên hoặc chức danh Tổng phụ trách Đội",
      source: source("mục II, ý 7"),
      subject: "cadres",
      filter: {},
      requirement: {
        kind: "training",
        trainingKinds: [
          "politicalTheoryIntermediate",
          "politicalTheoryAdvanced",
          "youthWorkIntermediate",
          "pioneerLeaderCourse",
        ],
        minCount: 1,
      },
      measure: { kind: "count", atLeast: 2 },
      period,
    },
    {
      id: "T09",
      text: `100% cơ sở Đoàn quy hoạch Bí thư, Phó Bí thư nhiệm kỳ ${terms.join(" và ")}`,
      source: source("mục III, ý 1"),
      subject: "units",
      filter: { levels: ["Cơ sở"] },
      requirement: { kind: "succession", posts: ["secretary", "deputySecretary"], terms },
      measure: { kind: "share", percent: 100 },
      period,
    },
    {
      id: "T10",
      text: `100% cơ sở Đoàn gửi kế hoạch công tác cán bộ năm ${planYear} về Ban Thường vụ Đoàn phường đúng hạn`,
      source: source("mục IV, ý 1"),
      subject: "units",
      filter: { levels: ["Cơ sở"] },
      requirement: { kind: "submission", document: "Kế hoạch công tác cán bộ", onTime: true },
      measure: { kind: "share", percent: 100 },
      period,
    },
  ];
}

export const presets: Preset[] = [
  {
    id: "ke-hoach-phuong",
    label: "Kế hoạch Đoàn phường (mẫu theo năm kế hoạch)",
    description:
      "Hệ thống chỉ tiêu mẫu của một Đoàn phường sau sắp xếp 2025 (phường trực thuộc Thành phố), " +
      "theo năm kế hoạch và nhiệm kỳ ở trang Cài đặt.",
    targets: wardPlanTargets,
  },
  {
    id: preset2023.id,
    label: "Kế hoạch quận Tân Phú năm 2023 (ví dụ)",
    description:
      "Kế hoạch công tác cán bộ Đoàn – Hội – Đội quận Tân Phú năm 2023, đúng từng chỉ tiêu của văn bản; " +
      "trước khi có sắp xếp 2025.",
    targets: () => preset2023.targets,
  },
];

/** A preset by its id or its label (folded spacing and case), as the settings cell holds it. */
export function findPreset(idOrLabel: string): Preset | undefined {
  const wanted = idOrLabel.trim().toLowerCase().replace(/\s+/g, " ");
  return presets.find((p) => p.id === wanted || p.label.toLowerCase() === wanted);
}

/** "Kế hoạch công tác cán bộ Đoàn – Hội – Đội Đoàn phường Tân Phú năm 2026". */
export function planTitle(settings: Pick<Settings, "unitName" | "planYear">): string {
  const unit = settings.unitName.trim();
  return `Kế hoạch công tác cán bộ Đoàn – Hội – Đội${unit ? ` ${unit}` : ""} năm ${settings.planYear}`;
}

/** The plan of the settings: its preset's targets (none for an unknown preset), titled from the unit and year. */
export function planFor(settings: Settings): Plan {
  const preset = findPreset(settings.presetId);
  return {
    id: preset?.id ?? settings.presetId,
    title: planTitle(settings),
    year: settings.planYear,
    targets: preset ? preset.targets(settings) : [],
  };
}
