// The domain model of a unit's cadre work. Names follow ../shared/glossary.md.
// Every date is a calendar date written "yyyy-mm-dd" (IsoDate): no time, no zone,
// so a date never shifts by a day between Sheets, Node and the browser.
import { z } from "./zod";

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ngày phải có dạng yyyy-mm-dd");
export type IsoDate = z.infer<typeof isoDate>;

/** Organisations a post belongs to: Đoàn, Hội, Đội. */
export const organizations = ["union", "federation", "pioneers"] as const;
export type Organization = (typeof organizations)[number];

export const sectors = ["residential", "workers", "publicService", "schools", "armedForces"] as const;
export type Sector = (typeof sectors)[number];

export const posts = [
  "secretary",
  "deputySecretary",
  "standingCommittee",
  "executiveCommittee",
  "inspectionCommittee",
  "branchSecretary",
  "federationChair",
  "federationViceChair",
  "federationCommittee",
  "pioneerCouncilChair",
  "pioneerLeader",
  "pioneerCommander",
  "fullTimeStaff",
  "collaborator",
] as const;
export type Post = (typeof posts)[number];

export const genders = ["male", "female"] as const;
export type Gender = (typeof genders)[number];

/** Ordered from lowest to highest: comparisons use the index. */
export const educationLevels = [
  "highSchool",
  "vocational",
  "college",
  "university",
  "master",
  "doctorate",
] as const;
export type Education = (typeof educationLevels)[number];

export const politicalTheoryLevels = ["none", "elementary", "intermediate", "advanced", "bachelor"] as const;
export type PoliticalTheory = (typeof politicalTheoryLevels)[number];

/** CEFR; the Vietnamese 6-level scale (bậc 1–6) maps to A1–C2 in order. */
export const languageLevels = ["none", "A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type LanguageLevel = (typeof languageLevels)[number];

export const digitalSkillLevels = ["none", "basic", "intermediate", "advanced"] as const;
export type DigitalSkills = (typeof digitalSkillLevels)[number];

export const trainingKinds = [
  "resolutionStudy",
  "topic",
  "professionalSkills",
  "newDutyBasics",
  "foreignLanguage",
  "digitalSkills",
  "politicalTheory",
  "politicalTheoryIntermediate",
  "politicalTheoryAdvanced",
  "youthWorkIntermediate",
  "pioneerLeaderCourse",
  "sourcing",
  "other",
] as const;
export type TrainingKind = (typeof trainingKinds)[number];

export const successionStatuses = ["proposed", "approved", "removed"] as const;
export type SuccessionStatus = (typeof successionStatuses)[number];

export const rotationKinds = ["rotation", "placement", "promotion"] as const;
export type RotationKind = (typeof rotationKinds)[number];

export const reviewRatings = ["excellent", "good", "fair", "poor"] as const;
export type ReviewRating = (typeof reviewRatings)[number];

const text = z.string().trim();
const optionalText = z.string().trim().optional();

/** A term (nhiệm kỳ) is written "2025–2030"; both dash forms are accepted on input. */
export const term = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s*[-–—]\s*/, "–"))
  .pipe(z.string().regex(/^\d{4}–\d{4}$/, "nhiệm kỳ phải có dạng 2025–2030"));

export const UnitSchema = z.object({
  name: text.min(1),
  /** A level from the settings' list (e.g. "Thành phố", "Phường, xã", "Cơ sở"); data, not a constant. */
  level: text.min(1),
  sector: z.enum(sectors).optional(),
  parent: optionalText,
  notes: optionalText,
});
export type Unit = z.infer<typeof UnitSchema>;

export const PositionSchema = z.object({
  organization: z.enum(organizations),
  post: z.enum(posts),
  since: isoDate.optional(),
});
export type Position = z.infer<typeof PositionSchema>;

