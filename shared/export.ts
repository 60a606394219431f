// The export payload for the form-filling extension: one unit profile (unit details and each
// target's figures) and one cadre profile per cadre (what a training-class registration form asks).
// Pure: the caller gives the time of export and the source name.
import {
  educationLabels,
  genderLabels,
  languageLevelLabels,
  organizationLabels,
  politicalTheoryLabels,
  postLabels,
  sectorLabels,
  targetStatusLabels,
} from "./labels";
import type { Cadre, Post, TargetResult, Unit } from "./model";
import { PAYLOAD_FORMAT, PAYLOAD_VERSION, type Payload, type PayloadField, type Profile } from "./payload";
import type { WorkbookRead } from "./templates";
import { fold, idKey } from "./text";

export interface PayloadOptions {
  /** ISO 8601 time of the export, e.g. new Date().toISOString(). */
  exportedAt: string;
  /** Name of the spreadsheet or unit the data comes from. */
  source: string;
}

/** Labels forms use for a cadre's fields: the first is the usual one, the rest are aliases. */
const cadreLabels = {
  id: ["Mã cán bộ", "Mã số"],
  fullName: ["Họ và tên", "Họ tên", "Tên cán bộ", "Họ và tên học viên"],
  dateOfBirth: ["Ngày sinh", "Ngày, tháng, năm sinh", "Ngày tháng năm sinh", "Sinh ngày"],
  gender: ["Giới tính", "Nam/Nữ", "Phái"],
  unit: ["Đơn vị", "Cơ sở Đoàn", "Đơn vị công tác", "Nơi công tác"],
  posts: ["Chức vụ", "Chức vụ Đoàn – Hội – Đội", "Chức vụ hiện tại", "Chức danh"],
  organizations: ["Tổ chức đang công tác", "Tổ chức đang tham gia", "Đang công tác tại tổ chức"],
  education: ["Trình độ chuyên môn", "Trình độ học vấn", "Trình độ", "Trình độ đào tạo"],
  politicalTheory: ["Lý luận chính trị", "Trình độ lý luận chính trị", "Trình độ chính trị"],
  languageLevel: ["Ngoại ngữ", "Trình độ ngoại ngữ"],
  partyMember: ["Đảng viên", "Là Đảng viên"],
  fullTime: ["Chuyên trách", "Cán bộ chuyên trách"],
  phone: ["Số điện thoại", "Điện thoại", "SĐT", "Số điện thoại liên hệ", "Di động"],
  email: ["Email", "Thư điện tử", "Địa chỉ email", "E-mail"],
  idNumber: ["Số CCCD", "Số căn cước công dân", "CCCD", "Số định danh cá nhân", "CMND/CCCD"],
  ethnicity: ["Dân tộc"],
  religion: ["Tôn giáo"],
  hometown: ["Quê quán", "Nguyên quán"],
  currentAddress: ["Nơi ở hiện nay", "Chỗ ở hiện nay", "Địa chỉ"],
  unionJoinDate: ["Ngày vào Đoàn", "Ngày kết nạp Đoàn"],
  partyJoinDate: ["Ngày vào Đảng", "Ngày kết nạp Đảng"],
} as const;

const unitLabels = {
  name: ["Tên đơn vị", "Đơn vị", "Cơ sở Đoàn", "Tên cơ sở Đoàn"],
  level: ["Cấp đơn vị", "Cấp"],
  sector: ["Khu vực", "Khối"],
  parent: ["Đơn vị cấp trên", "Trực thuộc"],
  planYear: ["Năm kế hoạch", "Năm"],
  term: ["Nhiệm kỳ"],
  cadreCount: ["Số cán bộ", "Tổng số cán bộ"],
} as const;

function field<T extends PayloadField["type"]>(
  key: string,
  labels: readonly string[],
  type: T,
  value: Extract<PayloadField, { type: T }>["value"],
): PayloadField {
  const [label = key, ...aliases] = labels;
  return { key, label, aliases, type, value } as PayloadField;
}

