// The domain model of a unit's cadre work. Names follow ../shared/glossary.md.
// Every date is a calendar date written "yyyy-mm-dd" (IsoDate): no time, no zone,
// so a date never shifts by a day between Sheets, Node and the browser.
import { RequirementSchema } from "./targets/kinds";
import {
  digitalSkillLevels,
  educationLevels,
  email,
  fullTimeStatuses,
  genders,
  idNumber,
  isoDate,
  languageLevels,
  organizations,
  phone,
  politicalTheoryLevels,
  posts,
  reviewRatings,
  rotationKinds,
  type Sector,
  sectors,
  successionStatuses,
  targetSubjects,
  term,
  trainingKinds,
} from "./vocabulary";
import { z } from "./zod";

export * from "./vocabulary";

const text = z.string().trim();
const optionalText = z.string().trim().optional();

/**
 * Dates of one record that must come in this order (the earlier field first), each rule written
 * once: the reader marks the later cell, and the schemas refuse such a record.
 */
export interface DateOrder {
  earlier: string;
  later: string;
  /** Vietnamese, e.g. "ngày nhận chức vụ trước ngày sinh". */
  message: string;
}

export const dateOrders = {
  cadres: [
    { earlier: "dateOfBirth", later: "unionSince", message: "ngày nhận chức vụ Đoàn trước ngày sinh" },
    { earlier: "dateOfBirth", later: "federationSince", message: "ngày nhận chức vụ Hội trước ngày sinh" },
    { earlier: "dateOfBirth", later: "pioneersSince", message: "ngày nhận chức vụ Đội trước ngày sinh" },
    { earlier: "dateOfBirth", later: "unionJoinDate", message: "ngày vào Đoàn trước ngày sinh" },
    { earlier: "dateOfBirth", later: "partyJoinDate", message: "ngày vào Đảng trước ngày sinh" },
  ],
  trainings: [{ earlier: "startDate", later: "endDate", message: "ngày kết thúc trước ngày bắt đầu" }],
} satisfies Partial<Record<string, DateOrder[]>>;

/** Whether a record breaks a date order (both dates given, the later one earlier). */
export function breaksOrder(record: Readonly<Record<string, unknown>>, order: DateOrder): boolean {
  const earlier = record[order.earlier];
  const later = record[order.later];
  return typeof earlier === "string" && typeof later === "string" && later < earlier;
}

/** A schema check made of date orders: the later field of each broken order gets its message. */
function checkDateOrders<T>(orders: readonly DateOrder[], flat: (value: T) => Record<string, unknown>) {
  return (value: T, ctx: z.RefinementCtx) => {
    const record = flat(value);
    for (const order of orders) {
      if (breaksOrder(record, order))
        ctx.addIssue({ code: "custom", path: [order.later], message: order.message });
    }
  };
}

export const UnitSchema = z.object({
  name: text.min(1),
  /** A level from the settings' list (e.g. "Thành phố", "Phường, xã", "Cơ sở"); data, not a constant. */
  level: text.min(1),
  sector: z.enum(sectors).optional(),
  parent: optionalText,
  /**
   * Vùng đặc biệt khó khăn, biên giới, hải đảo, dân tộc thiểu số: the cadre regulation relaxes some
   * standards there (the standards sheet's "vùng đặc biệt" columns). Ticked by the user per unit.
   */
  specialArea: z.boolean().optional(),
  notes: optionalText,
});

/** An age of a standard: a whole number of years. */
const age = z.number().int().min(14, "tuổi phải từ 14 trở lên").max(70, "tuổi phải dưới 70");

/**
 * The standard of a post at a level (tiêu chuẩn chức danh): the age limits and the least education
 * and political theory, with where the rule comes from. A blank value sets no limit.
 */
export const StandardSchema = z.object({
  post: z.enum(posts),
  level: text.min(1),
  /** Oldest age at a first appointment to the post (tuổi lần đầu giữ chức). */
  firstMaxAge: age.optional(),
  /** Oldest age while holding it (tuổi giữ chức). */
  holdMaxAge: age.optional(),
  minEducation: z.enum(educationLevels).optional(),
  minPoliticalTheory: z.enum(politicalTheoryLevels).optional(),
  /** In a unit of a special area: the holding age and education there, when they differ. */
  specialHoldMaxAge: age.optional(),
  specialMinEducation: z.enum(educationLevels).optional(),
  /** The regulation and article, e.g. "QĐ 289-QĐ/TW (2010), Điều 9 khoản 1". */
  source: optionalText,
  /** What the user should know about the row (a level the 2025 reorganisation leaves unclear…). */
  notes: optionalText,
});

export const PositionSchema = z.object({
  organization: z.enum(organizations),
  post: z.enum(posts),
  since: isoDate.optional(),
});
export type Position = z.infer<typeof PositionSchema>;

export const CadreSchema = z
  .object({
    id: text.min(1),
    fullName: text.min(1),
    dateOfBirth: isoDate.optional(),
    gender: z.enum(genders).optional(),
    unit: text.min(1),
    positions: z.array(PositionSchema),
    fullTime: z.enum(fullTimeStatuses).optional(),
    education: z.enum(educationLevels).optional(),
    politicalTheory: z.enum(politicalTheoryLevels).optional(),
    languageLevel: z.enum(languageLevels).optional(),
    digitalSkills: z.enum(digitalSkillLevels).optional(),
    partyMember: z.boolean().optional(),
    phone: phone.optional(),
    email: email.optional(),
    idNumber: idNumber.optional(),
    ethnicity: optionalText,
    religion: optionalText,
    hometown: optionalText,
    currentAddress: optionalText,
    unionJoinDate: isoDate.optional(),
    partyJoinDate: isoDate.optional(),
    notes: optionalText,
  })
  .superRefine(
    checkDateOrders(dateOrders.cadres, (cadre: { positions: Position[] } & Record<string, unknown>) => {
      const flat: Record<string, unknown> = { ...cadre };
      for (const p of cadre.positions) flat[`${p.organization}Since`] = p.since;
      return flat;
    }),
  );

