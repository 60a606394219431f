// The result sheet's view by unit: a matrix of units × targets (reached/counted in each unit,
// coloured by the unit's own status for a share target), units grouped by sector under the
// sector's total; a chart of the share reached per target; and, for the sidebar, the units that
// pull a target down.
import { sectorLabels } from "../shared/labels";
import type { Sector, TargetResult, UnitResult } from "../shared/model";
import { sectors } from "../shared/model";
import { nameKey } from "../shared/text";
import { escapeHtml } from "./escape-html";
import type { ReportBlock, ReportChart } from "./report-sheet";
import {
  headerBackground,
  row,
  sectionNote,
  sectionTitle,
  statusColors,
  totalBackground,
} from "./result-style";

export const unitsSectionTitle = "Kết quả theo đơn vị";
export const chartSectionTitle = "Biểu đồ: tỉ lệ đạt của từng chỉ tiêu";
/** Targets side by side in one matrix: the columns C to I of the sheet; more go in the next matrix below. */
export const targetsPerMatrix = 7;
/** Rows kept empty under the chart's title for the chart to sit on (21 pixels each). */
export const chartRows = 20;
/** Units named in the sidebar; the rest are counted. */
const unitsInSidebar = 8;
const noSector = "Chưa ghi khu vực";

/** "Địa bàn dân cư", or that the sector is not given. */
export function sectorName(sector: Sector | undefined): string {
  return sector ? sectorLabels[sector] : noSector;
}

/** "3/7 = 42%" for a share, "3/7" for a count; what lacks data on a line of its own. */
export function unitFigure(result: Pick<UnitResult, "reached" | "counted" | "unknown" | "percent">): string {
  const base =
    result.percent !== undefined && result.counted > 0
      ? `${result.reached}/${result.counted} = ${result.percent}%`
      : `${result.reached}/${result.counted}`;
  return result.unknown > 0 ? `${base}\n${result.unknown} thiếu dữ liệu` : base;
}

interface Group {
  sector?: Sector;
  units: string[];
}

/**
 * Every unit any target counts, grouped by sector (in the order of the sectors, no sector last),
 * in the order the results give them (the units sheet's, then names found elsewhere).
 */
export function unitGroups(results: readonly TargetResult[]): Group[] {
  const seen = new Map<string, { name: string; sector?: Sector }>();
  for (const result of results) {
    for (const unit of result.byUnit) {
      const key = nameKey(unit.unit);
      if (!seen.has(key)) seen.set(key, { name: unit.unit, ...(unit.sector ? { sector: unit.sector } : {}) });
    }
  }
  const all = [...seen.values()];
  return [...sectors, undefined].flatMap((sector) => {
    const units = all.filter((u) => u.sector === sector).map((u) => u.name);
    return units.length > 0 ? [{ ...(sector ? { sector } : {}), units }] : [];
  });
}

/** The matrices of units × targets from `at`: blocks, and the rows they take. */
export function unitMatrixBlocks(results: readonly TargetResult[], at: number): ReportBlock[] {
  const blocks: ReportBlock[] = [
    sectionTitle(at, unitsSectionTitle),
    sectionNote(at + 1, [
      "Mỗi ô: số đạt/số được tính của đơn vị. Màu theo đánh giá riêng của đơn vị ở chỉ tiêu tỉ lệ: xanh đạt, đỏ chưa đạt, vàng thiếu dữ liệu. Dòng tô xám: cộng theo khu vực. Di chuột vào mã chỉ tiêu để đọc chỉ tiêu.",
    ]),
  ];
  const groups = unitGroups(results);
  const byUnit = results.map((r) => new Map(r.byUnit.map((u) => [nameKey(u.unit), u])));
  const bySector = results.map((r) => new Map(r.bySector.map((s) => [s.sector, s])));
  let next = at + 2;
  for (let first = 0; first < results.length; first += targetsPerMatrix) {
    const part = results.slice(first, first + targetsPerMatrix);
    const width = 2 + part.length;
    const values: string[][] = [["STT", "Đơn vị", ...part.map((r) => r.target.id)]];
    const notes: string[][] = [["", "", ...part.map((r) => `${r.target.id}: ${r.target.text}`)]];
    const backgrounds: Array<Array<string | null>> = [row(width, headerBackground)];
    const fontColors: Array<Array<string | null>> = [row(width, null)];
    const weights: Array<Array<"bold" | "normal">> = [row(width, "bold")];
    const aligns: Array<Array<"left" | "center">> = [row<"left" | "center">(width, "center")];
    const paint = (cells: Array<UnitResult | undefined>, total: boolean) => {
      const background = row<string | null>(width, total ? totalBackground : null);
      const font = row<string | null>(width, null);
      cells.forEach((cell, i) => {
        if (cell?.status) {
          background[2 + i] = statusColors[cell.status].background;
          font[2 + i] = statusColors[cell.status].font;
        }
      });
      backgrounds.push(background);
      fontColors.push(font);
      weights.push(row(width, total ? "bold" : "normal"));
      aligns.push(["center", "left", ...part.map((): "center" => "center")]);
      notes.push(row(width, ""));
    };
    let number = 0;
    for (const group of groups) {
      const totals = part.map((_, i) => bySector[first + i]!.get(group.sector));
      values.push([
        "",
        `${group.sector ? `Khu vực: ${sectorName(group.sector)}` : noSector} (${group.units.length} đơn vị)`,
        ...totals.map((t) => (t ? unitFigure(t) : "–")),
      ]);
      paint(
        totals.map((t) => (t ? { ...t, unit: "" } : undefined)),
        true,
      );
      for (const unit of group.units) {
        const cells = part.map((_, i) => byUnit[first + i]!.get(nameKey(unit)));
        values.push([String(++number), unit, ...cells.map((c) => (c ? unitFigure(c) : "–"))]);
        paint(cells, false);
      }
    }
    blocks.push({
      row: next,
      values,
      notes,
      backgrounds,
      fontColors,
      fontWeights: weights,
      horizontalAlignments: aligns,
      numberFormats: values.map(() => row(width, "@")),
      wrapAll: true,
      alignTop: true,
      borders: true,
    });
    next += values.length + 1;
  }
  return blocks;
}

