// "Xuất dữ liệu cho biểu mẫu" through the built bundle: the payload in the dialog passes the schema.
import { beforeAll, describe, expect, it } from "vitest";
import { PayloadSchema } from "../../shared/payload";
import { readWorkbook } from "../../shared/templates";
import { snapshot } from "../sheets-runtime";
import { ensureBuilt } from "./built";
import { now, payloadText, sampleSetUp } from "./helpers";

beforeAll(ensureBuilt);

describe("exportForForms", () => {
  it("shows the payload, valid against its schema, with copy and download", () => {
    const { runtime, addon, workbook } = sampleSetUp();
    const before = snapshot(runtime);
    addon.call("exportForForms");
    const dialog = runtime.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe("Xuất dữ liệu cho biểu mẫu");
    const parsed = PayloadSchema.safeParse(JSON.parse(payloadText(dialog.html)));
    expect(parsed.success).toBe(true);
    const payload = parsed.data!;
    const read = readWorkbook(workbook);
    expect(payload.exportedAt).toBe(now.toISOString());
    expect(payload.source).toBe(read.settings.unitName);
    expect(payload.profiles.filter((p) => p.kind === "cadre")).toHaveLength(read.data.cadres.length);
    expect(dialog.html).toContain('id="copy"');
    expect(dialog.html).toContain('id="download"');
    expect(dialog.html).toContain("data:application/json");
    expect(dialog.html).toContain('data-file-name="cadre-plan-autofill-2023-12-31.json"');
    expect(snapshot(runtime)).toEqual(before);
  });
});
