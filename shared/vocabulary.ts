// The vocabulary of the model: the values each field may take and the rules of its fields, each
// written once. Names follow ../shared/glossary.md. Kept apart from model.ts so that the target
// kinds (targets/kinds/) can build on it while model.ts builds on them.
import { z } from "./zod";

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

export const targetSubjects = ["cadres", "units", "rotations"] as const;
export type TargetSubject = (typeof targetSubjects)[number];

export const fullTimeStatuses = ["fullTime", "partTime", "notFullTime"] as const;
/** Chuyên trách, bán chuyên trách, không chuyên trách. A part-timer is not full-time unless a target says so. */
export type FullTimeStatus = (typeof fullTimeStatuses)[number];

// ---- Field rules: each written once. The sheet templates take a column's cell type from the
// field's schema (the `cell` meta, else its zod type), so a new column is one schema field. ----

/** The cell types of sheet columns; a field's schema says which one reads its cells. */
export type CellKind = "date" | "term" | "email" | "phone" | "idNumber";

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "ngày phải có dạng yyyy-mm-dd")
  .meta({ cell: "date" satisfies CellKind });
export type IsoDate = z.infer<typeof isoDate>;

/** A term (nhiệm kỳ) is written "2025–2030"; both dash forms are accepted on input. */
export const term = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s*[-–—]\s*/, "–"))
  .pipe(z.string().regex(/^\d{4}–\d{4}$/, "nhiệm kỳ phải có dạng 2025–2030"))
  .meta({ cell: "term" satisfies CellKind });

/** An e-mail address as the cadres sheet takes it: something@domain.tld, no spaces. */
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Not .email(): keep the shared schemas free of checks that need URL, absent in Apps Script.
export const email = z
  .string()
  .trim()
  .regex(emailPattern, "email không hợp lệ")
  .meta({ cell: "email" satisfies CellKind });

/** A phone number: 8 to 12 digits, a leading "+" allowed (the cell rule removes spaces and dots). */
export const phone = z
  .string()
  .regex(/^\+?\d{8,12}$/, "số điện thoại phải có 8 đến 12 chữ số")
  .meta({ cell: "phone" satisfies CellKind });

/** Số căn cước công dân (CCCD, số định danh cá nhân): 12 digits. */
export const idNumber = z
  .string()
  .regex(/^\d{12}$/, "số CCCD phải có đúng 12 chữ số")
  .meta({ cell: "idNumber" satisfies CellKind });