/** The posts of a cadre as their labels, without repeats (e.g. "Cộng tác viên" in two organisations). */
function postNames(cadre: Cadre): string[] {
  const seen = new Set<Post>();
  const names: string[] = [];
  for (const position of cadre.positions) {
    if (seen.has(position.post)) continue;
    seen.add(position.post);
    names.push(postLabels[position.post]);
  }
  return names;
}

/** "Nguyễn Văn A – Bí thư"; with several organisations the first post names the person. */
function cadreTitle(cadre: Cadre, name: string): string {
  const [first] = postNames(cadre);
  return first ? `${name} – ${first}` : name;
}

/** A cadre's text and date fields for forms: field key in the model → payload type. */
const plainFields = [
  ["fullName", "text"],
  ["id", "text"],
  ["dateOfBirth", "date"],
  ["idNumber", "text"],
  ["ethnicity", "text"],
  ["religion", "text"],
  ["hometown", "text"],
  ["currentAddress", "text"],
  ["unionJoinDate", "date"],
  ["partyJoinDate", "date"],
  ["phone", "text"],
  ["email", "text"],
] as const satisfies ReadonlyArray<readonly [keyof typeof cadreLabels & keyof Cadre, "text" | "date"]>;

/** A model field's label on the cadres sheet, for saying which value was left out. */
const sheetLabel = (key: string): string => cadreLabels[key as keyof typeof cadreLabels]?.[0] ?? key;

/** A cadre's profile id: by its id, or by its row when it has none. */
export function cadreProfileId(cadre: Cadre): string {
  return cadre.id ? `cadre:${cadre.id}` : `cadre:dòng ${cadre.row}`;
}

function cadreProfile(cadre: Cadre): Profile {
  const name = cadre.fullName ?? "(chưa ghi họ tên)";
  const fields: PayloadField[] = [];
  for (const [key, type] of plainFields) {
    const value = cadre[key];
    if (value !== undefined) fields.push(field(`cadre.${key}`, cadreLabels[key], type, value));
  }
  if (cadre.gender)
    fields.push(field("cadre.gender", cadreLabels.gender, "choice", genderLabels[cadre.gender]));
  if (cadre.unit) fields.push(field("cadre.unit", cadreLabels.unit, "text", cadre.unit));
  const posts = postNames(cadre);
  if (posts.length > 0) fields.push(field("cadre.posts", cadreLabels.posts, "choices", posts));
  // The organisations the cadre holds a post in (Đoàn, Hội, Đội): a checkbox question on forms.
  const organizations = [...new Set(cadre.positions.map((p) => organizationLabels[p.organization]))];
  if (organizations.length > 0) {
    fields.push(field("cadre.organizations", cadreLabels.organizations, "choices", organizations));
  }
  for (const position of cadre.positions) {
    const organization = organizationLabels[position.organization];
    fields.push(
      field(
        `cadre.post.${position.organization}`,
        [`Chức vụ ${organization}`, `Chức vụ trong ${organization}`],
        "choice",
        postLabels[position.post],
      ),
    );
  }
  if (cadre.education) {
    fields.push(field("cadre.education", cadreLabels.education, "choice", educationLabels[cadre.education]));
  }
  if (cadre.politicalTheory) {
    const label = politicalTheoryLabels[cadre.politicalTheory];
    fields.push(field("cadre.politicalTheory", cadreLabels.politicalTheory, "choice", label));
  }
  if (cadre.languageLevel) {
    const label = languageLevelLabels[cadre.languageLevel];
    fields.push(field("cadre.languageLevel", cadreLabels.languageLevel, "choice", label));
  }
  if (cadre.partyMember !== undefined) {
    fields.push(field("cadre.partyMember", cadreLabels.partyMember, "boolean", cadre.partyMember));
  }
  if (cadre.fullTime !== undefined) {
    // A yes/no question on forms: only full-time is "Có"; the status itself for a choice.
    fields.push(field("cadre.fullTime", cadreLabels.fullTime, "boolean", cadre.fullTime === "fullTime"));
  }
  const omitted = Object.entries(cadre.invalid ?? {}).map(([key, reason]) => ({
    label: sheetLabel(key),
    reason,
  }));
  return {
    id: cadreProfileId(cadre),
    kind: "cadre",
    title: cadreTitle(cadre, name),
    fields,
    ...(omitted.length ? { omitted } : {}),
  };
}

