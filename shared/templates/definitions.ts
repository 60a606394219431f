// One definition per sheet: its Vietnamese name, its columns and their types. The add-on builds
// sheets from these, the reader finds columns by their headers, the writer fills rows in this order.
import {
  booleanLabels,
  digitalSkillLabels,
  educationLabels,
  genderLabels,
  languageLevelLabels,
  organizationLabels,
  politicalTheoryLabels,
  postLabels,
  reviewRatingLabels,
  rotationKindLabels,
  sectorLabels,
  successionStatusLabels,
  targetSubjectLabels,
  trainingKindLabels,
} from "../labels";
import type { Organization, Post } from "../model";
import type { ColumnTemplate, ColumnType, Settings, SheetId, SheetTemplate } from "./types";

export const defaultLevels = ["Thành phố", "Phường, xã", "Cơ sở"];

export const defaultSettings: Settings = {
  unitName: "",
  planYear: 2025,
  term: "2025–2030",
  levels: defaultLevels,
  presetId: "ke-hoach-can-bo-2023",
  parentBody: "BCH TP. HỒ CHÍ MINH",
  placeName: "",
  signerName: "",
  signerTitle: "Bí thư",
  recipients: "Ban Tổ chức Thành Đoàn (để báo cáo); Lưu VP",
};

/** The posts each organisation's column on the cadres sheet offers. */
export const postsByOrganization: Record<Organization, Post[]> = {
  union: [
    "secretary",
    "deputySecretary",
    "standingCommittee",
    "executiveCommittee",
    "inspectionCommittee",
    "branchSecretary",
    "fullTimeStaff",
    "collaborator",
  ],
  federation: ["federationChair", "federationViceChair", "federationCommittee", "collaborator"],
  pioneers: ["pioneerCouncilChair", "pioneerLeader", "pioneerCommander", "collaborator"],
};

/** The cadres sheet keeps one post per organisation: its post and since-date columns. */
export const positionColumns: Array<{ organization: Organization; post: string; since: string }> = [
  { organization: "union", post: "unionPost", since: "unionSince" },
  { organization: "federation", post: "federationPost", since: "federationSince" },
  { organization: "pioneers", post: "pioneersPost", since: "pioneersSince" },
];

/** What the "Yêu cầu" column of the targets sheet offers; "submissionOnTime" is a submission on time. */
export const requirementChoices = {
  training: "Tham gia đào tạo, bồi dưỡng",
  education: "Trình độ chuyên môn tối thiểu",
  politicalTheory: "Lý luận chính trị tối thiểu",
  languageLevel: "Ngoại ngữ tối thiểu",
  submission: "Nộp văn bản",
  submissionOnTime: "Nộp văn bản đúng hạn",
  succession: "Có quy hoạch",
  none: "Không yêu cầu thêm",
} as const;
export type RequirementChoice = keyof typeof requirementChoices;

export const measureChoices = { share: "Tỉ lệ %", count: "Số lượng tối thiểu" } as const;