export const TrainingRecordSchema = z
  .object({
    cadreId: text.min(1),
    kind: z.enum(trainingKinds),
    title: text.min(1),
    startDate: isoDate,
    endDate: isoDate.optional(),
    result: optionalText,
    certificate: optionalText,
  })
  .superRefine(checkDateOrders(dateOrders.trainings, (t: Record<string, unknown>) => t));

export const SuccessionEntrySchema = z.object({
  cadreId: text.min(1),
  unit: text.min(1),
  post: z.enum(posts),
  term,
  status: z.enum(successionStatuses),
  notes: optionalText,
});

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

export const ReviewSchema = z.object({
  cadreId: text.min(1),
  year: z.number().int().min(1945, "năm phải từ 1945 trở đi").max(2200, "năm phải trước 2200"),
  rating: z.enum(reviewRatings),
  notes: optionalText,
});

export const SubmissionSchema = z.object({
  unit: text.min(1),
  document: text.min(1),
  deadline: isoDate,
  received: isoDate.optional(),
  notes: optionalText,
});

/** Where a record was read from, and which of its cells could not be taken. */
export interface RowSource {
  /** 1-based row of its sheet. */
  row?: number;
  /**
   * Field (column) key → why its cell was left out: blank where it is required, or not valid. The
   * field is then absent; the engine counts what needs it as unknown, never as absent.
   */
  invalid?: Readonly<Record<string, string>>;
}

/** Complete, valid records, as the schemas give them (the sample data and tests build these). */
export type UnitValues = z.infer<typeof UnitSchema>;
export type CadreValues = z.infer<typeof CadreSchema>;
export type TrainingValues = z.infer<typeof TrainingRecordSchema>;
export type SuccessionValues = z.infer<typeof SuccessionEntrySchema>;
export type RotationValues = z.infer<typeof RotationRecordSchema>;
export type ReviewValues = z.infer<typeof ReviewSchema>;
export type SubmissionValues = z.infer<typeof SubmissionSchema>;

/** A record as the sheets give it: any field may be missing, and `invalid` says why. */
export type Read<T> = Partial<T> & RowSource;

export type Unit = Read<z.infer<typeof UnitSchema>>;
/** A cadre as read: positions are always a list (the posts whose cells were taken). */
export type Cadre = Read<Omit<z.infer<typeof CadreSchema>, "positions">> & { positions: Position[] };
export type TrainingRecord = Read<z.infer<typeof TrainingRecordSchema>>;
export type SuccessionEntry = Read<z.infer<typeof SuccessionEntrySchema>>;
export type RotationRecord = Read<z.infer<typeof RotationRecordSchema>>;
export type Review = Read<z.infer<typeof ReviewSchema>>;
export type Submission = Read<z.infer<typeof SubmissionSchema>>;
export type Standard = Read<z.infer<typeof StandardSchema>>;

// ---- Targets (chỉ tiêu): a plan is data ----

/** Whom a target counts. Every given condition must hold (AND); a list means "any of". */
export const TargetFilterSchema = z.object({
  /** cadres: holds any of these posts (in any organisation unless `organizations` is given). */
  posts: z.array(z.enum(posts)).optional(),
  organizations: z.array(z.enum(organizations)).optional(),
  /** cadres: any of these (e.g. full-time and part-time); a cadre whose cell is blank is unknown. */
  fullTime: z.array(z.enum(fullTimeStatuses)).optional(),
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

export { type Requirement, RequirementSchema } from "./targets/kinds";

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
   * cadre it names (-1: none). Without it the engine links records by id itself.
   */
  trainingCadres?: Int32Array;
  /** The standards of posts (Tiêu chuẩn chức danh), for the succession checks. */
  standards?: Standard[];
  /**
   * Sheets the workbook does not have at all: a target that needs one is unknown ("thiếu dữ liệu"),
   * not unmet, since an empty sheet and no sheet are not the same.
   */
  absent?: ReadonlyArray<
    "units" | "cadres" | "trainings" | "successions" | "rotations" | "submissions" | "standards"
  >;
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
  /**
   * Subjects whose data is missing or not valid where the target needs it, named with what is
   * missing ("thiếu dữ liệu"): they count neither as reached nor as short.
   */
  unknowns: Shortfall[];
  /** What the target as a whole should say about the data (a sheet missing, records of nobody…). */
  notes: string[];
  /** The same target unit by unit: which unit pulls it down. */
  byUnit: UnitResult[];
  /** The same target sector by sector (khu vực), units of no sector together last. */
  bySector: SectorResult[];
}

/** A target's result within one unit. */
export interface UnitResult {
  unit: string;
  sector?: Sector;
  /** Subjects of the unit counted, reached, and whose data is missing. */
  counted: number;
  reached: number;
  unknown: number;
  /** For a share: the unit's own percent and whether it alone reaches the target. */
  percent?: number;
  status?: TargetStatus;
}

/** A target's result over the units of one sector (none: units whose sector is not given). */
export interface SectorResult extends Omit<UnitResult, "unit" | "sector"> {
  sector?: Sector;
  /** How many units of the sector have subjects of the target. */
  units: number;
}
