// A payload as the add-on exports it: one unit report and three cadres (the last one with the keys,
// labels and aliases of the real export). Shared by unit and e2e tests.
import { PAYLOAD_FORMAT, PAYLOAD_VERSION, type Payload, type PayloadField } from "../../shared/payload";

const text = (key: string, label: string, value: string, aliases: string[] = []): PayloadField => ({
  key,
  label,
  aliases,
  type: "text",
  value,
});

export const anFields: PayloadField[] = [
  text("cadre.fullName", "Họ và tên", "Nguyễn Văn An", ["Họ tên"]),
  { key: "cadre.dateOfBirth", label: "Ngày sinh", aliases: [], type: "date", value: "1995-03-09" },
  { key: "cadre.gender", label: "Giới tính", aliases: [], type: "choice", value: "Nam" },
  text("cadre.position", "Chức vụ", "Phó Bí thư Đoàn phường"),
  text("cadre.unit", "Đơn vị công tác", "Đoàn phường Bến Thành"),
  text("cadre.phone", "Số điện thoại", "0909123456", ["Điện thoại"]),
  text("cadre.email", "Email", "an.nguyen@example.vn", ["Thư điện tử"]),
  { key: "cadre.yearsOfService", label: "Số năm công tác", aliases: [], type: "number", value: 6 },
  { key: "cadre.unionJoinDate", label: "Ngày vào Đoàn", aliases: [], type: "date", value: "2010-03-26" },
  {
    key: "cadre.politicalTheory",
    label: "Trình độ lý luận chính trị",
    aliases: [],
    type: "choice",
    value: "Trung cấp",
  },
  { key: "cadre.partyMember", label: "Là đảng viên", aliases: ["Đảng viên"], type: "boolean", value: true },
  {
    key: "cadre.trainings",
    label: "Các lớp đã tham gia",
    aliases: [],
    type: "choices",
    value: ["Bồi dưỡng nghiệp vụ", "Chuyển đổi số"],
  },
  text("cadre.notes", "Ghi chú", "Đang học thạc sĩ <b>không in đậm</b>"),
  text("cadre.hometown", "Quê quán", "Long An"),
  text("cadre.ethnicity", "Dân tộc", "Kinh"),
  text("cadre.idNumber", "Số CCCD", "079095001234", ["Số căn cước"]),
  { key: "cadre.fullTime", label: "Cán bộ chuyên trách", aliases: [], type: "boolean", value: true },
  {
    key: "cadre.organizations",
    label: "Tổ chức đang công tác",
    aliases: [],
    type: "choices",
    value: ["Đoàn", "Hội"],
  },
  {
    key: "cadre.languageLevel",
    label: "Ngoại ngữ",
    aliases: ["Trình độ ngoại ngữ"],
    type: "choice",
    value: "B1 (Bậc 3)",
  },
];

/**
 * A cadre as the add-on's export describes one (keys, labels and aliases of shared/export.ts,
 * with the personal fields of the real-data template): the payload the real forms are filled from.
 */
