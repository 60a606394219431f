import { describe, expect, it } from "vitest";
import {
  cleanLabel,
  dateFormatOf,
  type FormFieldInfo,
  findOption,
  labelSimilarity,
  levelOf,
  matchFields,
  valueFor,
} from "../../shared/form-match";
import type { PayloadField } from "../../shared/payload";
import { anFields, exportedFields } from "./sample-payload";

const field = (
  id: string,
  kind: FormFieldInfo["kind"],
  label: string,
  options?: string[],
  extra: Partial<FormFieldInfo> = {},
): FormFieldInfo => ({
  id,
  kind,
  labels: [{ text: label, source: "label" }],
  ...(options ? { options } : {}),
  ...extra,
});
const byKey = (key: string): PayloadField => anFields.find((f) => f.key === key)!;
const exported = (key: string): PayloadField => exportedFields.find((f) => f.key === key)!;
const pairs = (fields: FormFieldInfo[], payload = exportedFields) =>
  matchFields(fields, payload).matches.map((m) => [m.fieldId, m.payloadKey]);

describe("labels", () => {
  it("cleans decorations and folds Vietnamese", () => {
    expect(cleanLabel("1. Họ và tên *")).toBe("ho va ten");
    expect(cleanLabel("Ngày sinh: (bắt buộc)")).toBe("ngay sinh");
    expect(cleanLabel("Đơn vị")).toBe("don vi");
  });

  it("strips outline numbering of any shape, and keeps numbers inside the label", () => {
    expect(cleanLabel("15.3) Lý luận chính trị")).toBe("ly luan chinh tri");
    expect(cleanLabel("5.Giới tính:")).toBe("gioi tinh");
    expect(cleanLabel("6.Ngày sinh:")).toBe("ngay sinh");
    expect(cleanLabel("6, Dân tôc:")).toBe("dan toc");
    expect(cleanLabel("II. Quá trình công tác")).toBe("qua trinh cong tac");
    expect(cleanLabel("a) Họ tên")).toBe("ho ten");
    expect(cleanLabel("(2) Dân tộc")).toBe("dan toc");
    expect(cleanLabel("15.3 Lý luận")).toBe("ly luan");
    expect(cleanLabel("Câu 3: Email")).toBe("email");
    expect(cleanLabel("Chỉ tiêu 3 (%)")).toBe("chi tieu 3 (%)");
    // Not numbering: a date, a school grade, a year.
    expect(cleanLabel("09.03.1995")).toBe("09.03.1995");
    expect(cleanLabel("12/12")).toBe("12/12");
    expect(cleanLabel("2025")).toBe("2025");
  });

  it("drops a date format hint from the label and tells which format it asks", () => {
    expect(cleanLabel("Ngày sinh (dd/mm/yyyy)")).toBe("ngay sinh");
    expect(cleanLabel("Ngày sinh (ngày/tháng/năm)")).toBe("ngay sinh");
    expect(dateFormatOf("Ngày sinh (dd/mm/yyyy)")).toBe("dmy");
    expect(dateFormatOf("yyyy-mm-dd")).toBe("iso");
    expect(dateFormatOf("mm/dd/yyyy")).toBe("mdy");
    expect(dateFormatOf("Ngày sinh")).toBeUndefined();
  });

  it("scores the same, contained, related and different labels in that order", () => {
    expect(labelSimilarity("Hoà", "HÒA")).toBe(1);
    expect(labelSimilarity("Họ tên", "Họ và tên")).toBeGreaterThanOrEqual(0.6);
    expect(labelSimilarity("Ngày sinh", "Ngày vào Đoàn")).toBeLessThan(0.6);
    expect(labelSimilarity("Tên đơn vị", "Số điện thoại")).toBe(0);
    expect(labelSimilarity("Chỉ tiêu 3: tỷ lệ đoàn viên", "Chỉ tiêu 4: tỷ lệ đoàn viên")).toBe(0);
    expect(labelSimilarity("Chỉ tiêu 3", "3. Chỉ tiêu 3 (%)")).toBeGreaterThanOrEqual(0.6);
    expect(labelSimilarity("Chỉ tiêu T01 – số đạt", "Chỉ tiêu T02 – số đạt")).toBe(0);
  });

  it("a label's head noun must agree, and a label about someone else is another question", () => {
    expect(labelSimilarity("Phụ cấp chức vụ", "Chức vụ")).toBe(0);
    expect(labelSimilarity("Hệ số lương", "Lương")).toBe(0);
    expect(labelSimilarity("Họ và tên cha", "Họ và tên")).toBe(0);
    expect(labelSimilarity("Ngày sinh của mẹ", "Ngày sinh")).toBe(0);
    expect(labelSimilarity("Họ tên bố", "Họ tên")).toBe(0);
    // "bộ" of "cán bộ" is no father.
    expect(labelSimilarity("Họ tên cán bộ", "Họ tên")).toBeGreaterThanOrEqual(0.6);
    expect(labelSimilarity("Nơi cấp CCCD", "Số CCCD")).toBeLessThan(0.6);
    expect(labelSimilarity("Trình độ giáo dục phổ thông", "Trình độ")).toBe(0);
    // Light words before the head keep the question: number of, address of, level of.
    expect(labelSimilarity("Số điện thoại", "Điện thoại")).toBeGreaterThanOrEqual(0.6);
    expect(labelSimilarity("Địa chỉ email", "Email")).toBeGreaterThanOrEqual(0.6);
    expect(labelSimilarity("Trình độ lý luận chính trị", "Lý luận chính trị")).toBeGreaterThanOrEqual(0.6);
    expect(labelSimilarity("Chức vụ Đoàn", "Chức vụ")).toBeGreaterThanOrEqual(0.6);
  });

  it("numbers in a hint do not make another question", () => {
    expect(labelSimilarity("Số CCCD (12 số)", "Số CCCD")).toBeGreaterThanOrEqual(0.6);
  });
});

