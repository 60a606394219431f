// The standards sheet's starting rows: the Youth Union cadre regulation, Quyết định 289-QĐ/TW of
// the Party Secretariat (08/02/2010), each row citing its article. Data the user edits, never a
// constant of the checks. Where the text was read only in a summary, or the 2025 reorganisation
// leaves it unclear which article a level now falls under, the row says so in its note.
//
// Levels are those of the default settings: "Thành phố" (Thành Đoàn, the province level of the
// regulation), "Phường, xã" (ward unions, since 1 July 2025 directly under the city), "Cơ sở" (the
// base units under a ward union).

import type { StandardSchema } from "../model";
import type { z } from "../zod";

type StandardRow = z.input<typeof StandardSchema>;

const qd289 = "QĐ 289-QĐ/TW ngày 08/02/2010 của Ban Bí thư (Quy chế cán bộ Đoàn)";

/** Since July 2025 a ward union does what a district union did: which article applies is not settled. */
const wardNote =
  "Sau sắp xếp từ 01/7/2025, Đoàn phường trực thuộc Thành Đoàn và có cơ sở Đoàn trực thuộc: tạm áp " +
  "chuẩn cấp huyện (Điều 10) vì Đoàn phường nay làm việc của Quận Đoàn trước đây. Nếu theo chuẩn cấp cơ " +
  "sở (Điều 11) thì chỉ giới hạn tuổi giữ chức không quá 35. Sửa dòng này khi có hướng dẫn mới của Thành Đoàn.";

const baseNote =
  "Điều 11 (cấp cơ sở) chưa đối chiếu được nguyên văn: tuổi giữ chức lấy theo tóm tắt đã công bố; trình độ, " +
  "lý luận chính trị để trống (không giới hạn) cho đến khi đối chiếu.";

const summaryNote =
  "Độ tuổi theo bản tóm tắt Quy chế; trình độ, lý luận chính trị chưa đối chiếu nguyên văn.";

export const standardsPreset: StandardRow[] = [
  {
    post: "secretary",
    level: "Thành phố",
    firstMaxAge: 35,
    holdMaxAge: 40,
    minEducation: "university",
    minPoliticalTheory: "advanced",
    source: `${qd289}, Điều 9 khoản 1 (điểm b, c)`,
    notes: "Lý luận chính trị cao cấp hoặc cử nhân.",
  },
  {
    post: "deputySecretary",
    level: "Thành phố",
    firstMaxAge: 33,
    holdMaxAge: 38,
    source: `${qd289}, Điều 9`,
    notes: summaryNote,
  },
  {
    post: "standingCommittee",
    level: "Thành phố",
    firstMaxAge: 32,
    holdMaxAge: 37,
    source: `${qd289}, Điều 9`,
    notes: summaryNote,
  },
  {
    post: "secretary",
    level: "Phường, xã",
    firstMaxAge: 30,
    holdMaxAge: 35,
    minEducation: "university",
    minPoliticalTheory: "intermediate",
    specialMinEducation: "college",
    source: `${qd289}, Điều 10 khoản 1, 2`,
    notes: wardNote,
  },
  {
    post: "deputySecretary",
    level: "Phường, xã",
    firstMaxAge: 30,
    holdMaxAge: 35,
    minEducation: "university",
    minPoliticalTheory: "intermediate",
    specialMinEducation: "college",
    source: `${qd289}, Điều 10 khoản 1, 2`,
    notes: wardNote,
  },
  {
    post: "standingCommittee",
    level: "Phường, xã",
    firstMaxAge: 30,
    holdMaxAge: 35,
    minEducation: "university",
    specialMinEducation: "college",
    source: `${qd289}, Điều 10 khoản 1, 2`,
    notes: wardNote,
  },
  {
    post: "executiveCommittee",
    level: "Phường, xã",
    firstMaxAge: 30,
    holdMaxAge: 35,
    minEducation: "university",
    specialMinEducation: "college",
    source: `${qd289}, Điều 10 khoản 1, 2`,
    notes: wardNote,
  },
  {
    post: "secretary",
    level: "Cơ sở",
    holdMaxAge: 35,
    specialHoldMaxAge: 37,
    source: `${qd289}, Điều 11`,
    notes: baseNote,
  },
  {
    post: "deputySecretary",
    level: "Cơ sở",
    holdMaxAge: 35,
    specialHoldMaxAge: 37,
    source: `${qd289}, Điều 11`,
    notes: baseNote,
  },
];