export const exportedFields: PayloadField[] = [
  text("cadre.fullName", "Họ và tên", "Nguyễn Thị Thu Hà", ["Họ tên", "Tên cán bộ", "Họ và tên học viên"]),
  text("cadre.id", "Mã cán bộ", "CB-0042", ["Mã số"]),
  {
    key: "cadre.dateOfBirth",
    label: "Ngày sinh",
    aliases: ["Ngày, tháng, năm sinh", "Ngày tháng năm sinh", "Sinh ngày"],
    type: "date",
    value: "1996-07-05",
  },
  { key: "cadre.gender", label: "Giới tính", aliases: ["Nam/Nữ", "Phái"], type: "choice", value: "Nữ" },
  text("cadre.unit", "Đơn vị", "Đoàn phường Tân Định", ["Cơ sở Đoàn", "Đơn vị công tác", "Nơi công tác"]),
  {
    key: "cadre.posts",
    label: "Chức vụ",
    aliases: ["Chức vụ Đoàn – Hội – Đội", "Chức vụ hiện tại", "Chức danh"],
    type: "choices",
    value: ["Bí thư"],
  },
  {
    key: "cadre.post.union",
    label: "Chức vụ Đoàn",
    aliases: ["Chức vụ trong Đoàn"],
    type: "choice",
    value: "Bí thư",
  },
  {
    key: "cadre.education",
    label: "Trình độ chuyên môn",
    aliases: ["Trình độ học vấn", "Trình độ", "Trình độ đào tạo"],
    type: "choice",
    value: "Đại học",
  },
  {
    key: "cadre.politicalTheory",
    label: "Lý luận chính trị",
    aliases: ["Trình độ lý luận chính trị", "Trình độ chính trị"],
    type: "choice",
    value: "Trung cấp",
  },
  {
    key: "cadre.languageLevel",
    label: "Ngoại ngữ",
    aliases: ["Trình độ ngoại ngữ"],
    type: "choice",
    value: "B1 (Bậc 3)",
  },
  { key: "cadre.partyMember", label: "Đảng viên", aliases: ["Là Đảng viên"], type: "boolean", value: true },
  {
    key: "cadre.fullTime",
    label: "Chuyên trách",
    aliases: ["Cán bộ chuyên trách"],
    type: "boolean",
    value: true,
  },
  text("cadre.phone", "Số điện thoại", "0912345678", [
    "Điện thoại",
    "SĐT",
    "Số điện thoại liên hệ",
    "Di động",
  ]),
  text("cadre.email", "Email", "thuha.nguyen@example.vn", ["Thư điện tử", "Địa chỉ email", "E-mail"]),
  text("cadre.idNumber", "Số CCCD", "079196004321", ["Căn cước công dân", "Số căn cước"]),
  text("cadre.ethnicity", "Dân tộc", "Kinh"),
  text("cadre.religion", "Tôn giáo", "Không"),
  text("cadre.hometown", "Quê quán", "Bến Tre"),
  text("cadre.currentAddress", "Nơi ở hiện nay", "25 Trần Quang Khải, phường Tân Định, TP. Hồ Chí Minh", [
    "Chỗ ở hiện nay",
  ]),
  { key: "cadre.unionJoinDate", label: "Ngày vào Đoàn", aliases: [], type: "date", value: "2011-03-26" },
  { key: "cadre.partyJoinDate", label: "Ngày vào Đảng", aliases: [], type: "date", value: "2019-05-19" },
];

const ngocFields: PayloadField[] = [
  text("cadre.fullName", "Họ và tên", "Trần Thị Bích Ngọc", ["Họ tên"]),
  { key: "cadre.dateOfBirth", label: "Ngày sinh", aliases: [], type: "date", value: "1998-11-20" },
  { key: "cadre.gender", label: "Giới tính", aliases: [], type: "choice", value: "Nữ" },
  text("cadre.position", "Chức vụ", "Bí thư Chi đoàn khu phố 3"),
  text("cadre.email", "Email", "ngoc.tran@example.vn"),
];

export const samplePayload: Payload = {
  format: PAYLOAD_FORMAT,
  version: PAYLOAD_VERSION,
  exportedAt: "2025-08-01T09:30:00+07:00",
  source: "Kế hoạch công tác cán bộ 2025 – Đoàn phường Bến Thành",
  profiles: [
    {
      id: "unit",
      kind: "unit",
      title: "Báo cáo Đoàn phường Bến Thành",
      fields: [
        text("unit.name", "Tên đơn vị", "Đoàn phường Bến Thành"),
        text("unit.secretary", "Họ tên Bí thư", "Lê Minh Khoa"),
        { key: "unit.memberCount", label: "Số đoàn viên", aliases: [], type: "number", value: 412 },
      ],
    },
    { id: "cadre-an", kind: "cadre", title: "Nguyễn Văn An", fields: anFields },
    { id: "cadre-ngoc", kind: "cadre", title: "Trần Thị Bích Ngọc", fields: ngocFields },
    { id: "cadre-ha", kind: "cadre", title: "Nguyễn Thị Thu Hà – Bí thư", fields: exportedFields },
  ],
};
