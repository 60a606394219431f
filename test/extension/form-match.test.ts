import { describe, expect, it } from "vitest";
import {
  cleanLabel,
  type FormFieldInfo,
  findOption,
  labelSimilarity,
  matchFields,
  valueFor,
} from "../../shared/form-match";
import type { PayloadField } from "../../shared/payload";
import { anFields } from "./sample-payload";

const field = (
  id: string,
  kind: FormFieldInfo["kind"],
  label: string,
  options?: string[],
): FormFieldInfo => ({
  id,
  kind,
  labels: [{ text: label, source: "label" }],
  ...(options ? { options } : {}),
});
const byKey = (key: string): PayloadField => anFields.find((f) => f.key === key)!;

describe("labels", () => {
  it("cleans decorations and folds Vietnamese", () => {
    expect(cleanLabel("1. Họ và tên *")).toBe("ho va ten");
    expect(cleanLabel("Ngày sinh: (bắt buộc)")).toBe("ngay sinh");
    expect(cleanLabel("Đơn vị")).toBe("don vi");
  });

  it("scores the same, contained, related and different labels in that order", () => {
    const same = labelSimilarity("Hoà", "HÒA");
    const contained = labelSimilarity("Họ tên", "Họ và tên");
    const related = labelSimilarity("Ngày sinh", "Ngày vào Đoàn");
    expect(same).toBe(1);
    expect(contained).toBeGreaterThanOrEqual(0.6);
    expect(related).toBeLessThan(0.6);
    expect(labelSimilarity("Tên đơn vị", "Số điện thoại")).toBe(0);
    expect(labelSimilarity("Chỉ tiêu 3: tỷ lệ đoàn viên", "Chỉ tiêu 4: tỷ lệ đoàn viên")).toBe(0);
    expect(labelSimilarity("Chỉ tiêu 3", "3. Chỉ tiêu 3 (%)")).toBeGreaterThanOrEqual(0.6);
    expect(labelSimilarity("Chỉ tiêu T01 – số đạt", "Chỉ tiêu T02 – số đạt")).toBe(0);
  });
});

describe("values", () => {
  it("formats dates for date inputs and for text boxes", () => {
    expect(valueFor(field("d", "date", "Ngày sinh"), byKey("cadre.dateOfBirth"))).toEqual({
      kind: "text",
      text: "1995-03-09",
    });
    expect(valueFor(field("d", "text", "Ngày sinh"), byKey("cadre.dateOfBirth"))).toEqual({
      kind: "text",
      text: "09/03/1995",
    });
    expect(
      valueFor({ ...field("d", "text", "Ngày sinh"), isoDateText: true }, byKey("cadre.dateOfBirth")),
    ).toEqual({
      kind: "text",
      text: "1995-03-09",
    });
  });

  it("finds options by folded text and answers booleans with Có / Không", () => {
    expect(findOption(["Sơ cấp", "Trung cấp"], "trung cap")).toBe("Trung cấp");
    expect(valueFor(field("p", "radio", "Đảng viên", ["Có", "Không"]), byKey("cadre.partyMember"))).toEqual({
      kind: "options",
      options: ["Có"],
    });
    expect(valueFor(field("p", "checkbox", "Đảng viên"), byKey("cadre.partyMember"))).toEqual({
      kind: "checked",
      checked: true,
    });
  });

  it("refuses kinds that do not fit", () => {
    expect(valueFor(field("e", "email", "Email"), byKey("cadre.yearsOfService"))).toBeUndefined();
    expect(
      valueFor(field("g", "radio", "Giới tính", ["Nam giới", "Nữ giới"]), byKey("cadre.gender")),
    ).toBeUndefined();
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
});
