// One definition per sheet: its Vietnamese name, its columns and how staff may word them. A data
// column's rule (type, required, allowed values) comes from its field's schema in ../model.ts; what
// is written here is only how the column looks: header, other headers, help, width, labels.
import {
  booleanLabels,
  digitalSkillAliases,
  digitalSkillLabels,
  educationAliases,
  educationLabels,
  fullTimeAliases,
  fullTimeLabels,
  genderLabels,
  languageLevelAliases,
  languageLevelLabels,
  organizationLabels,
  politicalTheoryAliases,
  politicalTheoryLabels,
  postAliases,
  postLabels,
  reviewRatingLabels,
  rotationKindLabels,
  sectorLabels,
  successionStatusLabels,
  targetSubjectLabels,
  trainingKindLabels,
} from "../labels";
import {
  CadreSchema,
  type CellKind,
  type Organization,
  PositionSchema,
  type Post,
  ReviewSchema,
  RotationRecordSchema,
  StandardSchema,
  SubmissionSchema,
  SuccessionEntrySchema,
  TrainingRecordSchema,
  UnitSchema,
} from "../model";
import { requirementChoices, requirementColumns } from "../targets/kinds";
import { z } from "../zod";
import { type ColumnOptions, choiceOf, column, defaultWidth } from "./column";
import type { ColumnTemplate, ColumnType, Settings, SheetId, SheetTemplate } from "./types";

export const defaultLevels = ["Thành phố", "Phường, xã", "Cơ sở"];

/** The preset new workbooks start with: the ward plan of the settings' year and term. */
export const defaultPresetId = "ke-hoach-phuong";

/**
 * The term a plan year falls in: five-year terms from 2025 (ward unions' congresses after the 2025
 * reorganisation), and from 2022 before that. A default only: the settings say the term.
 */
export function termOfYear(year: number): string {
  const first = year >= 2025 ? 2025 : 2022;
  const start = first + 5 * Math.floor((year - first) / 5);
  return `${start}–${start + 5}`;
}

export const defaultSettings: Settings = {
  unitName: "",
  planYear: 2026,
  term: "2025–2030",
  levels: defaultLevels,
  presetId: defaultPresetId,
  keyPosts: ["secretary", "deputySecretary"],
  minCandidates: 2,
  ageRule: "year",
  parentBody: "BCH TP. HỒ CHÍ MINH",
  placeName: "",
  signerName: "",
  signerTitle: "Bí thư",
  recipients: "Ban Tổ chức Thành Đoàn (để báo cáo); Lưu VP",
};

