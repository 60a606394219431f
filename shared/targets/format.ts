// Vietnamese wording of target results: figures and shortfall reasons that staff can act on.
import { formatDate } from "../dates";
import {
  educationLabels,
  languageLevelLabels,
  politicalTheoryLabels,
  postLabels,
  trainingKindLabels,
} from "../labels";
import type { Education, LanguageLevel, PoliticalTheory, Post, TrainingKind } from "../model";

/**
 * Percent rounded DOWN, so that 99.6% shows "99%" and 100% only ever appears when everyone
 * is counted as reached. Integer arithmetic first keeps 29/29 from becoming 99.99…%.
 */
export function floorPercent(reached: number, counted: number): number {
  if (counted <= 0) return 0;
  return Math.floor((reached * 100) / counted);
}

/** "41/45 = 91%" for a share target; "0/0" when nobody is counted. */
export function shareFigure(reached: number, counted: number): string {
  if (counted === 0) return "0/0";
  return `${reached}/${counted} = ${floorPercent(reached, counted)}%`;
}

/** "8/10" for a count target. */
export function countFigure(reached: number, atLeast: number): string {
  return `${reached}/${atLeast}`;
}

/** What a cadre has not done, for a single kind of training. */
const missingTraining: Record<TrainingKind, string> = {
  resolutionStudy: "chưa học tập, quán triệt Nghị quyết",
  topic: "chưa học chuyên đề",
  professionalSkills: "chưa được bồi dưỡng nghiệp vụ, kỹ năng",
  newDutyBasics: "chưa được bồi dưỡng nghiệp vụ cho cán bộ mới nhận nhiệm vụ",
  foreignLanguage: "chưa tham gia hoạt động ngoại ngữ",
  digitalSkills: "chưa tham gia hoạt động chuyển đổi số",
  politicalTheory: "chưa học lý luận chính trị",
  politicalTheoryIntermediate: "chưa học trung cấp lý luận chính trị",
  politicalTheoryAdvanced: "chưa học cao cấp lý luận chính trị",
  youthWorkIntermediate: "chưa học trung cấp công tác thanh niên",
  pioneerLeaderCourse: "chưa học lớp chức danh Tổng phụ trách Đội",
  sourcing: "chưa được bồi dưỡng tạo nguồn",
  other: "chưa học lớp yêu cầu",
};

/** "chưa học chuyên đề (1/2)"; several kinds: "chưa đủ hoạt động Ngoại ngữ hoặc Chuyển đổi số (1/2)". */
export function trainingReason(kinds: readonly TrainingKind[], have: number, need: number): string {
  const [only] = kinds;
  if (kinds.length === 1 && only !== undefined) return `${missingTraining[only]} (${have}/${need})`;
  const names = kinds.map((kind) => trainingKindLabels[kind]).join(" hoặc ");
  return `chưa đủ hoạt động ${names} (${have}/${need})`;
}

/** "trình độ Cao đẳng, cần Đại học trở lên". */
export function educationReason(has: Education, min: Education): string {
  return `trình độ ${educationLabels[has]}, cần ${educationLabels[min]} trở lên`;
}

/** "lý luận chính trị Sơ cấp, cần Trung cấp trở lên" or "chưa có lý luận chính trị, cần …". */
export function politicalTheoryReason(has: PoliticalTheory, min: PoliticalTheory): string {
  const now =
    has === "none" ? "chưa có lý luận chính trị" : `lý luận chính trị ${politicalTheoryLabels[has]}`;
  return `${now}, cần ${politicalTheoryLabels[min]} trở lên`;
}

/** "ngoại ngữ A2 (Bậc 2), cần B1 (Bậc 3) trở lên" or "chưa có chứng chỉ ngoại ngữ, cần …". */
export function languageReason(has: LanguageLevel, min: LanguageLevel): string {
  const now = has === "none" ? "chưa có chứng chỉ ngoại ngữ" : `ngoại ngữ ${languageLevelLabels[has]}`;
  return `${now}, cần ${languageLevelLabels[min]} trở lên`;
}

/** `chưa nộp "Kế hoạch công tác cán bộ năm 2023"`, with the deadline when one is known. */
export function notSubmittedReason(document: string, deadline?: string): string {
  const due = deadline ? ` (hạn ${formatDate(deadline)})` : "";
  return `chưa nộp "${document}"${due}`;
}

/** "nộp trễ: 14/08/2023, hạn 11/08/2023". */
export function lateReason(received: string, deadline: string): string {
  return `nộp trễ: ${formatDate(received)}, hạn ${formatDate(deadline)}`;
}

/** "chưa quy hoạch Phó Bí thư nhiệm kỳ 2027–2032". */
export function successionReason(missing: readonly { post: Post; term: string }[]): string {
  return missing.map(({ post, term }) => `chưa quy hoạch ${postLabels[post]} nhiệm kỳ ${term}`).join("; ");
}
