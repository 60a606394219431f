// Built-in plans a unit can start from. A plan is data: adding one here needs no engine change.
import type { Plan } from "../model";
import { preset2023 } from "./preset-2023";

const period2026 = { from: "2026-01-01", to: "2026-12-31" };

/**
 * A small sample plan of a ward union for 2026, after July 2025 (wards report to the city,
 * term 2025–2030). Not an official document: it shows the shape of a plan staff would enter.
 */
export const sampleWardPlan2026: Plan = {
  id: "ke-hoach-mau-2026",
  title: "Kế hoạch công tác cán bộ Đoàn – Hội – Đội phường năm 2026 (mẫu)",
  year: 2026,
  targets: [
    {
      id: "T01",
      text: "100% cán bộ Đoàn – Hội – Đội được học tập, quán triệt Nghị quyết Đại hội Đoàn các cấp nhiệm kỳ 2025–2030",
      source: "Kế hoạch mẫu, mục II, ý 1",
      subject: "cadres",
      filter: {},
      requirement: { kind: "training", trainingKinds: ["resolutionStudy"], minCount: 1 },
      measure: { kind: "share", percent: 100 },
      period: period2026,
    },
    {
      id: "T02",
      text: "Ít nhất 90% cán bộ Đoàn các cấp được học tập ít nhất 02 chuyên đề",
      source: "Kế hoạch mẫu, mục II, ý 2",
      subject: "cadres",
      filter: { organizations: ["union"] },
      requirement: { kind: "training", trainingKinds: ["topic"], minCount: 2 },
      measure: { kind: "share", percent: 90 },
      period: period2026,
    },
    {
      id: "T03",
      text: "05 cán bộ Đoàn – Hội – Đội đạt chứng chỉ ngoại ngữ B1 trở lên",
      source: "Kế hoạch mẫu, mục II, ý 3",
      subject: "cadres",
      filter: {},
      requirement: { kind: "languageLevel", min: "B1" },
      measure: { kind: "count", atLeast: 5 },
      period: period2026,
    },
    {
      id: "T04",
      text: "100% cơ sở Đoàn quy hoạch Bí thư, Phó Bí thư nhiệm kỳ 2025–2030 và 2030–2035",
      source: "Kế hoạch mẫu, mục III, ý 1",
      subject: "units",
      filter: { levels: ["Cơ sở"] },
      requirement: {
        kind: "succession",
        posts: ["secretary", "deputySecretary"],
        terms: ["2025–2030", "2030–2035"],
      },
      measure: { kind: "share", percent: 100 },
      period: period2026,
    },
    {
      id: "T05",
      text: "100% cơ sở Đoàn gửi kế hoạch công tác cán bộ năm 2026 đúng hạn",
      source: "Kế hoạch mẫu, mục IV, ý 1",
      subject: "units",
      filter: { levels: ["Cơ sở"] },
      requirement: { kind: "submission", document: "Kế hoạch công tác cán bộ", onTime: true },
      measure: { kind: "share", percent: 100 },
      period: period2026,
    },
  ],
};

export const presets: Plan[] = [preset2023, sampleWardPlan2026];

export function findPreset(id: string): Plan | undefined {
  return presets.find((plan) => plan.id === id);
}