/**
 * The chart of the share reached per target: the summary's "Mã" and "Tỉ lệ" columns (header row
 * `headerRow`, `count` targets below), sitting on the empty rows under its title at `at`.
 */
export function shareChart(headerRow: number, count: number, at: number): ReportChart {
  return {
    key: "shareByTarget",
    type: "COLUMN",
    ranges: [
      [headerRow, 1, count + 1, 1],
      [headerRow, 5, count + 1, 1],
    ],
    headers: 1,
    anchor: { row: at + 1, column: 1 },
    options: { "vAxis.format": "0%", "vAxis.viewWindow.min": 0, "vAxis.viewWindow.max": 1 },
    look: {
      title: "Tỉ lệ đạt của từng chỉ tiêu",
      "legend.position": "none",
      colors: ["#3c78d8"],
      width: 760,
      height: chartRows * 21 - 20,
    },
  };
}

/** The chart's title line; the rows below it are left empty for the chart. */
export function chartBlocks(at: number): ReportBlock[] {
  return [
    sectionTitle(at, chartSectionTitle),
    sectionNote(at + chartRows + 1, [
      "Cột: tỉ lệ đạt (chỉ tiêu tỉ lệ) hoặc phần đã làm được so với số lượng đặt ra (chỉ tiêu số lượng), như cột “Tỉ lệ” ở bảng trên.",
    ]),
  ];
}

/** For each unit with a share target it does not reach: the targets and its figure in each. */
export function unitsPullingDown(
  results: readonly TargetResult[],
): Array<{ unit: string; targets: Array<{ id: string; figure: string }> }> {
  const order: string[] = [];
  const short = new Map<string, Array<{ id: string; figure: string }>>();
  for (const group of unitGroups(results)) order.push(...group.units);
  for (const result of results) {
    for (const unit of result.byUnit) {
      if (unit.status !== "notMet") continue;
      const list = short.get(unit.unit) ?? [];
      list.push({ id: result.target.id, figure: unitFigure({ ...unit, unknown: 0 }) });
      short.set(unit.unit, list);
    }
  }
  return order
    .filter((unit) => short.has(unit))
    .map((unit) => ({ unit, targets: short.get(unit)! }))
    .sort((a, b) => b.targets.length - a.targets.length);
}

/** The sidebar's part by unit: the units that pull a target down, most first, and a link to the matrix. */
export function unitsSidebarHtml(results: readonly TargetResult[], link: string): string {
  const units = unitsPullingDown(results);
  const parts = [`<h3>Theo đơn vị</h3>`];
  if (units.length === 0) {
    parts.push(`<div>Không đơn vị nào chưa đạt một chỉ tiêu tỉ lệ.</div>`);
  } else {
    parts.push(`<div>${units.length} đơn vị chưa đạt ít nhất một chỉ tiêu tỉ lệ:</div><ul class="units">`);
    for (const { unit, targets } of units.slice(0, unitsInSidebar)) {
      const list = targets.map((t) => `${escapeHtml(t.id)} ${escapeHtml(t.figure)}`).join(", ");
      parts.push(`<li><strong>${escapeHtml(unit)}</strong>: ${list}</li>`);
    }
    if (units.length > unitsInSidebar)
      parts.push(`<li>… và ${units.length - unitsInSidebar} đơn vị khác</li>`);
    parts.push("</ul>");
  }
  parts.push(link);
  return parts.join("\n");
}
