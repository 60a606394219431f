// A payload as the add-on exports it: one unit report and two cadres. Shared by unit and e2e tests.
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
  ],
};