/** An e-mail address as the cadres sheet takes it: something@domain.tld, no spaces. */
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const CadreSchema = z.object({
  id: text.min(1),
  fullName: text.min(1),
  dateOfBirth: isoDate.optional(),
  gender: z.enum(genders).optional(),
  unit: text.min(1),
  positions: z.array(PositionSchema),
  fullTime: z.boolean().optional(),
  education: z.enum(educationLevels).optional(),
  politicalTheory: z.enum(politicalTheoryLevels).optional(),
  languageLevel: z.enum(languageLevels).optional(),
  digitalSkills: z.enum(digitalSkillLevels).optional(),
  partyMember: z.boolean().optional(),
  phone: optionalText,
  // Not .email(): keep the shared schemas free of checks that need URL, absent in Apps Script.
  email: z.string().trim().regex(emailPattern, "email không hợp lệ").optional(),
  notes: optionalText,
});
export type Cadre = z.infer<typeof CadreSchema>;

export const TrainingRecordSchema = z.object({
  cadreId: text.min(1),
  kind: z.enum(trainingKinds),
  title: text.min(1),
  startDate: isoDate,
  endDate: isoDate.optional(),
  result: optionalText,
  certificate: optionalText,
});
export type TrainingRecord = z.infer<typeof TrainingRecordSchema>;

export const SuccessionEntrySchema = z.object({
  cadreId: text.min(1),
  unit: text.min(1),
  post: z.enum(posts),
  term,
  status: z.enum(successionStatuses),
  notes: optionalText,
});
export type SuccessionEntry = z.infer<typeof SuccessionEntrySchema>;

export const RotationRecordSchema = z.object({
  cadreId: text.min(1),
  kind: z.enum(rotationKinds),
  fromUnit: optionalText,
  fromPost: z.enum(posts).optional(),
  toUnit: text.min(1),
  toPost: z.enum(posts).optional(),
  date: isoDate,
  notes: optionalText,
});
export type RotationRecord = z.infer<typeof RotationRecordSchema>;

export const ReviewSchema = z.object({
  cadreId: text.min(1),
  year: z.number().int().min(1945).max(2200),
  rating: z.enum(reviewRatings),
  notes: optionalText,
});
export type Review = z.infer<typeof ReviewSchema>;

export const SubmissionSchema = z.object({
  unit: text.min(1),
  document: text.min(1),
  deadline: isoDate,
  received: isoDate.optional(),
  notes: optionalText,
});
export type Submission = z.infer<typeof SubmissionSchema>;

// ---- Targets (chỉ tiêu): a plan is data ----

export const targetSubjects = ["cadres", "units", "rotations"] as const;
export type TargetSubject = (typeof targetSubjects)[number];

/** Whom a target counts. Every given condition must hold (AND); a list means "any of". */
export const TargetFilterSchema = z.object({
  /** cadres: holds any of these posts (in any organisation unless `organizations` is given). */
  posts: z.array(z.enum(posts)).optional(),
  organizations: z.array(z.enum(organizations)).optional(),
  fullTime: z.boolean().optional(),
  /** cadres: one of the posts matched was taken within the target's period. */
  newlyAssigned: z.boolean().optional(),
  /** cadres (their unit) and units: level and sector of the unit. */
  levels: z.array(text.min(1)).optional(),
  sectors: z.array(z.enum(sectors)).optional(),
  /** units (their name), cadres (their unit's name), rotations (the unit moved to): folded "contains". */
  unitNameContains: z.array(text.min(1)).optional(),
  /** rotations only: where the cadre came from. */
  fromPosts: z.array(z.enum(posts)).optional(),
  fromUnitNameContains: z.array(text.min(1)).optional(),
  rotationKinds: z.array(z.enum(rotationKinds)).optional(),
});
export type TargetFilter = z.infer<typeof TargetFilterSchema>;

