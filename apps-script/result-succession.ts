// The "Quy hoạch" part of the target check: the succession check (shared/succession/check.ts) on
// the plan's data with the settings' key posts, fewest candidates and age rule, shown in the
// result sheet (what it checked against, the people planned for each key post of each unit, every
// finding unit by unit and person by person, and the check's notes) and in the sidebar.
import { formatDate } from "../shared/dates";
import { postLabels } from "../shared/labels";
import type { PlanData } from "../shared/model";
import { checkSuccession, type SuccessionCheck } from "../shared/succession/check";
import {
  findingCounts,
  findingCountsText,
  findingKindLabels,
  findingPost,
  sortFindings,
} from "../shared/succession/findings";
import { nextTerm } from "../shared/targets/presets";
import { ageRuleLabels, type Settings, templateById } from "../shared/templates";
import { escapeHtml } from "./escape-html";
import type { ReportBlock } from "./report-sheet";
import { headerBackground, row, sectionNote, sectionTitle, statusColors } from "./result-style";

export const successionSectionTitle = "Quy hoạch cán bộ: đối chiếu tiêu chuẩn chức danh";
export const findingHeaders = [
  "Mã",
  "Họ và tên",
  "Chức danh",
  "Đơn vị",
  "Nhiệm kỳ",
  "Ngày",
  "Vấn đề",
  "Lý do",
  "Dòng ở trang Quy hoạch",
];
/** Findings listed in the sheet; the rest are counted. */
const maxFindingRows = 1000;
/** Findings quoted in the sidebar. */
const findingsInSidebar = 5;

/** The check, with what it was run with and what the user should know about it. */
export interface SuccessionView {
  check: SuccessionCheck;
  term: string;
  next?: string;
  settings: Settings;
  /** The check's notes, then what is missing for it (a sheet the workbook lacks). */
  notes: string[];
}

export function successionView(data: PlanData, settings: Settings): SuccessionView {
  const check = checkSuccession(data, {
    ageRule: settings.ageRule,
    term: settings.term,
    keyPosts: settings.keyPosts,
    minCandidates: settings.minCandidates,
  });
  const notes = [...check.notes];
  // A standard whose cell was not valid is not checked: said, with where the cell is.
  const standards = templateById("standards");
  for (const standard of data.standards ?? []) {
    for (const field of Object.keys(standard.invalid ?? {})) {
      const header = standards.columns.find((c) => c.key === field)?.header ?? field;
      notes.push(
        `Trang "${standards.name}", dòng ${standard.row ?? "?"}: ô "${header}" chưa hợp lệ nên tiêu chuẩn này chưa được đối chiếu; sửa ô rồi kiểm tra lại.`,
      );
    }
  }
  const absent = data.absent ?? [];
  const createHint = 'chạy "Tạo các trang kế hoạch" để tạo trang này rồi kiểm tra lại';
  if (absent.includes("standards"))
    notes.push(
      `Chưa có trang "${templateById("standards").name}" (tiêu chuẩn độ tuổi, trình độ của từng chức danh, theo Quy chế cán bộ Đoàn): ${createHint}.`,
    );
  if (absent.includes("successions"))
    notes.push(`Chưa có trang "${templateById("successions").name}": ${createHint}.`);
  const next = nextTerm(settings.term.replace(/\s*[-–—]\s*/, "–"));
  return { check, term: settings.term, ...(next ? { next } : {}), settings, notes };
}

/** "Nhiệm kỳ hiện tại 2025–2030, quy hoạch nhiệm kỳ 2030–2035; chức danh chủ chốt: …". */
function basisText(view: SuccessionView): string {
  const { settings } = view;
  const posts = settings.keyPosts.map((p) => postLabels[p]).join(", ");
  return (
    `Nhiệm kỳ hiện tại ${view.term}${view.next ? `, quy hoạch nhiệm kỳ ${view.next}` : ""}; ` +
    `chức danh chủ chốt: ${posts || "(chưa chọn)"}, mỗi chức danh cần ít nhất ${settings.minCandidates} người; ` +
    `tuổi tính ${ageRuleLabels[settings.ageRule].toLowerCase()}. Tiêu chuẩn lấy ở trang “${templateById("standards").name}” (đơn vị sửa được); ` +
    `các mục trên ở trang “${templateById("settings").name}”.`
  );
}

