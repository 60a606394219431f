// "Xuất dữ liệu cho biểu mẫu": the payload for the form-filling extension, checked against its
// schema, shown in a dialog to copy or download. Nothing in the spreadsheet changes.
import { buildPayload } from "../shared/export";
import { type Payload, PayloadSchema } from "../shared/payload";
import { evaluatePlan } from "../shared/targets/engine";
import { runTime } from "./clock";
import { escapeHtml } from "./escape-html";
import { offerDayFirstLocale } from "./locale";
import { showDialog } from "./pages";
import { runExclusive, UserError } from "./run";
import { readSpreadsheet } from "./workbook";

const title = "Xuất dữ liệu cho biểu mẫu";

export function computePayload(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Payload {
  const { read } = readSpreadsheet(spreadsheet);
  const time = runTime();
  const results = evaluatePlan(read.plan, read.data, { today: time.today });
  const source = read.settings.unitName || spreadsheet.getName();
  const payload = buildPayload(read, results, { exportedAt: time.iso, source });
  const checked = PayloadSchema.safeParse(payload);
  if (!checked.success) {
    const first = checked.error.issues
      .slice(0, 5)
      .map((issue) => `• ${issue.path.join(".") || "(gốc)"}: ${issue.message}`);
    throw new UserError(`Dữ liệu xuất ra chưa hợp lệ:\n${first.join("\n")}`);
  }
  return checked.data;
}

/** "cadre-plan-autofill-2026-11-29.json" */
export function payloadFileName(payload: Payload): string {
  return `cadre-plan-autofill-${payload.exportedAt.slice(0, 10)}.json`;
}

export function exportDialogHtml(payload: Payload): string {
  const cadres = payload.profiles.filter((p) => p.kind === "cadre").length;
  const json = JSON.stringify(payload, null, 2);
  return [
    `<p>Nguồn: <strong>${escapeHtml(payload.source)}</strong> · 1 hồ sơ đơn vị và ${cadres} hồ sơ cán bộ.</p>`,
    `<p>Sao chép hoặc tải tệp này, rồi mở tiện ích điền biểu mẫu trên trình duyệt và nhập vào.</p>`,
    `<textarea id="payload" readonly spellcheck="false" data-file-name="${escapeHtml(payloadFileName(payload))}">${escapeHtml(json)}</textarea>`,
  ].join("\n");
}

export function exportForForms(): void {
  offerDayFirstLocale(title);
  runExclusive(title, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const payload = computePayload(spreadsheet);
    if (payload.profiles.length < 2) {
      throw new UserError("Chưa có cán bộ nào hợp lệ trong trang “Cán bộ” để xuất.");
    }
    showDialog(title, exportDialogHtml(payload), { width: 720, height: 520 }, "Export");
  });
}
