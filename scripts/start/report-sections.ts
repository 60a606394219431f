// What npm start prints beyond the targets table, read from the result sheet as the add-on wrote
// it: a bar per target (the terminal's picture of the sheet's chart), the units that pull a share
// target down (the sheet's matrix by unit, its colours read as statuses), and the "Quy hoạch"
// section (what it checked against, people planned per key post, findings unit by unit).
import { statusColors } from "../../apps-script/result-style";
import { findingHeaders, successionSectionTitle } from "../../apps-script/result-succession";
import { unitsSectionTitle } from "../../apps-script/result-units";
import { targetStatusLabels } from "../../shared/labels";
import type { TargetStatus } from "../../shared/model";
import type { CellValue } from "../../shared/templates";
import { type Colour, painter } from "./colour";
import { renderTable } from "./table";
import { displayWidth, pad, wrap } from "./text-width";

/** Findings printed one by one; the rest are counted. */
const FINDINGS_LISTED = 30;

export interface SectionOptions {
  colour: boolean;
  width: number;
}

const statusColour: Record<TargetStatus, Colour> = {
  met: "green",
  notMet: "red",
  insufficientData: "yellow",
};

const text = (cell: CellValue | undefined) => String(cell ?? "").trim();

function statusOfLabel(label: string): TargetStatus | undefined {
  return (Object.keys(targetStatusLabels) as TargetStatus[]).find((s) => targetStatusLabels[s] === label);
}

function statusOfBackground(colour: string): TargetStatus | undefined {
  return (Object.keys(statusColors) as TargetStatus[]).find(
    (s) => statusColors[s].background === colour.toLowerCase(),
  );
}

/** `text` wrapped to `width`, the lines after the first indented by `indent` spaces. */
export function hanging(first: string, width: number, indent: number): string[] {
  const lead = /^ */.exec(first)![0];
  const [head, ...rest] = wrap(first.slice(lead.length), width - lead.length);
  const tail = rest.join(" ");
  return [
    lead + (head ?? ""),
    ...(tail ? wrap(tail, width - indent).map((line) => " ".repeat(indent) + line) : []),
  ];
}

// ---- the chart: a bar per target ----

export interface BarRow {
  id: string;
  /** "93%" as the result sheet's "Tỉ lệ" column says it. */
  percent: string;
  status: string;
}

/** "T01 ████████████░░░░  93% Chưa đạt": the share reached of each target, as the sheet's chart draws it. */
export function targetBars(rows: readonly BarRow[], options: SectionOptions): string[] {
  const idWidth = Math.max(...rows.map((r) => displayWidth(r.id)));
  const statusWidth = Math.max(...rows.map((r) => displayWidth(r.status)));
  const barWidth = Math.max(10, options.width - idWidth - statusWidth - 8);
  return rows.map((row) => {
    const value = Math.max(0, Math.min(100, Number.parseInt(row.percent, 10) || 0));
    const filled = Math.floor((value * barWidth) / 100);
    const status = statusOfLabel(row.status);
    const paint = painter(status ? statusColour[status] : "grey", options.colour);
    const bar = paint("█".repeat(filled)) + "░".repeat(barWidth - filled);
    return `${pad(row.id, idWidth)} ${bar} ${pad(`${value}%`, 4, "right")} ${paint(row.status)}`;
  });
}

// ---- the matrix by unit ----

interface MatrixRow {
  label: string;
  /** A sector's total. */
  total: boolean;
  cells: Array<{ id: string; text: string; status?: TargetStatus }>;
}

/**
 * The matrices under "Kết quả theo đơn vị", side by side again: one row per sector total and unit,
 * each cell's status read from its colour.
 */
export function unitMatrix(
  values: CellValue[][],
  background: (row: number, column: number) => string,
): MatrixRow[] | null {
  const title = values.findIndex((r) => text(r[0]) === unitsSectionTitle);
  if (title < 0) return null;
  const rows: MatrixRow[] = [];
  let r = title + 2;
  while (text(values[r]?.[0]) === "STT" && text(values[r]?.[1]) === "Đơn vị") {
    const ids = (values[r] ?? []).slice(2).map(text).filter(Boolean);
    let k = 0;
    for (r++; r < values.length && (text(values[r]?.[0]) || text(values[r]?.[1])); r++, k++) {
      const row = values[r]!;
      const cells = ids.map((id, i) => {
        const status = statusOfBackground(background(r + 1, i + 3));
        // "7/10 = 70%" and, on its own line, "1 thiếu dữ liệu": said on one line.
        const [figure = "", ...unknown] = text(row[i + 2]).split("\n");
        const said = unknown.length ? `${figure} (${unknown.join(", ")})` : figure;
        return { id, text: said, ...(status ? { status } : {}) };
      });
      const label = text(row[1]);
      if (rows[k]) rows[k]!.cells.push(...cells);
      else rows.push({ label, total: text(row[0]) === "", cells });
    }
    r++;
  }
  return rows;
}