/** The settings sheet is a list of items (Mục | Giá trị), not a table. */
export const settingItems: Array<{ key: keyof Settings; label: string; type: ColumnType; help: string }> = [
  {
    key: "unitName",
    label: "Tên đơn vị",
    type: "text",
    help: "Tên đơn vị lập kế hoạch, ví dụ: Đoàn phường Tân Phú.",
  },
  { key: "planYear", label: "Năm kế hoạch", type: "integer", help: "Năm của kế hoạch, ví dụ: 2025." },
  { key: "term", label: "Nhiệm kỳ", type: "term", help: "Nhiệm kỳ hiện tại, dạng 2025–2030." },
  {
    key: "levels",
    label: "Các cấp đơn vị",
    type: "choiceList",
    help: 'Các cấp đơn vị, ngăn cách bằng dấu chấm phẩy ";" (ví dụ: Thành phố; Phường, xã; Cơ sở).',
  },
  {
    key: "presetId",
    label: "Bộ chỉ tiêu",
    type: "text",
    help: "Mã bộ chỉ tiêu dùng khi chưa có trang Chỉ tiêu.",
  },
  // What the report to send up ("Báo cáo") needs for its heading and signature.
  {
    key: "parentBody",
    label: "Cấp trên trực tiếp",
    type: "text",
    help: "Ghi ở góc trái trên cùng của báo cáo, trên tên đơn vị, ví dụ: BCH TP. HỒ CHÍ MINH.",
  },
  {
    key: "placeName",
    label: "Địa danh",
    type: "text",
    help: "Ghi trước ngày tháng của báo cáo, ví dụ: Phường Tân Phú. Để trống thì lấy theo tên đơn vị.",
  },
  { key: "signerName", label: "Người ký", type: "text", help: "Họ và tên người ký báo cáo." },
  {
    key: "signerTitle",
    label: "Chức vụ người ký",
    type: "text",
    help: "Ghi dưới dòng TM. BAN THƯỜNG VỤ, ví dụ: Bí thư hoặc Phó Bí thư.",
  },
  {
    key: "recipients",
    label: "Nơi nhận",
    type: "text",
    help: "Nơi nhận báo cáo, ngăn cách bằng dấu chấm phẩy, ví dụ: Ban Tổ chức Thành Đoàn (để báo cáo); Lưu VP.",
  },
];

type ColumnOptions = Partial<Pick<ColumnTemplate, "options" | "keys" | "allowOther" | "width">>;

function column(
  key: string,
  header: string,
  type: ColumnType,
  required: boolean,
  help: string,
  more: ColumnOptions = {},
): ColumnTemplate {
  const width = more.width ?? (type === "date" || type === "boolean" ? 110 : type === "text" ? 200 : 160);
  return { key, header, type, required, help, ...more, width };
}

/** A choice column whose values are model keys shown by their labels. */
function choiceOf<K extends string>(labels: Record<K, string>, keys?: readonly K[]): ColumnOptions {
  const list = keys ? [...keys] : (Object.keys(labels) as K[]);
  return { options: list.map((k) => labels[k]), keys: list };
}

const yesNo = `${booleanLabels.true} hoặc ${booleanLabels.false}`;

/** Options of "Mức tối thiểu": every level label once; the requirement says which scale applies. */
const minimumLevelOptions = [
  ...new Set([
    ...Object.values(educationLabels),
    ...Object.values(politicalTheoryLabels),
    ...Object.values(languageLevelLabels),
  ]),
];

