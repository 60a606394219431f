// The payload builder (shared/export.ts) on the sample workbook, without the add-on.
import { describe, expect, it } from "vitest";
import { buildPayload } from "../../shared/export";
import { genderLabels, postLabels } from "../../shared/labels";
import { type PayloadField, PayloadSchema } from "../../shared/payload";
import { sampleData } from "../../shared/sample";
import { evaluatePlan } from "../../shared/targets/engine";

const read = sampleData();
const results = evaluatePlan(read.plan, read.data, { today: "2023-12-31" });
const payload = buildPayload(read, results, {
  exportedAt: "2026-11-29T09:00:00.000Z",
  source: "Bảng tính mẫu",
});
const fieldOf = (fields: PayloadField[], key: string) => fields.find((f) => f.key === key);

describe("buildPayload", () => {
  it("names the organisations a cadre holds a post in, for a checkbox question", () => {
    const both = read.data.cadres.find((c) => new Set(c.positions.map((p) => p.organization)).size === 2)!;
    const profile = payload.profiles.find((p) => p.id === `cadre:${both.id}`)!;
    const organizations = fieldOf(profile.fields, "cadre.organizations");
    expect(organizations).toMatchObject({ type: "choices", label: "Tổ chức đang công tác" });
    expect(new Set(organizations!.value as string[]).size).toBe(2);
  });

  it("passes the payload schema", () => {
    const parsed = PayloadSchema.safeParse(payload);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    expect(payload.format).toBe("cadre-plan-autofill");
    expect(payload.version).toBe(1);
    expect(payload.exportedAt).toBe("2026-11-29T09:00:00.000Z");
    expect(payload.source).toBe("Bảng tính mẫu");
  });

  it("has one unit profile with each target's figures", () => {
    const [unit, ...rest] = payload.profiles;
    expect(unit?.kind).toBe("unit");
    expect(unit?.id).toBe("unit");
    expect(unit?.title).toBe(`${read.settings.unitName} – kết quả chỉ tiêu`);
    expect(rest.every((p) => p.kind === "cadre")).toBe(true);
    const name = fieldOf(unit!.fields, "unit.name");
    expect(name).toMatchObject({ type: "text", value: read.settings.unitName, label: "Tên đơn vị" });
    expect(name?.aliases).toEqual(expect.arrayContaining(["Đơn vị", "Cơ sở Đoàn"]));
    for (const result of results) {
      const id = result.target.id;
      expect(fieldOf(unit!.fields, `target.${id}.reached`)).toMatchObject({
        type: "number",
        value: result.reached,
      });
      expect(fieldOf(unit!.fields, `target.${id}.asked`)).toMatchObject({
        type: "number",
        value: result.asked,
      });
      expect(fieldOf(unit!.fields, `target.${id}.percent`)).toMatchObject({
        type: "number",
        value: result.percent,
      });
      expect(fieldOf(unit!.fields, `target.${id}.figure`)).toMatchObject({
        type: "text",
        value: result.figure,
      });
    }
  });

  it("has one cadre profile per cadre with the registration form's fields", () => {
    const cadres = payload.profiles.filter((p) => p.kind === "cadre");
    expect(cadres).toHaveLength(read.data.cadres.length);
    const cadre = read.data.cadres.find((c) => c.dateOfBirth && c.gender && c.positions.length && c.email)!;
    const profile = payload.profiles.find((p) => p.id === `cadre:${cadre.id}`)!;
    expect(profile.title).toBe(`${cadre.fullName} – ${postLabels[cadre.positions[0]!.post]}`);
    const fields = profile.fields;
    expect(fieldOf(fields, "cadre.fullName")).toMatchObject({
      label: "Họ và tên",
      type: "text",
      value: cadre.fullName,
      aliases: expect.arrayContaining(["Họ tên", "Tên cán bộ"]),
    });
    expect(fieldOf(fields, "cadre.dateOfBirth")).toMatchObject({
      label: "Ngày sinh",
      type: "date",
      value: cadre.dateOfBirth,
      aliases: expect.arrayContaining(["Ngày, tháng, năm sinh"]),
    });
    expect(fieldOf(fields, "cadre.dateOfBirth")?.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(fieldOf(fields, "cadre.gender")).toMatchObject({
      type: "choice",
      value: genderLabels[cadre.gender!],
    });
    expect(fieldOf(fields, "cadre.unit")).toMatchObject({
      label: "Đơn vị",
      value: cadre.unit,
      aliases: expect.arrayContaining(["Cơ sở Đoàn", "Đơn vị công tác"]),
    });
    expect(fieldOf(fields, "cadre.posts")).toMatchObject({
      type: "choices",
      value: [...new Set(cadre.positions.map((p) => postLabels[p.post]))],
    });
    expect(fieldOf(fields, "cadre.email")).toMatchObject({ type: "text", value: cadre.email });
  });

  it("leaves out fields a cadre does not have", () => {
    const cadre = read.data.cadres.find((c) => !c.email);
    if (!cadre) throw new Error("the sample should have a cadre without e-mail");
    const profile = payload.profiles.find((p) => p.id === `cadre:${cadre.id}`)!;
    expect(fieldOf(profile.fields, "cadre.email")).toBeUndefined();
  });

  it("gives the phone the labels forms use", () => {
    const cadre = read.data.cadres.find((c) => c.phone)!;
    const profile = payload.profiles.find((p) => p.id === `cadre:${cadre.id}`)!;
    expect(fieldOf(profile.fields, "cadre.phone")).toMatchObject({
      label: "Số điện thoại",
      value: cadre.phone,
      aliases: expect.arrayContaining(["Điện thoại", "SĐT"]),
    });
  });

  it("keeps one profile per cadre id", () => {
    const twice = { ...read, data: { ...read.data, cadres: [...read.data.cadres, read.data.cadres[0]!] } };
    const again = buildPayload(twice, results, { exportedAt: "2026-11-29T09:00:00.000Z", source: "x" });
    expect(PayloadSchema.safeParse(again).success).toBe(true);
    expect(again.profiles).toHaveLength(payload.profiles.length);
  });
});
