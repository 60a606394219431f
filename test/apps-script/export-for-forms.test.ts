// "Xuất dữ liệu cho biểu mẫu" through the built bundle: a readable summary above a compact payload
// that passes the schema; the download is a Blob made in the dialog's page (see export-dialog.test.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { PayloadSchema } from "../../shared/payload";
import { generateSampleWorkbook, sampleDeliberateErrors } from "../../shared/sample";
import { readWorkbook, templateById } from "../../shared/templates";
import { snapshot } from "../sheets-runtime";
import { ensureBuilt } from "./built";
import { now, payloadText, sampleSetUp, setUp, unescapeHtml } from "./helpers";

beforeAll(ensureBuilt);

const cadresName = templateById("cadres").name;

/** The dialog as a person reads it: tags gone, the hidden payload left out. */
function readable(html: string): string {
  const body = html.slice(html.indexOf("<body>"), html.indexOf("<script>"));
  return unescapeHtml(
    body
      .replace(/<script type="application\/json"[\s\S]*?<\/script>/, "")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " "),
  );
}

describe("exportForForms", () => {
  it("shows the payload, valid against its schema, compact, with download and copy", () => {
    const { runtime, addon, workbook } = sampleSetUp();
    const before = snapshot(runtime);
    addon.call("exportForForms");
    const dialog = runtime.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe("Xuất dữ liệu cho biểu mẫu");
    const json = payloadText(dialog.html);
    // Compact: one line, no indentation (a pretty-printed sample was 1.3 MB).
    expect(json).not.toContain("\n");
    const parsed = PayloadSchema.safeParse(JSON.parse(json));
    expect(parsed.success).toBe(true);
    const payload = parsed.data!;
    const read = readWorkbook(workbook);
    expect(payload.exportedAt).toBe(now.toISOString());
    expect(payload.source).toBe(read.settings.unitName);
    expect(payload.profiles.filter((p) => p.kind === "cadre")).toHaveLength(read.data.cadres.length);
    expect(dialog.html).toContain('id="copy"');
    expect(dialog.html).toContain('id="download"');
    expect(dialog.html).toContain("new Blob(");
    expect(dialog.html).not.toContain("data:application/json");
    expect(dialog.html).toContain('data-file-name="cadre-plan-autofill-2023-12-31.json"');
    expect(snapshot(runtime)).toEqual(before);
  });

  it("says above the buttons which unit, how many profiles, and who was left out and why", () => {
    const { runtime, addon, workbook } = sampleSetUp();
    addon.call("exportForForms");
    const text = readable(runtime.ui.dialogs.at(-1)!.html);
    const read = readWorkbook(workbook);
    expect(text).toContain(`Đơn vị: ${read.settings.unitName}`);
    expect(text).toContain(`${read.data.cadres.length} hồ sơ cán bộ`);
    expect(text).toContain(`kết quả ${read.plan.targets.length} chỉ tiêu`);
    // The sample's bad cells on the cadres sheet: each row named, with the reason.
    const cadreErrors = sampleDeliberateErrors.filter((e) => e.sheet === cadresName);
    expect(cadreErrors.length).toBeGreaterThan(0);
    for (const error of cadreErrors) {
      expect(text).toContain(`(dòng ${error.row})`);
      const problem = read.problems.find((p) => p.sheet === cadresName && p.row === error.row)!;
      expect(text).toContain(problem.message);
    }
    expect(text).not.toContain("{");
  });

  it("on clean data, says every row went out", () => {
    const workbook = generateSampleWorkbook();
    const cadres = workbook[cadresName]!;
    const bad = new Set(sampleDeliberateErrors.filter((e) => e.sheet === cadresName).map((e) => e.row - 1));
    workbook[cadresName] = cadres.filter((_, i) => !bad.has(i));
    const { runtime, addon } = setUp(workbook);
    addon.call("exportForForms");
    expect(readable(runtime.ui.dialogs.at(-1)!.html)).toContain(
      `Mọi dòng của trang “${cadresName}” đều được xuất`,
    );
  });

  it("keeps a name that holds </script> as text: the page's script element is not ended by it", () => {
    const workbook = generateSampleWorkbook();
    const cadres = workbook[cadresName]!;
    const name = cadres[0]!.indexOf("Họ và tên");
    cadres[2]![name] = "An </script><script>alert(1)</script> <!-- Bình";
    const { runtime, addon } = setUp(workbook);
    addon.call("exportForForms");
    const html = runtime.ui.dialogs.at(-1)!.html;
    expect(html).not.toContain("</script><script>alert(1)");
    expect(html).not.toContain("<!-- Bình");
    const payload = JSON.parse(payloadText(html));
    expect(JSON.stringify(payload)).toContain("An </script><script>alert(1)</script> <!-- Bình");
  });
});