/** All sheet templates in creation order, the level lists taken from the settings. */
export function sheetTemplatesFor(levels: string[]): SheetTemplate[] {
  const levelOptions: ColumnOptions = { options: [...levels] };
  return [
    {
      id: "settings",
      name: "Cài đặt",
      help: "Thông tin chung của kế hoạch: mỗi dòng một mục.",
      columns: [
        column("item", "Mục", "text", true, "Tên mục cài đặt (giữ nguyên).", { width: 180 }),
        column("value", "Giá trị", "text", true, "Giá trị của mục.", { width: 320 }),
      ],
    },
    {
      id: "units",
      name: "Đơn vị",
      help: "Đơn vị lập kế hoạch và các cơ sở trực thuộc: mỗi dòng một đơn vị.",
      columns: [
        column("name", "Tên đơn vị", "text", true, "Tên đầy đủ, ví dụ: Đoàn trường THPT Tân Phú.", {
          width: 280,
        }),
        column("level", "Cấp", "choice", true, "Cấp của đơn vị (danh sách ở trang Cài đặt).", levelOptions),
        column("sector", "Khu vực", "choice", false, "Khu vực của cơ sở.", choiceOf(sectorLabels)),
        column("parent", "Đơn vị cấp trên", "text", false, "Tên đơn vị cấp trên trực tiếp.", { width: 240 }),
        column("notes", "Ghi chú", "text", false, ""),
      ],
    },
    {
      id: "cadres",
      name: "Cán bộ",
      help: "Cán bộ Đoàn – Hội – Đội: mỗi dòng một người, mỗi tổ chức một chức vụ.",
      columns: [
        column("id", "Mã cán bộ", "text", true, "Mã riêng của mỗi cán bộ, không trùng nhau (ví dụ CB001).", {
          width: 110,
        }),
        column("fullName", "Họ và tên", "text", true, "Họ và tên đầy đủ, có dấu.", { width: 220 }),
        column("dateOfBirth", "Ngày sinh", "date", false, "Ngày/tháng/năm, ví dụ 05/09/1995."),
        column("gender", "Giới tính", "choice", false, "Nam hoặc Nữ.", {
          ...choiceOf(genderLabels),
          width: 90,
        }),
        column("unit", "Đơn vị", "text", true, "Tên đơn vị, đúng như ở trang Đơn vị.", { width: 260 }),
        column("unionPost", "Chức vụ Đoàn", "choice", false, "Chức vụ trong Đoàn.", {
          ...choiceOf(postLabels, postsByOrganization.union),
          width: 200,
        }),
        column("unionSince", "Ngày nhận chức vụ Đoàn", "date", false, "Ngày nhận chức vụ Đoàn hiện tại."),
        column("federationPost", "Chức vụ Hội", "choice", false, "Chức vụ trong Hội LHTN.", {
          ...choiceOf(postLabels, postsByOrganization.federation),
          width: 200,
        }),
        column("federationSince", "Ngày nhận chức vụ Hội", "date", false, "Ngày nhận chức vụ Hội hiện tại."),
        column("pioneersPost", "Chức vụ Đội", "choice", false, "Chức vụ trong Đội.", {
          ...choiceOf(postLabels, postsByOrganization.pioneers),
          width: 200,
        }),
        column("pioneersSince", "Ngày nhận chức vụ Đội", "date", false, "Ngày nhận chức vụ Đội hiện tại."),
        column("fullTime", "Chuyên trách", "boolean", false, `${yesNo}.`),
        column(
          "education",
          "Trình độ chuyên môn",
          "choice",
          false,
          "Trình độ cao nhất.",
          choiceOf(educationLabels),
        ),
        column("politicalTheory", "Lý luận chính trị", "choice", false, "", choiceOf(politicalTheoryLabels)),
        column("languageLevel", "Ngoại ngữ", "choice", false, "Khung châu Âu (bậc Việt Nam).", {
          ...choiceOf(languageLevelLabels),
          width: 120,
        }),
        column("digitalSkills", "Chuyển đổi số", "choice", false, "", {
          ...choiceOf(digitalSkillLabels),
          width: 120,
        }),
        column("partyMember", "Đảng viên", "boolean", false, `${yesNo}.`),
        column("phone", "Điện thoại", "phone", false, "Số điện thoại, giữ số 0 đầu.", { width: 120 }),
        column("email", "Email", "email", false, "", { width: 220 }),
        column("notes", "Ghi chú", "text", false, ""),
      ],
    },
    {
      id: "trainings",
      name: "Đào tạo bồi dưỡng",
      help: "Các lớp đào tạo, bồi dưỡng, học tập cán bộ đã tham gia: mỗi dòng một lượt.",
      columns: [
        column("cadreId", "Mã cán bộ", "text", true, "Mã ở trang Cán bộ.", { width: 110 }),
        column(
          "kind",
          "Loại đào tạo",
          "choice",
          true,
          "Lớp trung cấp, cao cấp lý luận chính trị: chọn đúng cấp của lớp. " +
            '"Lý luận chính trị" là các lớp khác (sơ cấp, bồi dưỡng).',
          { ...choiceOf(trainingKindLabels), width: 240 },
        ),
        column("title", "Tên lớp, nội dung", "text", true, "", { width: 300 }),
        column("startDate", "Từ ngày", "date", true, ""),
        column("endDate", "Đến ngày", "date", false, "Để trống nếu học trong một ngày."),
        column("result", "Kết quả", "text", false, "", { width: 140 }),
        column("certificate", "Chứng chỉ, văn bằng", "text", false, "", { width: 180 }),
      ],
    },
    {
      id: "successions",
      name: "Quy hoạch",
      help: "Cán bộ trong quy hoạch: mỗi dòng một chức danh, một nhiệm kỳ.",
      columns: [
        column("cadreId", "Mã cán bộ", "text", true, "Mã ở trang Cán bộ.", { width: 110 }),
        column("unit", "Đơn vị", "text", true, "Đơn vị có chức danh quy hoạch.", { width: 260 }),
        column("post", "Chức danh quy hoạch", "choice", true, "", { ...choiceOf(postLabels), width: 200 }),
        column("term", "Nhiệm kỳ", "term", true, "Dạng 2027–2032.", { width: 110 }),
        column("status", "Tình trạng", "choice", true, "", choiceOf(successionStatusLabels)),
        column("notes", "Ghi chú", "text", false, ""),
      ],
    },
    {
      id: "rotations",
      name: "Luân chuyển bố trí",
      help: "Luân chuyển, bố trí, đề bạt cán bộ: mỗi dòng một quyết định.",
      columns: [
        column("cadreId", "Mã cán bộ", "text", true, "Mã ở trang Cán bộ.", { width: 110 }),
        column("kind", "Hình thức", "choice", true, "", choiceOf(rotationKindLabels)),
        column("fromUnit", "Từ đơn vị", "text", false, "", { width: 240 }),
        column("fromPost", "Từ chức vụ", "choice", false, "", { ...choiceOf(postLabels), width: 200 }),
        column("toUnit", "Đến đơn vị", "text", true, "", { width: 240 }),
        column("toPost", "Chức vụ mới", "choice", false, "", { ...choiceOf(postLabels), width: 200 }),
        column("date", "Ngày quyết định", "date", true, ""),
        column("notes", "Ghi chú", "text", false, ""),
      ],
    },
    {
      id: "reviews",
      name: "Đánh giá",
      help: "Nhận xét, đánh giá, phân loại cán bộ hằng năm.",
      columns: [
        column("cadreId", "Mã cán bộ", "text", true, "Mã ở trang Cán bộ.", { width: 110 }),
        column("year", "Năm", "integer", true, "", { width: 80 }),
        column("rating", "Xếp loại", "choice", true, "", { ...choiceOf(reviewRatingLabels), width: 240 }),
        column("notes", "Ghi chú", "text", false, ""),
      ],
    },
    {
      id: "submissions",
      name: "Nộp kế hoạch",
      help: "Văn bản cơ sở phải nộp: hạn nộp và ngày nhận.",
      columns: [
        column("unit", "Đơn vị", "text", true, "", { width: 260 }),
        column("document", "Văn bản", "text", true, "", { width: 280 }),
        column("deadline", "Hạn nộp", "date", true, ""),
        column("received", "Ngày nhận", "date", false, "Để trống nếu chưa nộp."),
        column("notes", "Ghi chú", "text", false, ""),
      ],
    },
    {
      id: "targets",
      name: "Chỉ tiêu",
      help: "Hệ thống chỉ tiêu: mỗi dòng một chỉ tiêu. Thêm, sửa, bỏ dòng để đổi chỉ tiêu.",
      columns: [
        column("id", "Mã", "text", true, "Mã chỉ tiêu, không trùng nhau.", { width: 80 }),
        column("text", "Nội dung chỉ tiêu", "text", true, "Chỉ tiêu như kế hoạch ghi.", { width: 360 }),
        column("source", "Trích dẫn", "text", false, "Vị trí trong kế hoạch.", { width: 160 }),
        column("subject", "Đối tượng", "choice", true, "Tính trên cán bộ, đơn vị hay lượt luân chuyển.", {
          ...choiceOf(targetSubjectLabels),
          width: 140,
        }),
        column(
          "posts",
          "Chức vụ",
          "choiceList",
          false,
          "Giữ một trong các chức vụ này.",
          choiceOf(postLabels),
        ),
        column("organizations", "Tổ chức", "choiceList", false, "Chức vụ thuộc Đoàn, Hội hay Đội.", {
          ...choiceOf(organizationLabels),
          width: 120,
        }),
        column("fullTime", "Chuyên trách", "boolean", false, `${yesNo}; để trống nếu không phân biệt.`),
        column(
          "newlyAssigned",
          "Mới nhận nhiệm vụ",
          "boolean",
          false,
          "Nhận chức vụ trong thời gian chỉ tiêu.",
        ),
        column("levels", "Cấp đơn vị", "choiceList", false, "Cấp của đơn vị (danh sách ở trang Cài đặt).", {
          ...levelOptions,
          allowOther: true,
        }),
        column("sectors", "Khu vực", "choiceList", false, "", choiceOf(sectorLabels)),
        column("unitNameContains", "Tên đơn vị có chứa", "choiceList", false, "Ví dụ: THPT; Cao đẳng."),
        column(
          "fromPosts",
          "Từ chức vụ",
          "choiceList",
          false,
          "Luân chuyển: chức vụ cũ.",
          choiceOf(postLabels),
        ),
        column("fromUnitNameContains", "Từ đơn vị có chứa", "choiceList", false, "Luân chuyển: đơn vị cũ."),
        column("rotationKinds", "Loại luân chuyển", "choiceList", false, "", choiceOf(rotationKindLabels)),
        column("requirement", "Yêu cầu", "choice", true, "Mỗi đối tượng được tính phải đạt điều gì.", {
          ...choiceOf(requirementChoices),
          width: 220,
        }),
        column("trainingKinds", "Loại đào tạo", "choiceList", false, "Với yêu cầu đào tạo, bồi dưỡng.", {
          ...choiceOf(trainingKindLabels),
          width: 240,
        }),
        column(
          "minCount",
          "Số lần tối thiểu mỗi người",
          "integer",
          false,
          "Với yêu cầu đào tạo; mặc định 1.",
        ),
        column("minLevel", "Mức tối thiểu", "choice", false, "Với yêu cầu trình độ, lý luận, ngoại ngữ.", {
          options: minimumLevelOptions,
        }),
        column("document", "Văn bản", "text", false, "Với yêu cầu nộp văn bản: tên văn bản có chứa.", {
          width: 240,
        }),
        column("successionPosts", "Chức danh quy hoạch", "choiceList", false, "Với yêu cầu có quy hoạch.", {
          ...choiceOf(postLabels),
          width: 200,
        }),
        column(
          "terms",
          "Nhiệm kỳ",
          "choiceList",
          false,
          "Với yêu cầu có quy hoạch, ví dụ: 2022–2027; 2027–2032.",
        ),
        column("measure", "Cách tính", "choice", true, "", { ...choiceOf(measureChoices), width: 140 }),
        column("value", "Chỉ tiêu", "number", true, "Tỉ lệ % hoặc số lượng.", { width: 90 }),
        column("from", "Từ ngày", "date", true, "Đầu thời gian tính chỉ tiêu."),
        column("to", "Đến ngày", "date", true, "Cuối thời gian tính chỉ tiêu."),
      ],
    },
  ];
}

export const sheetTemplates: SheetTemplate[] = sheetTemplatesFor(defaultLevels);

export function templateById(id: SheetId, templates: SheetTemplate[] = sheetTemplates): SheetTemplate {
  const found = templates.find((t) => t.id === id);
  if (!found) throw new Error(`Không có mẫu trang "${id}".`);
  return found;
}