/** What each counted subject must satisfy. */
export const RequirementSchema = z.discriminatedUnion("kind", [
  /** cadres: at least `minCount` training records of these kinds within the period. */
  z.object({
    kind: z.literal("training"),
    trainingKinds: z.array(z.enum(trainingKinds)).min(1),
    minCount: z.number().int().min(1),
  }),
  z.object({ kind: z.literal("education"), min: z.enum(educationLevels) }),
  z.object({ kind: z.literal("politicalTheory"), min: z.enum(politicalTheoryLevels) }),
  z.object({ kind: z.literal("languageLevel"), min: z.enum(languageLevels) }),
  /** units: a submission whose document contains `document` (folded); onTime: received by its deadline. */
  z.object({ kind: z.literal("submission"), document: text.min(1), onTime: z.boolean() }),
  /** units: a succession entry (not removed) for every post × term. */
  z.object({
    kind: z.literal("succession"),
    posts: z.array(z.enum(posts)).min(1),
    terms: z.array(term).min(1),
  }),
  /** any subject that passes the filter counts (e.g. rotations within the period). */
  z.object({ kind: z.literal("none") }),
]);
export type Requirement = z.infer<typeof RequirementSchema>;

export const MeasureSchema = z.discriminatedUnion("kind", [
  /** share of counted subjects meeting the requirement, at least `percent` %. */
  z.object({ kind: z.literal("share"), percent: z.number().min(0).max(100) }),
  /** number of counted subjects meeting the requirement, at least `atLeast`. */
  z.object({ kind: z.literal("count"), atLeast: z.number().int().min(0) }),
]);
export type Measure = z.infer<typeof MeasureSchema>;

export const TargetSchema = z.object({
  id: text.min(1),
  /** The target as the plan writes it. */
  text: text.min(1),
  /** Where it comes from in the plan, e.g. "Mục II, dòng 3 (tr. 1)". */
  source: z.string().trim().default(""),
  subject: z.enum(targetSubjects),
  filter: TargetFilterSchema.default({}),
  requirement: RequirementSchema,
  measure: MeasureSchema,
  period: z.object({ from: isoDate, to: isoDate }),
});
export type Target = z.infer<typeof TargetSchema>;

export const PlanSchema = z.object({
  id: text.min(1),
  title: text.min(1),
  year: z.number().int(),
  targets: z.array(TargetSchema),
});
export type Plan = z.infer<typeof PlanSchema>;

/** Everything a unit keeps, as read from its sheets. */
export interface PlanData {
  units: Unit[];
  cadres: Cadre[];
  trainings: TrainingRecord[];
  successions: SuccessionEntry[];
  rotations: RotationRecord[];
  reviews: Review[];
  submissions: Submission[];
  /**
   * Optional, given by the sheet reader: for each training record, the position in `cadres` of the
   * cadre it names (-1: not known). It spares the engine looking every id up a second time; the
   * engine still checks that the cadre there has the record's id, and looks up those that do not.
   */
  trainingCadres?: Int32Array;
}

export const targetStatuses = ["met", "notMet", "insufficientData"] as const;
export type TargetStatus = (typeof targetStatuses)[number];

/** Someone or something that falls short, named so that staff can act. */
export interface Shortfall {
  /** cadre id, unit name or rotation description */
  id: string;
  name: string;
  unit?: string;
  /** Vietnamese reason, e.g. "chưa có lớp bồi dưỡng loại Chuyên đề (0/2)". */
  reason: string;
}

export interface TargetResult {
  target: Target;
  status: TargetStatus;
  /** Subjects meeting the requirement. */
  reached: number;
  /** Subjects counted (after the filter). */
  counted: number;
  /** The figure asked: percent for a share, a number for a count. */
  asked: number;
  /** reached/counted in percent (share), or reached/asked in percent (count), capped at 100 for a progress bar. */
  percent: number;
  /** "41/45 = 91%" or "8/10". */
  figure: string;
  shortfalls: Shortfall[];
  /** Vietnamese descriptions of missing or doubtful data that kept the result from being sure. */
  dataProblems: string[];
}
