// Vietnamese labels for every enumerated value of the model: what the user sees in
// sheets, dropdowns, reports and forms. Code uses the English keys (see glossary).
import type {
  DigitalSkills,
  Education,
  Gender,
  LanguageLevel,
  Organization,
  PoliticalTheory,
  Post,
  ReviewRating,
  RotationKind,
  Sector,
  SuccessionStatus,
  TargetStatus,
  TargetSubject,
  TrainingKind,
} from "./model";

export const organizationLabels: Record<Organization, string> = {
  union: "Đoàn",
  federation: "Hội",
  pioneers: "Đội",
};

export const sectorLabels: Record<Sector, string> = {
  residential: "Địa bàn dân cư",
  workers: "Công nhân lao động",
  publicService: "Hành chính sự nghiệp",
  schools: "Trường học",
  armedForces: "Lực lượng vũ trang",
};

export const postLabels: Record<Post, string> = {
  secretary: "Bí thư",
  deputySecretary: "Phó Bí thư",
  standingCommittee: "Ủy viên Ban Thường vụ",
  executiveCommittee: "Ủy viên Ban Chấp hành",
  inspectionCommittee: "Ủy viên Ủy ban Kiểm tra",
  branchSecretary: "Bí thư Chi đoàn",
  federationChair: "Chủ tịch Hội LHTN",
  federationViceChair: "Phó Chủ tịch Hội LHTN",
  federationCommittee: "Ủy viên Ủy ban Hội",
  pioneerCouncilChair: "Chủ tịch Hội đồng Đội",
  pioneerLeader: "Tổng phụ trách Đội",
  pioneerCommander: "Chỉ huy Đội",
  fullTimeStaff: "Cán bộ chuyên trách",
  collaborator: "Cộng tác viên",
};

export const genderLabels: Record<Gender, string> = { male: "Nam", female: "Nữ" };

export const educationLabels: Record<Education, string> = {
  highSchool: "Trung học phổ thông",
  vocational: "Trung cấp",
  college: "Cao đẳng",
  university: "Đại học",
  master: "Thạc sĩ",
  doctorate: "Tiến sĩ",
};

export const politicalTheoryLabels: Record<PoliticalTheory, string> = {
  none: "Chưa có",
  elementary: "Sơ cấp",
  intermediate: "Trung cấp",
  advanced: "Cao cấp",
  bachelor: "Cử nhân",
};

/** CEFR level with its Vietnamese 6-level equivalent. */
export const languageLevelLabels: Record<LanguageLevel, string> = {
  none: "Chưa có",
  A1: "A1 (Bậc 1)",
  A2: "A2 (Bậc 2)",
  B1: "B1 (Bậc 3)",
  B2: "B2 (Bậc 4)",
  C1: "C1 (Bậc 5)",
  C2: "C2 (Bậc 6)",
};

export const digitalSkillLabels: Record<DigitalSkills, string> = {
  none: "Chưa có",
  basic: "Cơ bản",
  intermediate: "Thành thạo",
  advanced: "Nâng cao",
};

export const trainingKindLabels: Record<TrainingKind, string> = {
  resolutionStudy: "Học tập, quán triệt Nghị quyết",
  topic: "Chuyên đề",
  professionalSkills: "Bồi dưỡng nghiệp vụ, kỹ năng",
  newDutyBasics: "Bồi dưỡng cán bộ mới nhận nhiệm vụ",
  foreignLanguage: "Ngoại ngữ",
  digitalSkills: "Chuyển đổi số",
  politicalTheory: "Lý luận chính trị",
  politicalTheoryIntermediate: "Trung cấp lý luận chính trị",
  politicalTheoryAdvanced: "Cao cấp lý luận chính trị",
  youthWorkIntermediate: "Trung cấp công tác thanh niên",
  pioneerLeaderCourse: "Chức danh Tổng phụ trách Đội",
  sourcing: "Bồi dưỡng tạo nguồn",
  other: "Khác",
};

export const successionStatusLabels: Record<SuccessionStatus, string> = {
  proposed: "Đề xuất",
  approved: "Đã phê duyệt",
  removed: "Đưa ra khỏi quy hoạch",
};

export const rotationKindLabels: Record<RotationKind, string> = {
  rotation: "Luân chuyển",
  placement: "Bố trí",
  promotion: "Đề bạt",
};

export const reviewRatingLabels: Record<ReviewRating, string> = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ",
  good: "Hoàn thành tốt nhiệm vụ",
  fair: "Hoàn thành nhiệm vụ",
  poor: "Không hoàn thành nhiệm vụ",
};

export const targetStatusLabels: Record<TargetStatus, string> = {
  met: "Đạt",
  notMet: "Chưa đạt",
  insufficientData: "Thiếu dữ liệu",
};

export const targetSubjectLabels: Record<TargetSubject, string> = {
  cadres: "Cán bộ",
  units: "Đơn vị",
  rotations: "Luân chuyển, bố trí",
};

export const booleanLabels = { true: "Có", false: "Không" } as const;