/** The units (and sectors) that do not reach a share target, with their figure in each. */
export function unitLines(rows: readonly MatrixRow[], options: SectionOptions): string[] {
  const red = painter("red", options.colour);
  const short = (row: MatrixRow) =>
    row.cells.filter((c) => c.status === "notMet").map((c) => `${c.id} ${red(c.text)}`);
  const listed = (list: readonly MatrixRow[], name: (row: MatrixRow) => string) =>
    list
      .filter((row) => short(row).length > 0)
      .flatMap((row) => hanging(`• ${name(row)}: ${short(row).join(", ")}`, options.width, 4));
  const units = listed(
    rows.filter((r) => !r.total),
    (r) => r.label,
  );
  const sectors = listed(
    rows.filter((r) => r.total),
    (r) => r.label.replace(/^Khu vực:\s*/, ""),
  );
  const out = ["Đơn vị chưa đạt chỉ tiêu tỉ lệ (số đạt/số được tính trong đơn vị):"];
  out.push(...(units.length ? units : ["  Không có: mọi đơn vị đạt hoặc chưa đủ dữ liệu để đánh giá."]));
  if (sectors.length) out.push("Theo khu vực:", ...sectors);
  return out;
}

// ---- the succession section ----

export interface SuccessionSection {
  lines: string[];
  depth: { header: string[]; rows: string[][] } | null;
  findings: Array<Record<(typeof findingHeaders)[number], string>>;
  more: string;
  notes: string[];
}

/** The "Quy hoạch" section of the result sheet. */
export function successionSection(values: CellValue[][]): SuccessionSection | null {
  const title = values.findIndex((r) => text(r[0]) === successionSectionTitle);
  if (title < 0) return null;
  const section: SuccessionSection = {
    lines: [text(values[title + 1]?.[0]), text(values[title + 2]?.[0])].filter(Boolean),
    depth: null,
    findings: [],
    more: "",
    notes: [],
  };
  for (let r = title + 3; r < values.length; r++) {
    const row = values[r] ?? [];
    const first = text(row[0]);
    if (first === "STT" && text(row[1]) === "Đơn vị" && !section.depth) {
      const header = row.map(text).filter(Boolean);
      const rows: string[][] = [];
      for (r++; r < values.length && text(values[r]?.[0]); r++)
        rows.push((values[r] ?? []).slice(0, header.length).map(text));
      section.depth = { header, rows };
    } else if (findingHeaders.every((h, i) => text(row[i]) === h)) {
      for (r++; r < values.length && (values[r] ?? []).some((c) => text(c)); r++) {
        const cells = values[r]!;
        if (!text(cells[0]) && text(cells[1]).startsWith("… và")) {
          section.more = text(cells[1]);
          continue;
        }
        section.findings.push(
          Object.fromEntries(findingHeaders.map((h, i) => [h, text(cells[i])])) as Record<string, string>,
        );
      }
    } else if (first === "Ghi chú về quy hoạch") {
      for (r++; r < values.length && text(values[r]?.[0]).startsWith("•"); r++)
        section.notes.push(text(values[r]?.[0]).replace(/^•\s*/, ""));
      break;
    } else if (first && !first.startsWith("Số người") && !first.startsWith("Các vấn đề")) {
      break;
    }
  }
  return section;
}

/**
 * "• Trần Thị Bình (CB02), Bí thư 2030–2035 – Quá tuổi lần đầu giữ chức: 32 tuổi khi…": one
 * finding, its person and post, what kind it is and why.
 */
export function findingLine(finding: SuccessionSection["findings"][number]): string {
  const who = finding["Họ và tên"] ? `${finding["Họ và tên"]} (${finding.Mã})` : "";
  const post = [finding["Chức danh"], finding["Nhiệm kỳ"]].filter(Boolean).join(" ");
  const head = [who, post].filter(Boolean).join(", ");
  return `• ${head} – ${finding["Vấn đề"]}: ${finding["Lý do"]}`;
}

export function successionLines(section: SuccessionSection, options: SectionOptions): string[] {
  const out: string[] = [];
  for (const line of section.lines) out.push(...wrap(line, options.width));
  if (section.depth) {
    const [, ...columns] = section.depth.header;
    out.push(
      renderTable(
        columns.map((header, i) =>
          i === 0 ? { header, flexible: true, min: 16 } : { header, align: "right" },
        ),
        section.depth.rows.map((row) => row.slice(1).map((cell) => ({ text: cell }))),
        options.width,
      ),
    );
  }
  let unit = "";
  const bold = painter("bold", options.colour);
  for (const finding of section.findings.slice(0, FINDINGS_LISTED)) {
    if (finding["Đơn vị"] !== unit) {
      unit = finding["Đơn vị"] ?? "";
      out.push(bold(unit));
    }
    out.push(...hanging(`  ${findingLine(finding)}`, options.width, 4));
  }
  const rest = section.findings.length - FINDINGS_LISTED;
  if (rest > 0 || section.more) {
    const more = rest > 0 ? `… và ${rest} vấn đề khác` : section.more;
    const where = `(xem tệp kết quả, trang “Kết quả chỉ tiêu”, mục “${successionSectionTitle}”).`;
    out.push(...wrap(`${more} ${where}`, options.width));
  }
  for (const note of section.notes) out.push(...hanging(`• ${note}`, options.width, 2));
  return out;
}