describe("options", () => {
  it("finds options by folded text, case and the i/y spelling aside", () => {
    expect(findOption(["Sơ cấp", "Trung cấp"], "trung cap")).toBe("Trung cấp");
    expect(findOption(["Bí Thư", "Phó Bí thư"], "Bí thư")).toBe("Bí Thư");
    expect(findOption(["Cử nhân", "Thạc sỹ"], "Thạc sĩ")).toBe("Thạc sỹ");
    expect(findOption(["Lí luận chính trị"], "Lý luận chính trị")).toBe("Lí luận chính trị");
  });

  it("uses the synonym table: Đại học is Cử nhân or Kỹ sư; two candidates are left to the user", () => {
    expect(findOption(["Trung cấp", "Cao đẳng", "Cử nhân", "Thạc sĩ"], "Đại học")).toBe("Cử nhân");
    expect(findOption(["Kỹ sư", "Thạc sĩ"], "Đại học")).toBe("Kỹ sư");
    expect(findOption(["Cử nhân", "Kỹ sư"], "Đại học")).toBeUndefined();
    expect(findOption(["Đại học (chính quy)", "Thạc sĩ"], "Đại học")).toBe("Đại học (chính quy)");
  });

  it("matches a level by its meaning: B1 is bậc 3", () => {
    expect(levelOf("B1 (Bậc 3)")).toBe(3);
    expect(levelOf("Tiếng Anh B1 (bậc 3/6)")).toBe(3);
    expect(levelOf("B2 bậc 3")).toBeUndefined();
    expect(findOption(["Tiếng Anh A2 (bậc 2/6)", "Tiếng Anh B1 (bậc 3/6)"], "B1 (Bậc 3)")).toBe(
      "Tiếng Anh B1 (bậc 3/6)",
    );
    expect(findOption(["TIẾNG ANH A2 (BẬC 2)", "TIẾNG ANH B1 (BẬC 3)"], "B1 (Bậc 3)")).toBe(
      "TIẾNG ANH B1 (BẬC 3)",
    );
    expect(findOption(["Bậc 2", "Bậc 3"], "B1 (Bậc 3)")).toBe("Bậc 3");
    // Two languages at that level: which one is not known.
    expect(findOption(["Tiếng Anh B1", "Tiếng Pháp B1"], "B1 (Bậc 3)")).toBeUndefined();
  });

  it("matches numbers: day, month and year options", () => {
    expect(findOption(["Tháng 1", "Tháng 3"], "03")).toBe("Tháng 3");
    expect(findOption(["1", "9", "10"], "09")).toBe("9");
    expect(findOption(["1995", "1996"], "1996")).toBe("1996");
  });
});