/** The figures of one target: what was asked, what was reached, the percentage and the verdict. */
function targetFields(result: TargetResult): PayloadField[] {
  const { target } = result;
  const key = `target.${target.id}`;
  const name = `Chỉ tiêu ${target.id}`;
  const unitWord = target.measure.kind === "share" ? "tỉ lệ (%)" : "số lượng";
  return [
    field(`${key}.text`, [name, `Nội dung chỉ tiêu ${target.id}`], "text", target.text),
    field(`${key}.asked`, [`${name} – chỉ tiêu ${unitWord}`, `${name} – chỉ tiêu`], "number", result.asked),
    field(`${key}.reached`, [`${name} – số đạt`, `${name} – đã đạt`], "number", result.reached),
    field(`${key}.counted`, [`${name} – tổng số`, `${name} – số được tính`], "number", result.counted),
    field(`${key}.percent`, [`${name} – tỉ lệ đạt (%)`, `${name} – %`], "number", result.percent),
    field(`${key}.figure`, [`${name} – kết quả`, `${name} – số liệu`], "text", result.figure),
    field(
      `${key}.status`,
      [`${name} – đánh giá`, `${name} – tình trạng`],
      "choice",
      targetStatusLabels[result.status],
    ),
  ];
}

function findUnit(units: readonly Unit[], name: string): Unit | undefined {
  const wanted = fold(name);
  return units.find((unit) => unit.name !== undefined && fold(unit.name) === wanted);
}

function unitProfile(read: WorkbookRead, results: readonly TargetResult[], source: string): Profile {
  const name = read.settings.unitName.trim() || source;
  const unit = findUnit(read.data.units, name);
  const fields: PayloadField[] = [field("unit.name", unitLabels.name, "text", name)];
  if (unit) {
    if (unit.level) fields.push(field("unit.level", unitLabels.level, "choice", unit.level));
    if (unit.sector)
      fields.push(field("unit.sector", unitLabels.sector, "choice", sectorLabels[unit.sector]));
    if (unit.parent) fields.push(field("unit.parent", unitLabels.parent, "text", unit.parent));
  }
  fields.push(field("unit.planYear", unitLabels.planYear, "number", read.settings.planYear));
  if (read.settings.term) fields.push(field("unit.term", unitLabels.term, "text", read.settings.term));
  fields.push(field("unit.cadreCount", unitLabels.cadreCount, "number", read.data.cadres.length));
  for (const result of results) fields.push(...targetFields(result));
  return { id: "unit", kind: "unit", title: `${name} – kết quả chỉ tiêu`, fields };
}

/**
 * The payload: every cadre the reader kept (a repeated id keeps its first row; the data check
 * reports the rest), each without the values whose cells were not valid, which `omitted` names.
 */
export function buildPayload(
  read: WorkbookRead,
  results: readonly TargetResult[],
  options: PayloadOptions,
): Payload {
  const source = options.source.trim() || "Kế hoạch công tác cán bộ";
  const profiles: Profile[] = [unitProfile(read, results, source)];
  const seen = new Set<string>();
  for (const cadre of read.data.cadres) {
    // The reader keeps one row per id already; data built otherwise keeps its first row too.
    const key = cadre.id ? idKey(cadre.id) : `#${cadre.row}`;
    if (seen.has(key)) continue;
    seen.add(key);
    profiles.push(cadreProfile(cadre));
  }
  return {
    format: PAYLOAD_FORMAT,
    version: PAYLOAD_VERSION,
    exportedAt: options.exportedAt,
    source,
    profiles,
  };
}
