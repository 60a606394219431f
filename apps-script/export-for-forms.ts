// "Xuất dữ liệu cho biểu mẫu": the payload for the form-filling extension, checked against its
// schema, shown in a dialog as a readable summary (unit, how many profiles, who or which values
// were left out and why) with a download of the compact .json and a copy button. Nothing in the
// spreadsheet changes.
import { buildPayload, cadreProfileId } from "../shared/export";
import { type Payload, PayloadSchema } from "../shared/payload";
import { evaluatePlan } from "../shared/targets/engine";
import { type CellProblem, templateById } from "../shared/templates";
import { runTime } from "./clock";
import { escapeHtml } from "./escape-html";
import { offerDayFirstLocale } from "./locale";
import { showDialog } from "./pages";
import { type Reply, runExclusive, UserError } from "./run";
import { readSpreadsheet } from "./workbook";

const title = "Xuất dữ liệu cho biểu mẫu";
/** Rows listed one by one in the summary; the rest are counted. */
const rowsListed = 10;

/** A row of the cadres sheet whose bad cells kept it (or some of its values) out of the export. */
export interface LeftOut {
  row: number;
  name: string;
  /** The whole profile is missing, not only the bad values. */
  wholeProfile: boolean;
  problems: CellProblem[];
}

export interface ExportResult {
  payload: Payload;
  leftOut: LeftOut[];
}

export function computeExport(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ExportResult {
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

  // Which cadres' rows had bad cells, and whether their profile made it into the export (a row
  // repeating an id does not: the first row of the id is the profile).
  const cadresName = read.sheets.cadres?.name ?? templateById("cadres").name;
  const profiles = new Set(checked.data.profiles.map((p) => p.id));
  const cadreAt = new Map(read.data.cadres.map((c) => [c.row, c]));
  const byRow = new Map<number, CellProblem[]>();
  for (const p of read.problems) {
    if (p.sheet !== cadresName) continue;
    const list = byRow.get(p.row);
    if (list) list.push(p);
    else byRow.set(p.row, [p]);
  }
  const leftOut: LeftOut[] = [];
  for (const [row, problems] of byRow) {
    const cadre = cadreAt.get(row);
    const typedId = String(problems.find((p) => p.header === "Mã cán bộ")?.value ?? "").trim();
    const name = cadre?.fullName ?? cadre?.id ?? (typedId || `dòng ${row}`);
    const exported = cadre !== undefined && profiles.has(cadreProfileId(cadre));
    leftOut.push({ row, name, wholeProfile: !exported, problems });
  }
  return { payload: checked.data, leftOut };
}

/** "cadre-plan-autofill-2026-11-29.json" */
export function payloadFileName(payload: Payload): string {
  return `cadre-plan-autofill-${payload.exportedAt.slice(0, 10)}.json`;
}

function leftOutHtml(leftOut: LeftOut[]): string {
  if (leftOut.length === 0)
    return `<p class="ok">Mọi dòng của trang “${escapeHtml(templateById("cadres").name)}” đều được xuất.</p>`;
  const items = leftOut.slice(0, rowsListed).map((entry) => {
    const what = entry.wholeProfile ? "không xuất hồ sơ này" : "các ô này không được xuất";
    const reasons = entry.problems.map((p) => `${p.header}: ${p.message}`).join("; ");
    return `<li><strong>${escapeHtml(entry.name)}</strong> (dòng ${entry.row}) – ${what}: ${escapeHtml(reasons)}</li>`;
  });
  if (leftOut.length > rowsListed) items.push(`<li>… và ${leftOut.length - rowsListed} dòng khác.</li>`);
  return [
    `<p class="late">${leftOut.length} dòng của trang “${escapeHtml(templateById("cadres").name)}” có ô chưa hợp lệ. Sửa rồi xuất lại để có đủ dữ liệu (“Kiểm tra dữ liệu” tô màu các ô này):</p>`,
    `<ul>${items.join("")}</ul>`,
  ].join("\n");
}

/**
 * JSON put inside a <script> element: not laid out by the browser (a text box of a few megabytes
 * took Chromium 20–30 seconds to show), and every "<" written \u003c so that no cell's text can
 * end the element ("</script>") or open a comment.
 */
export function scriptText(json: string): string {
  return json
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function exportDialogHtml({ payload, leftOut }: ExportResult): string {
  const cadres = payload.profiles.filter((p) => p.kind === "cadre").length;
  const unit = payload.profiles.find((p) => p.kind === "unit");
  const targets =
    unit?.fields.filter((f) => f.key.startsWith("target.") && f.key.endsWith(".figure")).length ?? 0;
  const json = JSON.stringify(payload);
  const size =
    json.length > 1_000_000
      ? `${(json.length / 1_000_000).toFixed(1).replace(".", ",")} MB`
      : `${Math.max(1, Math.round(json.length / 1000))} KB`;
  return [
    `<p>Đơn vị: <strong>${escapeHtml(payload.source)}</strong></p>`,
    `<p>Dữ liệu gồm <strong>1 hồ sơ đơn vị</strong> (kết quả ${targets} chỉ tiêu) và <strong>${cadres} hồ sơ cán bộ</strong>; tệp .json khoảng ${size}.</p>`,
    leftOutHtml(leftOut),
    `<p class="muted">Tải tệp về (hoặc sao chép), rồi mở tiện ích điền biểu mẫu trên trình duyệt và nhập vào. Tệp có thông tin cá nhân của cán bộ: chỉ lưu trên máy của đơn vị.</p>`,
    `<script type="application/json" id="payload" data-file-name="${escapeHtml(payloadFileName(payload))}">${scriptText(json)}</script>`,
  ].join("\n");
}

export function exportForForms(): void {
  offerDayFirstLocale(title);
  runExclusive(title, (): Reply => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const result = computeExport(spreadsheet);
    if (result.payload.profiles.length < 2) {
      throw new UserError("Chưa có cán bộ nào hợp lệ trong trang “Cán bộ” để xuất.");
    }
    const html = exportDialogHtml(result);
    return () => showDialog(title, html, { width: 720, height: 520 }, "Export");
  });
}