describe("values", () => {
  it("formats dates for date inputs and for text boxes, in the format the box asks", () => {
    const dob = byKey("cadre.dateOfBirth");
    expect(valueFor(field("d", "date", "Ngày sinh"), dob)).toEqual({ kind: "text", text: "1995-03-09" });
    expect(valueFor(field("d", "text", "Ngày sinh"), dob)).toEqual({ kind: "text", text: "09/03/1995" });
    expect(valueFor(field("d", "text", "Ngày sinh", undefined, { dateFormat: "iso" }), dob)).toEqual({
      kind: "text",
      text: "1995-03-09",
    });
    expect(valueFor(field("d", "text", "Ngày sinh", undefined, { dateFormat: "mdy" }), dob)).toEqual({
      kind: "text",
      text: "03/09/1995",
    });
  });

  it("gives the day, month or year of a date to a part field", () => {
    const dob = byKey("cadre.dateOfBirth");
    const days = Array.from({ length: 31 }, (_, i) => String(i + 1));
    expect(valueFor(field("d", "select", "Ngày sinh", days, { datePart: "day" }), dob)).toEqual({
      kind: "options",
      options: ["9"],
    });
    expect(valueFor(field("m", "text", "Ngày sinh", undefined, { datePart: "month" }), dob)).toEqual({
      kind: "text",
      text: "03",
    });
    expect(valueFor(field("y", "number", "Ngày sinh", undefined, { datePart: "year" }), dob)).toEqual({
      kind: "text",
      text: "1995",
    });
  });

  it("finds options by folded text and answers booleans with Có / Không", () => {
    expect(valueFor(field("p", "radio", "Đảng viên", ["Có", "Không"]), byKey("cadre.partyMember"))).toEqual({
      kind: "options",
      options: ["Có"],
    });
    expect(valueFor(field("p", "checkbox", "Đảng viên"), byKey("cadre.partyMember"))).toEqual({
      kind: "checked",
      checked: true,
    });
  });

  it("a one-item list chooses a dropdown option; a list chooses only the one value the form offers", () => {
    const posts = exported("cadre.posts");
    expect(valueFor(field("c", "select", "Chức vụ", ["Bí Thư", "Phó Bí thư", "Ủy viên"]), posts)).toEqual({
      kind: "options",
      options: ["Bí Thư"],
    });
    const two: PayloadField = { ...posts, type: "choices", value: ["Bí thư", "Chủ tịch Hội LHTN"] };
    expect(valueFor(field("c", "radio", "Chức vụ Đoàn", ["Bí thư", "Phó Bí thư"]), two)).toEqual({
      kind: "options",
      options: ["Bí thư"],
    });
    const both: PayloadField = { ...posts, type: "choices", value: ["Bí thư", "Phó Bí thư"] };
    expect(valueFor(field("c", "radio", "Chức vụ", ["Bí thư", "Phó Bí thư"]), both)).toBeUndefined();
  });

  it("ticks every chosen box of a checkbox question, or none when one is missing", () => {
    const orgs: PayloadField = {
      key: "cadre.organizations",
      label: "Tổ chức đang công tác",
      aliases: [],
      type: "choices",
      value: ["Đoàn", "Hội"],
    };
    expect(valueFor(field("o", "checkboxes", "Tổ chức đang công tác", ["Đoàn", "Hội", "Đội"]), orgs)).toEqual(
      {
        kind: "options",
        options: ["Đoàn", "Hội"],
      },
    );
    expect(
      valueFor(field("o", "checkboxes", "Tổ chức đang công tác", ["Đoàn", "Đội"]), orgs),
    ).toBeUndefined();
  });

  it("refuses kinds that do not fit", () => {
    expect(valueFor(field("e", "email", "Email"), byKey("cadre.yearsOfService"))).toBeUndefined();
    expect(valueFor(field("g", "radio", "Giới tính", ["Khác"]), byKey("cadre.gender"))).toBeUndefined();
    expect(
      valueFor(field("c", "checkboxes", "Các lớp", ["Bồi dưỡng nghiệp vụ"]), byKey("cadre.trainings")),
    ).toBeUndefined();
  });
});