/** How the settings sheet names the ways of counting an age. */
export const ageRuleLabels: Record<Settings["ageRule"], string> = {
  year: "Theo năm sinh",
  date: "Theo ngày sinh",
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

export { requirementChoices };

export const measureChoices = { share: "Tỉ lệ %", count: "Số lượng tối thiểu" } as const;

/** The "Chuyên trách" column of the targets sheet: which cadres a target counts by their status. */
export const fullTimeChoices = {
  fullTime: "Chuyên trách",
  fullOrPartTime: "Chuyên trách hoặc bán chuyên trách",
  partTime: "Bán chuyên trách",
  notFullTime: "Không chuyên trách (kể cả bán chuyên trách)",
} as const;

/** The settings sheet is a list of items (Mục | Giá trị), not a table. */
export const settingItems: Array<{
  key: keyof Settings;
  label: string;
  aliases: string[];
  type: ColumnType;
  help: string;
  /** The values a choice item offers, with their keys. */
  choices?: ColumnOptions;
}> = [
  {
    key: "unitName",
    label: "Tên đơn vị",
    aliases: ["Đơn vị", "Tên đơn vị lập kế hoạch"],
    type: "text",
    help: "Tên đơn vị lập kế hoạch, ví dụ: Đoàn phường Tân Phú. Tên này đứng trong tiêu đề các báo cáo.",
  },
  {
    key: "planYear",
    label: "Năm kế hoạch",
    aliases: ["Năm"],
    type: "integer",
    help: "Năm của kế hoạch, ví dụ: 2026.",
  },
  {
    key: "term",
    label: "Nhiệm kỳ",
    aliases: ["Nhiệm kỳ hiện tại"],
    type: "term",
    help: "Nhiệm kỳ hiện tại, dạng 2025–2030.",
  },
  {
    key: "levels",
    label: "Các cấp đơn vị",
    aliases: ["Cấp đơn vị", "Các cấp"],
    type: "choiceList",
    help: 'Các cấp đơn vị, ngăn cách bằng dấu chấm phẩy ";" (ví dụ: Thành phố; Phường, xã; Cơ sở).',
  },
  {
    key: "presetId",
    label: "Bộ chỉ tiêu",
    aliases: ["Kế hoạch mẫu", "Bộ chỉ tiêu mẫu"],
    type: "text",
    help:
      'Kế hoạch mẫu mà trang "Chỉ tiêu" lấy theo. Đổi bằng menu "Chọn kế hoạch mẫu" ' +
      '(trang "Chỉ tiêu" đã sửa tay sẽ được hỏi trước khi thay).',
  },
  {
    key: "keyPosts",
    label: "Chức danh chủ chốt",
    aliases: ["Chức danh chủ chốt quy hoạch"],
    type: "choiceList",
    help: "Quy hoạch: mỗi đơn vị phải có đủ người quy hoạch cho các chức danh này, ví dụ: Bí thư; Phó Bí thư.",
    choices: choiceOf(postLabels),
  },
  {
    key: "minCandidates",
    label: "Số người quy hoạch tối thiểu",
    aliases: ["Số nhân sự quy hoạch tối thiểu"],
    type: "integer",
    help: "Quy hoạch: số người tối thiểu cho mỗi chức danh chủ chốt, mỗi nhiệm kỳ (thường là 2).",
  },
  {
    key: "ageRule",
    label: "Cách tính tuổi",
    aliases: ["Tính tuổi"],
    type: "choice",
    help:
      "Theo năm sinh: tuổi = năm xét − năm sinh (như hướng dẫn nhân sự đại hội Đoàn); " +
      "theo ngày sinh: đủ tuổi tính đến ngày xét.",
    choices: choiceOf(ageRuleLabels),
  },
  // What the report to send up ("Báo cáo") needs for its heading and signature.
  {
    key: "parentBody",
    label: "Cấp trên trực tiếp",
    aliases: ["Cấp trên", "Đơn vị cấp trên"],
    type: "text",
    help: "Ghi ở góc trái trên cùng của báo cáo, trên tên đơn vị, ví dụ: BCH TP. HỒ CHÍ MINH.",
  },
  {
    key: "placeName",
    label: "Địa danh",
    aliases: ["Nơi ban hành"],
    type: "text",
    help: "Ghi trước ngày tháng của báo cáo, ví dụ: Phường Tân Phú. Để trống thì lấy theo tên đơn vị.",
  },
  {
    key: "signerName",
    label: "Người ký",
    aliases: ["Họ tên người ký", "Bí thư"],
    type: "text",
    help: "Họ và tên người ký báo cáo.",
  },
  {
    key: "signerTitle",
    label: "Chức vụ người ký",
    aliases: ["Chức danh người ký"],
    type: "text",
    help: "Ghi dưới dòng TM. BAN THƯỜNG VỤ, ví dụ: Bí thư hoặc Phó Bí thư.",
  },
  {
    key: "recipients",
    label: "Nơi nhận",
    aliases: [],
    type: "text",
    help: "Nơi nhận báo cáo, ngăn cách bằng dấu chấm phẩy, ví dụ: Ban Tổ chức Thành Đoàn (để báo cáo); Lưu VP.",
  },
];

type Looks = {
  aliases?: string[];
  help: string;
  width?: number;
  /** Labels of an enum field's values (shown in the dropdown) and their other spellings. */
  labels?: Record<string, string>;
  valueAliases?: Record<string, string[]>;
  /** The values offered, when fewer than the enum's (posts of one organisation). */
  keys?: readonly string[];
};

/** A column whose rule comes from the field's schema: its cell kind, its enum values, whether it is optional. */
function fieldColumn(key: string, schema: z.ZodType, header: string, looks: Looks): ColumnTemplate {
  let inner = schema;
  const required = !(inner instanceof z.ZodOptional);
  if (inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  const cell = (z.globalRegistry.get(inner) as { cell?: CellKind } | undefined)?.cell;
  let type: ColumnType;
  let keys: string[] | undefined;
  if (cell) type = cell;
  else if (inner instanceof z.ZodEnum) {
    type = "choice";
    keys = [...(looks.keys ?? (inner.options as string[]))];
  } else if (inner instanceof z.ZodBoolean) type = "boolean";
  else if (inner instanceof z.ZodNumber) type = inner.isInt ? "integer" : "number";
  else if (inner instanceof z.ZodString) type = "text";
  else throw new Error(`Cột "${header}": kiểu dữ liệu chưa có quy tắc đọc ô.`);
  const column: ColumnTemplate = {
    key,
    header,
    aliases: looks.aliases ?? [],
    type,
    required,
    help: looks.help,
    width: looks.width ?? defaultWidth(type),
    fieldSchema: inner,
  };
  if (keys) {
    const labels = looks.labels ?? {};
    column.keys = keys;
    column.options = keys.map((k) => labels[k] ?? k);
    column.optionAliases = keys.map((k) => looks.valueAliases?.[k] ?? []);
  }
  return column;
}

/** fieldColumn for every field of an object schema, in the order given. */
function columnsOf<S extends z.ZodObject>(
  schema: S,
  looks: Array<[key: keyof S["shape"] & string, header: string, looks: Looks]>,
): ColumnTemplate[] {
  return looks.map(([key, header, l]) => fieldColumn(key, schema.shape[key] as z.ZodType, header, l));
}

const yesNo = `${booleanLabels.true} hoặc ${booleanLabels.false}`;
const idAliases = ["Mã", "Mã CB", "Mã số", "Mã số cán bộ", "Mã cán bộ (CB)", "ID"];

const position = PositionSchema.shape;

function postColumn(organization: Organization, header: string, help: string): ColumnTemplate {
  const p = positionColumns.find((c) => c.organization === organization)!;
  const name = organizationLabels[organization];
  return fieldColumn(p.post, position.post.optional(), header, {
    aliases: [`Chức vụ trong ${name}`, `Chức vụ ${name} hiện tại`, `Chức danh ${name}`],
    help,
    width: 200,
    labels: postLabels,
    valueAliases: postAliases,
    keys: postsByOrganization[organization],
  });
}

function sinceColumn(organization: Organization): ColumnTemplate {
  const p = positionColumns.find((c) => c.organization === organization)!;
  const name = organizationLabels[organization];
  return fieldColumn(p.since, position.since, `Ngày nhận chức vụ ${name}`, {
    aliases: [`Ngày nhận nhiệm vụ ${name}`, `Ngày giữ chức vụ ${name}`],
    help: `Ngày nhận chức vụ ${name} hiện tại.`,
  });
}

/** All sheet templates in creation order, the level lists taken from the settings. */
export function sheetTemplatesFor(levels: string[]): SheetTemplate[] {
  const levelOptions: ColumnOptions = { options: [...levels] };
  const cadreColumns = columnsOf(CadreSchema, [
    [
      "id",
      "Mã cán bộ",
      {
        aliases: idAliases,
        help: "Mã riêng của mỗi cán bộ, không trùng nhau (ví dụ CB001).",
        width: 110,
      },
    ],
    [
      "fullName",
      "Họ và tên",
      {
        aliases: ["Họ tên", "Họ và tên cán bộ", "Họ tên cán bộ", "Tên cán bộ", "Họ, tên"],
        help: "Họ và tên đầy đủ, có dấu, đúng như trên căn cước.",
        width: 220,
      },
    ],
    [
      "dateOfBirth",
      "Ngày sinh",
      {
        aliases: ["Ngày tháng năm sinh", "Ngày, tháng, năm sinh", "Sinh ngày", "NS"],
        help: "Ngày/tháng/năm, ví dụ 05/09/1995. Bảng tính cần đặt khu vực Việt Nam (Tệp → Cài đặt) để ngày gõ vào được hiểu đúng.",
      },
    ],
    [
      "gender",
      "Giới tính",
      { aliases: ["Phái", "Nam/Nữ", "Giới"], help: "Nam hoặc Nữ.", width: 90, labels: genderLabels },
    ],
  ]);
  const [idColumn, nameColumn, birthColumn, genderColumn] = cadreColumns;
  return [
    {
      id: "settings",
      name: "Cài đặt",
      aliases: ["Thiết lập", "Thông tin chung", "Cấu hình"],
      help: "Thông tin chung của kế hoạch: mỗi dòng một mục.",
      columns: [
        column("item", "Mục", "text", true, "Tên mục cài đặt (giữ nguyên).", { width: 180 }),
        column("value", "Giá trị", "text", true, "Giá trị của mục.", { width: 320 }),
      ],
    },
    {
      id: "units",
      name: "Đơn vị",
      aliases: ["Danh sách đơn vị", "DS đơn vị", "Cơ sở Đoàn", "Danh sách cơ sở Đoàn", "Cơ sở"],
      help: "Đơn vị lập kế hoạch và các cơ sở trực thuộc: mỗi dòng một đơn vị.",
      columns: [
        ...columnsOf(UnitSchema, [
          [
            "name",
            "Tên đơn vị",
            {
              aliases: ["Đơn vị", "Tên cơ sở", "Cơ sở Đoàn", "Tên cơ sở Đoàn", "Tên chi đoàn"],
              help: "Tên đầy đủ, ví dụ: Đoàn trường THPT Tân Phú.",
              width: 280,
            },
          ],
        ]),
        // Its values are the settings' levels: data, not an enum of the schema.
        {
          ...column("level", "Cấp", "choice", true, "Cấp của đơn vị (danh sách ở trang Cài đặt).", {
            ...levelOptions,
            aliases: ["Cấp đơn vị", "Cấp độ"],
          }),
          fieldSchema: UnitSchema.shape.level,
        },
        ...columnsOf(UnitSchema, [
          [
            "sector",
            "Khu vực",
            { aliases: ["Khối", "Khu vực hoạt động"], help: "Khu vực của cơ sở.", labels: sectorLabels },
          ],
          [
            "parent",
            "Đơn vị cấp trên",
            { aliases: ["Trực thuộc", "Cấp trên"], help: "Tên đơn vị cấp trên trực tiếp.", width: 240 },
          ],
          [
            "specialArea",
            "Vùng đặc biệt",
            {
              aliases: ["Vùng đặc biệt khó khăn", "Vùng khó khăn"],
              help:
                "Có nếu đơn vị ở vùng đặc biệt khó khăn, biên giới, hải đảo, vùng dân tộc thiểu số: " +
                'tiêu chuẩn chức danh dùng các cột "vùng đặc biệt".',
            },
          ],
          ["notes", "Ghi chú", { help: "" }],
        ]),
      ],
    },
    {
      id: "cadres",
      name: "Cán bộ",
      aliases: ["Danh sách cán bộ", "DS cán bộ", "Cán bộ Đoàn", "Cán bộ Đoàn – Hội – Đội", "Nhân sự"],
      help: "Cán bộ Đoàn – Hội – Đội: mỗi dòng một người, mỗi tổ chức một chức vụ.",
      columns: [
        idColumn!,
        nameColumn!,
        birthColumn!,
        genderColumn!,
        ...columnsOf(CadreSchema, [
          [
            "unit",
            "Đơn vị",
            {
              aliases: ["Đơn vị công tác", "Cơ sở Đoàn", "Nơi công tác", "Chi đoàn", "Đơn vị sinh hoạt"],
              help: "Tên đơn vị, đúng như ở trang Đơn vị.",
              width: 260,
            },
          ],
        ]),
        postColumn("union", "Chức vụ Đoàn", "Chức vụ trong Đoàn."),
        sinceColumn("union"),
        postColumn("federation", "Chức vụ Hội", "Chức vụ trong Hội LHTN."),
        sinceColumn("federation"),
        postColumn("pioneers", "Chức vụ Đội", "Chức vụ trong Đội."),
        sinceColumn("pioneers"),
        ...columnsOf(CadreSchema, [
          [
            "fullTime",
            "Chuyên trách",
            {
              aliases: ["Chuyên trách/Bán chuyên trách", "CT/BCT", "Loại cán bộ"],
              help: `Chuyên trách (${booleanLabels.true}), Bán chuyên trách, hoặc Không chuyên trách (${booleanLabels.false}).`,
              width: 150,
              labels: fullTimeLabels,
              valueAliases: fullTimeAliases,
            },
          ],
          [
            "education",
            "Trình độ chuyên môn",
            {
              aliases: ["Trình độ", "Trình độ học vấn", "Trình độ đào tạo", "Học vấn", "Chuyên môn"],
              help: 'Trình độ cao nhất. Viết "Cử nhân", "Kỹ sư", "ĐH" cũng được hiểu là Đại học.',
              labels: educationLabels,
              valueAliases: educationAliases,
            },
          ],
          [
            "politicalTheory",
            "Lý luận chính trị",
            {
              aliases: ["LLCT", "Trình độ LLCT", "Trình độ lý luận chính trị", "Trình độ chính trị"],
              help: 'Ví dụ "Trung cấp", "Trung cấp LLCT", "TC LLCT".',
              labels: politicalTheoryLabels,
              valueAliases: politicalTheoryAliases,
            },
          ],
          [
            "languageLevel",
            "Ngoại ngữ",
            {
              aliases: ["Trình độ ngoại ngữ", "Tiếng Anh", "Anh văn"],
              help: 'Khung châu Âu (bậc Việt Nam): "B1" hay "Bậc 3" là một.',
              width: 120,
              labels: languageLevelLabels,
              valueAliases: languageLevelAliases,
            },
          ],
          [
            "digitalSkills",
            "Chuyển đổi số",
            {
              aliases: ["CĐS", "Kỹ năng chuyển đổi số", "Kỹ năng số"],
              help: "",
              width: 120,
              labels: digitalSkillLabels,
              valueAliases: digitalSkillAliases,
            },
          ],
          ["partyMember", "Đảng viên", { aliases: ["ĐV", "Là Đảng viên"], help: `${yesNo}.` }],
          [
            "phone",
            "Điện thoại",
            {
              aliases: ["SĐT", "Số điện thoại", "ĐT", "Di động", "Số ĐT", "Điện thoại di động"],
              help: "Số điện thoại, giữ số 0 đầu.",
              width: 120,
            },
          ],
          [
            "email",
            "Email",
            { aliases: ["E-mail", "Thư điện tử", "Địa chỉ email", "Mail", "Gmail"], help: "", width: 220 },
          ],
          [
            "idNumber",
            "Số CCCD",
            {
              aliases: [
                "CCCD",
                "CMND/CCCD",
                "Số CMND/CCCD",
                "Căn cước công dân",
                "Số căn cước",
                "Số căn cước công dân",
                "Số định danh",
                "Số định danh cá nhân",
              ],
              help: "Số căn cước công dân (số định danh cá nhân): 12 chữ số, giữ số 0 đầu.",
              width: 130,
            },
          ],
          ["ethnicity", "Dân tộc", { help: "Ví dụ: Kinh.", width: 100 }],
          ["religion", "Tôn giáo", { help: "Ví dụ: Không.", width: 100 }],
          ["hometown", "Quê quán", { aliases: ["Nguyên quán", "Quê"], help: "", width: 200 }],
          [
            "currentAddress",
            "Nơi ở hiện nay",
            { aliases: ["Chỗ ở hiện nay", "Nơi ở", "Địa chỉ", "Địa chỉ liên hệ"], help: "", width: 260 },
          ],
          [
            "unionJoinDate",
            "Ngày vào Đoàn",
            { aliases: ["Ngày kết nạp Đoàn", "Ngày vào Đoàn TNCS Hồ Chí Minh"], help: "" },
          ],
          [
            "partyJoinDate",
            "Ngày vào Đảng",
            { aliases: ["Ngày kết nạp Đảng", "Ngày vào Đảng CSVN"], help: "Để trống nếu chưa là Đảng viên." },
          ],
          ["notes", "Ghi chú", { help: "" }],
        ]),
      ],
    },
    {
      id: "trainings",
      name: "Đào tạo bồi dưỡng",
      aliases: ["Đào tạo, bồi dưỡng", "Đào tạo", "Bồi dưỡng", "ĐTBD", "Tập huấn", "Lớp học"],
      help: "Các lớp đào tạo, bồi dưỡng, học tập cán bộ đã tham gia: mỗi dòng một lượt.",
      columns: columnsOf(TrainingRecordSchema, [
        ["cadreId", "Mã cán bộ", { aliases: idAliases, help: "Mã ở trang Cán bộ.", width: 110 }],
        [
          "kind",
          "Loại đào tạo",
          {
            aliases: ["Loại", "Loại hình", "Loại lớp", "Hình thức"],
            help:
              "Lớp trung cấp, cao cấp lý luận chính trị: chọn đúng cấp của lớp. " +
              '"Lý luận chính trị" là các lớp khác (sơ cấp, bồi dưỡng).',
            width: 240,
            labels: trainingKindLabels,
          },
        ],
        [
          "title",
          "Tên lớp, nội dung",
          {
            aliases: ["Tên lớp", "Nội dung", "Tên lớp học", "Lớp", "Khóa học", "Tên khóa học"],
            help: "",
            width: 300,
          },
        ],
        ["startDate", "Từ ngày", { aliases: ["Ngày bắt đầu", "Bắt đầu", "Ngày học", "Từ"], help: "" }],
        [
          "endDate",
          "Đến ngày",
          { aliases: ["Ngày kết thúc", "Kết thúc", "Đến"], help: "Để trống nếu học trong một ngày." },
        ],
        ["result", "Kết quả", { aliases: ["Xếp loại", "Kết quả học tập"], help: "", width: 140 }],
        [
          "certificate",
          "Chứng chỉ, văn bằng",
          { aliases: ["Chứng chỉ", "Văn bằng", "Giấy chứng nhận"], help: "", width: 180 },
        ],
      ]),
    },
    {
      id: "successions",
      name: "Quy hoạch",
      aliases: ["Quy hoạch cán bộ", "Danh sách quy hoạch"],
      help: "Cán bộ trong quy hoạch: mỗi dòng một chức danh, một nhiệm kỳ.",
      columns: columnsOf(SuccessionEntrySchema, [
        ["cadreId", "Mã cán bộ", { aliases: idAliases, help: "Mã ở trang Cán bộ.", width: 110 }],
        [
          "unit",
          "Đơn vị",
          { aliases: ["Đơn vị quy hoạch"], help: "Đơn vị có chức danh quy hoạch.", width: 260 },
        ],
        [
          "post",
          "Chức danh quy hoạch",
          {
            aliases: ["Chức danh", "Chức vụ quy hoạch"],
            help: "",
            width: 200,
            labels: postLabels,
            valueAliases: postAliases,
          },
        ],
        ["term", "Nhiệm kỳ", { aliases: ["Nhiệm kỳ quy hoạch"], help: "Dạng 2030–2035.", width: 110 }],
        ["status", "Tình trạng", { aliases: ["Trạng thái"], help: "", labels: successionStatusLabels }],
        ["notes", "Ghi chú", { help: "" }],
      ]),
    },
    {
      id: "standards",
      name: "Tiêu chuẩn chức danh",
      aliases: ["Tiêu chuẩn", "Tiêu chuẩn cán bộ", "Chuẩn chức danh"],
      help:
        "Tiêu chuẩn của từng chức danh ở từng cấp (độ tuổi, trình độ, lý luận chính trị) để kiểm tra quy hoạch. " +
        "Sửa, thêm dòng theo văn bản đơn vị áp dụng; ô trống là không giới hạn.",
      columns: [
        ...columnsOf(StandardSchema, [
          [
            "post",
            "Chức danh",
            { aliases: ["Chức vụ"], help: "", width: 200, labels: postLabels, valueAliases: postAliases },
          ],
        ]),
        {
          ...column("level", "Cấp", "choice", true, "Cấp của đơn vị (danh sách ở trang Cài đặt).", {
            ...levelOptions,
            aliases: ["Cấp đơn vị"],
          }),
          fieldSchema: StandardSchema.shape.level,
        },
        ...columnsOf(StandardSchema, [
          [
            "firstMaxAge",
            "Tuổi tối đa lần đầu giữ chức",
            {
              aliases: ["Tuổi lần đầu"],
              help: "Không quá bao nhiêu tuổi khi được bầu, bổ nhiệm lần đầu.",
              width: 120,
            },
          ],
          [
            "holdMaxAge",
            "Tuổi tối đa khi giữ chức",
            {
              aliases: ["Tuổi giữ chức"],
              help: "Không quá bao nhiêu tuổi trong thời gian giữ chức.",
              width: 120,
            },
          ],
          [
            "minEducation",
            "Trình độ chuyên môn tối thiểu",
            {
              aliases: ["Trình độ tối thiểu"],
              help: "",
              labels: educationLabels,
              valueAliases: educationAliases,
            },
          ],
          [
            "minPoliticalTheory",
            "Lý luận chính trị tối thiểu",
            {
              aliases: ["LLCT tối thiểu"],
              help: "",
              labels: politicalTheoryLabels,
              valueAliases: politicalTheoryAliases,
            },
          ],
          [
            "specialHoldMaxAge",
            "Tuổi tối đa khi giữ chức (vùng đặc biệt)",
            { help: 'Với đơn vị có "Vùng đặc biệt" ở trang Đơn vị; để trống nếu như trên.', width: 140 },
          ],
          [
            "specialMinEducation",
            "Trình độ chuyên môn tối thiểu (vùng đặc biệt)",
            {
              help: 'Với đơn vị có "Vùng đặc biệt"; để trống nếu như trên.',
              labels: educationLabels,
              valueAliases: educationAliases,
            },
          ],
          [
            "source",
            "Căn cứ",
            { aliases: ["Văn bản"], help: "Văn bản và điều, khoản quy định.", width: 300 },
          ],
          ["notes", "Ghi chú", { help: "", width: 320 }],
        ]),
      ],
    },
    {
      id: "rotations",
      name: "Luân chuyển bố trí",
      aliases: ["Luân chuyển, bố trí", "Luân chuyển", "Bố trí", "Luân chuyển cán bộ"],
      help: "Luân chuyển, bố trí, đề bạt cán bộ: mỗi dòng một quyết định.",
      columns: columnsOf(RotationRecordSchema, [
        ["cadreId", "Mã cán bộ", { aliases: idAliases, help: "Mã ở trang Cán bộ.", width: 110 }],
        ["kind", "Hình thức", { aliases: ["Loại"], help: "", labels: rotationKindLabels }],
        ["fromUnit", "Từ đơn vị", { aliases: ["Đơn vị cũ"], help: "", width: 240 }],
        [
          "fromPost",
          "Từ chức vụ",
          { aliases: ["Chức vụ cũ"], help: "", width: 200, labels: postLabels, valueAliases: postAliases },
        ],
        ["toUnit", "Đến đơn vị", { aliases: ["Đơn vị mới"], help: "", width: 240 }],
        [
          "toPost",
          "Chức vụ mới",
          { aliases: ["Đến chức vụ"], help: "", width: 200, labels: postLabels, valueAliases: postAliases },
        ],
        ["date", "Ngày quyết định", { aliases: ["Ngày", "Ngày QĐ"], help: "" }],
        ["notes", "Ghi chú", { help: "" }],
      ]),
    },
    {
      id: "reviews",
      name: "Đánh giá",
      aliases: ["Đánh giá xếp loại", "Xếp loại", "Đánh giá cán bộ"],
      help: "Nhận xét, đánh giá, phân loại cán bộ hằng năm.",
      columns: columnsOf(ReviewSchema, [
        ["cadreId", "Mã cán bộ", { aliases: idAliases, help: "Mã ở trang Cán bộ.", width: 110 }],
        ["year", "Năm", { aliases: ["Năm đánh giá"], help: "", width: 80 }],
        ["rating", "Xếp loại", { aliases: ["Kết quả"], help: "", width: 240, labels: reviewRatingLabels }],
        ["notes", "Ghi chú", { help: "" }],
      ]),
    },
    {
      id: "submissions",
      name: "Nộp kế hoạch",
      aliases: ["Nộp văn bản", "Văn bản nộp", "Tình hình nộp"],
      help: "Văn bản cơ sở phải nộp: hạn nộp và ngày nhận.",
      columns: columnsOf(SubmissionSchema, [
        ["unit", "Đơn vị", { aliases: ["Đơn vị nộp", "Cơ sở Đoàn"], help: "", width: 260 }],
        ["document", "Văn bản", { aliases: ["Tên văn bản", "Loại văn bản"], help: "", width: 280 }],
        ["deadline", "Hạn nộp", { aliases: ["Thời hạn", "Hạn"], help: "" }],
        ["received", "Ngày nhận", { aliases: ["Ngày nộp", "Đã nộp ngày"], help: "Để trống nếu chưa nộp." }],
        ["notes", "Ghi chú", { help: "" }],
      ]),
    },
    {
      id: "targets",
      name: "Chỉ tiêu",
      aliases: ["Hệ thống chỉ tiêu", "Danh sách chỉ tiêu"],
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
        column(
          "fullTime",
          "Chuyên trách",
          "choice",
          false,
          "Để trống nếu không phân biệt. Cán bộ bán chuyên trách chỉ được tính khi ô này nói đến.",
          { ...choiceOf(fullTimeChoices), width: 160 },
        ),
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
          options: Object.values(requirementChoices),
          keys: Object.keys(requirementChoices),
          width: 220,
        }),
        ...requirementColumns,
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
