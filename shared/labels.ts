// Vietnamese labels for every enumerated value of the model: what the user sees in
// sheets, dropdowns, reports and forms. Code uses the English keys (see glossary).
import type {
  DigitalSkills,
  Education,
  FullTimeStatus,
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

export const fullTimeLabels: Record<FullTimeStatus, string> = {
  fullTime: "Chuyên trách",
  partTime: "Bán chuyên trách",
  notFullTime: "Không chuyên trách",
};

// ---- Spellings staff use for the same value. A cell is matched after folding (no marks, one
// case) and after spellingKey (i/y, abbreviations' dots), so "Thạc sỹ", "THẠC SĨ" and "Ths." need no
// entry of their own beyond one of them. ----

export const educationAliases: Record<Education, string[]> = {
  highSchool: ["THPT", "12/12", "Tốt nghiệp THPT", "Phổ thông", "Trung học"],
  vocational: ["TC", "Trung cấp chuyên nghiệp", "Trung cấp nghề", "TCCN"],
  college: ["CĐ", "Cao đẳng nghề"],
  university: ["ĐH", "Cử nhân", "Kỹ sư", "Kiến trúc sư", "Bác sĩ", "Dược sĩ", "Luật sư", "Đại học chính quy"],
  master: ["ThS", "Thạc sỹ", "Cao học"],
  doctorate: ["TS", "Tiến sỹ", "PGS", "PGS.TS", "Giáo sư", "Phó giáo sư"],
};

export const politicalTheoryAliases: Record<PoliticalTheory, string[]> = {
  none: ["Không", "Chưa", "Chưa học", "Không có"],
  elementary: ["Sơ cấp LLCT", "SC", "SC LLCT", "Sơ cấp lý luận chính trị"],
  intermediate: ["Trung cấp LLCT", "TC LLCT", "TCLLCT", "Trung cấp lý luận chính trị", "Trung cấp chính trị"],
  advanced: [
    "Cao cấp LLCT",
    "CC LLCT",
    "CCLLCT",
    "Cao cấp lý luận chính trị",
    "Cao cấp chính trị",
    "Cao cấp lý luận chính trị - hành chính",
  ],
  bachelor: ["Cử nhân LLCT", "Cử nhân chính trị", "Cử nhân lý luận chính trị"],
};

/** B1 is bậc 3 of the Vietnamese 6-level scale; forms and certificates write either. */
export const languageLevelAliases: Record<LanguageLevel, string[]> = {
  none: ["Không", "Chưa", "Chưa có chứng chỉ"],
  A1: ["Bậc 1", "Bậc 1/6", "Tiếng Anh A1", "Anh văn A1"],
  A2: ["Bậc 2", "Bậc 2/6", "Tiếng Anh A2", "Anh văn A2"],
  B1: ["Bậc 3", "Bậc 3/6", "Tiếng Anh B1", "Anh văn B1", "B1 Tiếng Anh"],
  B2: ["Bậc 4", "Bậc 4/6", "Tiếng Anh B2", "Anh văn B2", "B2 Tiếng Anh"],
  C1: ["Bậc 5", "Bậc 5/6", "Tiếng Anh C1", "C1 Tiếng Anh"],
  C2: ["Bậc 6", "Bậc 6/6", "Tiếng Anh C2"],
};

export const digitalSkillAliases: Record<DigitalSkills, string[]> = {
  none: ["Không", "Chưa"],
  basic: ["Cơ bản", "Tin học cơ bản", "CNTT cơ bản", "Ứng dụng CNTT cơ bản"],
  intermediate: ["Thành thạo"],
  advanced: ["Nâng cao", "CNTT nâng cao", "Ứng dụng CNTT nâng cao"],
};

export const postAliases: Record<Post, string[]> = {
  secretary: ["BT", "Bí thư Đoàn", "Bí thư Đoàn phường", "Bí thư Đoàn cơ sở", "Bí thư Đoàn trường"],
  deputySecretary: ["PBT", "Phó Bí thư Đoàn", "Phó Bí thư Đoàn phường", "Phó Bí thư Đoàn cơ sở"],
  standingCommittee: ["UV BTV", "UVBTV", "Ủy viên BTV", "Ủy viên Thường vụ", "Thường vụ"],
  executiveCommittee: ["UV BCH", "UVBCH", "Ủy viên BCH", "Ủy viên Ban Chấp hành Đoàn"],
  inspectionCommittee: ["UV UBKT", "Ủy viên UBKT", "Ủy viên Ủy ban kiểm tra Đoàn"],
  branchSecretary: ["BT Chi đoàn", "BTCĐ", "Bí thư CĐ"],
  federationChair: ["Chủ tịch Hội", "Chủ tịch Hội LHTN Việt Nam", "Chủ tịch Hội Liên hiệp Thanh niên"],
  federationViceChair: ["Phó Chủ tịch Hội", "Phó Chủ tịch Hội LHTN Việt Nam"],
  federationCommittee: ["Ủy viên Ủy ban Hội LHTN", "UV Ủy ban Hội", "Ủy viên UB Hội"],
  pioneerCouncilChair: ["Chủ tịch HĐĐ", "Chủ tịch Hội đồng Đội phường"],
  pioneerLeader: ["TPT Đội", "TPT", "Tổng phụ trách"],
  pioneerCommander: ["CHĐ", "Chỉ huy Đội giỏi", "Liên đội trưởng", "Chi đội trưởng"],
  fullTimeStaff: ["Chuyên trách", "CB chuyên trách", "Cán bộ chuyên trách Đoàn"],
  collaborator: ["CTV"],
};

export const fullTimeAliases: Record<FullTimeStatus, string[]> = {
  fullTime: ["Có", "x", "✓", "✔", "true", "yes", "CT", "Đúng"],
  partTime: ["BCT", "Bán CT", "Kiêm nhiệm"],
  notFullTime: ["Không", "false", "no", "KCT", "Không CT", "Sai"],
};