/** The section from row `at`: title, what it checked against, counts, key posts, findings, notes. */
export function successionBlocks(view: SuccessionView, units: PlanData["units"], at: number): ReportBlock[] {
  const { check } = view;
  const blocks: ReportBlock[] = [
    sectionTitle(at, successionSectionTitle),
    sectionNote(at + 1, [basisText(view)]),
    {
      row: at + 2,
      values: [[findingCountsText(check.findings)]],
      fontWeights: [["bold"]],
      numberFormats: [["@"]],
    },
  ];
  let next = at + 4;

  // The people planned for each key post of each unit that must plan for it.
  if (check.depth.length > 0) {
    const posts = [...new Set(check.depth.map((d) => d.post))];
    const unitsInOrder = [...new Set(check.depth.map((d) => d.unit))];
    const term = check.depth[0]!.term;
    blocks.push({
      row: next,
      values: [[`Số người được quy hoạch chức danh chủ chốt nhiệm kỳ ${term} (đã có/cần có)`]],
      fontWeights: [["bold"]],
      numberFormats: [["@"]],
    });
    const width = 2 + posts.length;
    const values: string[][] = [["STT", "Đơn vị", ...posts.map((p) => postLabels[p])]];
    const backgrounds: Array<Array<string | null>> = [row(width, headerBackground)];
    const fonts: Array<Array<string | null>> = [row(width, null)];
    unitsInOrder.forEach((unit, i) => {
      const cells = posts.map((post) => check.depth.find((d) => d.unit === unit && d.post === post));
      values.push([String(i + 1), unit, ...cells.map((d) => (d ? `${d.candidates}/${d.needed}` : "–"))]);
      const background = row<string | null>(width, null);
      const font = row<string | null>(width, null);
      cells.forEach((d, c) => {
        if (!d) return;
        const colour = statusColors[d.candidates >= d.needed ? "met" : "notMet"];
        background[2 + c] = colour.background;
        font[2 + c] = colour.font;
      });
      backgrounds.push(background);
      fonts.push(font);
    });
    blocks.push({
      row: next + 1,
      values,
      backgrounds,
      fontColors: fonts,
      fontWeights: values.map((_, i) => row(width, i === 0 ? "bold" : "normal")),
      horizontalAlignments: values.map(() => ["center", "left", ...posts.map((): "center" => "center")]),
      numberFormats: values.map(() => row(width, "@")),
      wrapAll: true,
      alignTop: true,
      borders: true,
    });
    next += values.length + 2;
  }

  // Every finding, unit by unit, person by person.
  if (check.findings.length > 0) {
    const sorted = sortFindings(check.findings, units);
    const listed = sorted.slice(0, maxFindingRows);
    blocks.push({
      row: next,
      values: [["Các vấn đề, theo từng đơn vị và từng người"]],
      fontWeights: [["bold"]],
      numberFormats: [["@"]],
    });
    const width = findingHeaders.length;
    const values: string[][] = [findingHeaders];
    const backgrounds: Array<Array<string | null>> = [row(width, headerBackground)];
    const kindColumn = findingHeaders.indexOf("Vấn đề");
    for (const f of listed) {
      values.push([
        f.who?.id ?? "",
        f.who?.name ?? "",
        f.post ? postLabels[f.post] : "",
        f.unit,
        f.term ?? "",
        f.date ? formatDate(f.date) : "",
        findingKindLabels[f.kind],
        f.reason,
        f.row ? String(f.row) : "",
      ]);
      const background = row<string | null>(width, null);
      background[kindColumn] =
        statusColors[f.kind === "missingData" ? "insufficientData" : "notMet"].background;
      backgrounds.push(background);
    }
    if (sorted.length > listed.length) {
      values.push(["", `… và ${sorted.length - listed.length} vấn đề khác`, "", "", "", "", "", "", ""]);
      backgrounds.push(row(width, null));
    }
    blocks.push({
      row: next + 1,
      values,
      backgrounds,
      fontWeights: values.map((_, i) => row(width, i === 0 ? "bold" : "normal")),
      numberFormats: values.map(() => row(width, "@")),
      wrapAll: true,
      alignTop: true,
      borders: true,
    });
    next += values.length + 2;
  }

  if (view.notes.length > 0) {
    blocks.push({
      row: next,
      values: [["Ghi chú về quy hoạch"], ...view.notes.map((n) => [`• ${n}`])],
      fontWeights: [["bold"], ...view.notes.map((): ["normal"] => ["normal"])],
      numberFormats: [["@"], ...view.notes.map(() => ["@"])],
    });
  }
  return blocks;
}

/** The sidebar's "Quy hoạch" part: counts by kind, the first findings, and a link to the section. */
export function successionSidebarHtml(view: SuccessionView, units: PlanData["units"], link: string): string {
  const { findings } = view.check;
  const parts = [`<h3>Quy hoạch</h3>`];
  if (findings.length === 0) {
    parts.push(
      `<div>Không có vấn đề nào: người quy hoạch đều đạt tiêu chuẩn, chức danh chủ chốt đủ người.</div>`,
    );
  } else {
    const counts = findingCounts(findings).map(
      ({ kind, count }) => `<li>${escapeHtml(findingKindLabels[kind])}: <strong>${count}</strong></li>`,
    );
    parts.push(`<ul class="counts">${counts.join("")}</ul>`);
    const first = sortFindings(findings, units)
      .slice(0, findingsInSidebar)
      .map((f) => {
        const who = f.who ? `${escapeHtml(f.who.name)} – ` : "";
        const post = findingPost(f);
        return `<li>${who}${escapeHtml(f.unit)}${post ? ` (${escapeHtml(post)})` : ""}: ${escapeHtml(f.reason)}</li>`;
      });
    if (findings.length > findingsInSidebar)
      first.push(`<li>… và ${findings.length - findingsInSidebar} vấn đề khác</li>`);
    parts.push(`<ul class="short">${first.join("")}</ul>`);
  }
  for (const note of view.notes) parts.push(`<div class="note">${escapeHtml(note)}</div>`);
  parts.push(link);
  return parts.join("\n");
}