describe("matchFields", () => {
  const fields = [
    field("name", "text", "Họ tên"),
    field("dob", "date", "Ngày sinh"),
    field("gender", "radio", "Giới tính", ["Nam", "Nữ"]),
    field("tax", "text", "Mã số thuế"),
  ];

  it("pairs each form field with its best payload field, each used once", () => {
    const result = matchFields(fields, anFields);
    expect(result.matches.map((m) => [m.fieldId, m.payloadKey])).toEqual([
      ["name", "cadre.fullName"],
      ["dob", "cadre.dateOfBirth"],
      ["gender", "cadre.gender"],
    ]);
    expect(result.unmatched).toEqual(["tax"]);
    expect(result.unused).toContain("cadre.email");
    expect(result.unused).not.toContain("cadre.fullName");
  });

  it("uses aliases and lets a pin win over the label", () => {
    const withAlias = matchFields([field("mail", "email", "Thư điện tử")], anFields);
    expect(withAlias.matches[0]?.payloadKey).toBe("cadre.email");
    const pinned = matchFields(fields, anFields, { name: "cadre.position", tax: "cadre.idNumber" });
    expect(pinned.matches.find((m) => m.fieldId === "name")).toMatchObject({
      payloadKey: "cadre.position",
      pinned: true,
    });
    expect(pinned.matches.find((m) => m.fieldId === "tax")?.payloadKey).toBe("cadre.idNumber");
    expect(pinned.unused).toContain("cadre.fullName");
  });

  it("two fields with the same label: the first gets it, the other stays unmatched", () => {
    const result = matchFields([field("a", "text", "Email"), field("b", "text", "Email")], anFields);
    expect(result.matches.map((m) => m.fieldId)).toEqual(["a"]);
    expect(result.unmatched).toEqual(["b"]);
  });

  it("numbered labels of a CV form: the cadre's own birth date, not the father's", () => {
    const cv = [
      field("q5", "text", "5.Giới tính:"),
      field("q6", "text", "6.Ngày sinh:"),
      field("q15", "text", "15.3) Lý luận chính trị:"),
      field("father", "text", "Họ và tên cha:"),
      field("fatherDob", "text", "Ngày sinh:"),
    ];
    expect(pairs(cv)).toEqual([
      ["q5", "cadre.gender"],
      ["q6", "cadre.dateOfBirth"],
      ["q15", "cadre.politicalTheory"],
    ]);
  });

  it("the fields forms ask for, under the names real forms use", () => {
    const form = [
      field("a", "text", "CMND/CCCD"),
      field("b", "text", "Dân tộc"),
      field("c", "text", "Tôn giáo"),
      field("d", "text", "Nguyên quán"),
      field("e", "text", "Chỗ ở hiện nay"),
      field("f", "text", "Ngày kết nạp Đoàn"),
      field("g", "date", "Ngày vào Đảng Cộng sản Việt Nam"),
      field("h", "text", "Số định danh cá nhân"),
    ];
    const result = matchFields(form, exportedFields);
    expect(result.matches.map((m) => [m.fieldId, m.payloadKey, m.value])).toEqual([
      ["a", "cadre.idNumber", { kind: "text", text: "079196004321" }],
      ["b", "cadre.ethnicity", { kind: "text", text: "Kinh" }],
      ["c", "cadre.religion", { kind: "text", text: "Không" }],
      ["d", "cadre.hometown", { kind: "text", text: "Bến Tre" }],
      [
        "e",
        "cadre.currentAddress",
        { kind: "text", text: "25 Trần Quang Khải, phường Tân Định, TP. Hồ Chí Minh" },
      ],
      ["f", "cadre.unionJoinDate", { kind: "text", text: "26/03/2011" }],
      ["g", "cadre.partyJoinDate", { kind: "text", text: "2019-05-19" }],
    ]);
    // One id number: the second label asking for it stays for the user.
    expect(result.unmatched).toEqual(["h"]);
  });

  it("the label variants real forms use reach a payload that carries no aliases at all", () => {
    const bare = (key: string, label: string, type: PayloadField["type"] = "text", value: unknown = "x") =>
      ({ key, label, aliases: [], type, value }) as PayloadField;
    const payload = [
      bare("cadre.fullName", "Họ và tên"),
      bare("cadre.idNumber", "Số CCCD"),
      bare("cadre.hometown", "Quê quán"),
      bare("cadre.currentAddress", "Nơi ở hiện nay"),
      bare("cadre.unionJoinDate", "Ngày vào Đoàn", "date", "2011-03-26"),
      bare("cadre.partyJoinDate", "Ngày vào Đảng", "date", "2019-05-19"),
      bare("cadre.phone", "Số điện thoại"),
      bare("cadre.email", "Email"),
      bare("cadre.politicalTheory", "Lý luận chính trị"),
      bare("cadre.education", "Trình độ chuyên môn"),
    ];
    const expected: Record<string, string> = {
      "Họ và tên khai sinh": "cadre.fullName",
      "Họ, chữ đệm và tên": "cadre.fullName",
      "Tên của bạn": "cadre.fullName",
      "CMND/CCCD": "cadre.idNumber",
      "Số CMND": "cadre.idNumber",
      "Số chứng minh nhân dân": "cadre.idNumber",
      "Số định danh cá nhân": "cadre.idNumber",
      "Nguyên quán": "cadre.hometown",
      "Chỗ ở hiện tại": "cadre.currentAddress",
      "Ngày kết nạp Đoàn": "cadre.unionJoinDate",
      "Ngày vào Đoàn TNCS Hồ Chí Minh": "cadre.unionJoinDate",
      "Ngày vào Đảng Cộng sản Việt Nam": "cadre.partyJoinDate",
      "Ngày kết nạp vào Đảng": "cadre.partyJoinDate",
      SĐT: "cadre.phone",
      "Điện thoại di động": "cadre.phone",
      "Địa chỉ thư điện tử": "cadre.email",
      "Trình độ chính trị": "cadre.politicalTheory",
      "Trình độ chuyên môn cao nhất": "cadre.education",
    };
    for (const [label, key] of Object.entries(expected)) {
      expect(matchFields([field("f", "text", label)], payload).matches[0]?.payloadKey, label).toBe(key);
    }
  });

  it("a post never lands in an allowance, and the education reaches the option the form offers", () => {
    const form = [
      field("allowance", "text", "Phụ cấp chức vụ"),
      field("post", "select", "Chức vụ", ["Bí Thư", "Phó Bí Thư", "Ủy viên BCH"]),
      field("edu", "select", "Trình độ chuyên môn", ["Trung cấp", "Cao đẳng", "Cử nhân", "Thạc sỹ"]),
      field("lang", "radio", "Ngoại ngữ", ["Tiếng Anh A2 (bậc 2/6)", "Tiếng Anh B1 (bậc 3/6)"]),
    ];
    const result = matchFields(form, exportedFields);
    expect(result.matches.map((m) => [m.fieldId, m.payloadKey, m.value])).toEqual([
      ["post", "cadre.posts", { kind: "options", options: ["Bí Thư"] }],
      ["edu", "cadre.education", { kind: "options", options: ["Cử nhân"] }],
      ["lang", "cadre.languageLevel", { kind: "options", options: ["Tiếng Anh B1 (bậc 3/6)"] }],
    ]);
    expect(result.unmatched).toEqual(["allowance"]);
  });

  it("a year alone for Năm sinh, and day / month / year fields of one date", () => {
    expect(matchFields([field("y", "text", "Năm sinh")], exportedFields).matches[0]?.value).toEqual({
      kind: "text",
      text: "1996",
    });
    const parts = (part: "day" | "month" | "year", options?: string[]) =>
      field(part, options ? "select" : "text", "Ngày sinh", options, { datePart: part });
    const result = matchFields(
      [parts("day", ["01", "05", "31"]), parts("month", ["Tháng 6", "Tháng 7"]), parts("year")],
      exportedFields,
    );
    expect(result.matches.map((m) => [m.fieldId, m.payloadKey, m.value])).toEqual([
      ["day", "cadre.dateOfBirth", { kind: "options", options: ["05"] }],
      ["month", "cadre.dateOfBirth", { kind: "options", options: ["Tháng 7"] }],
      ["year", "cadre.dateOfBirth", { kind: "text", text: "1996" }],
    ]);
  });
});
