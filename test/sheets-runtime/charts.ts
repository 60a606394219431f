// Charts embedded in a sheet (EmbeddedChart) and the Charts service's enums, as Sheets has them:
// `sheet.newChart()` gives a builder; `build()` makes a chart that is not yet in the sheet (its id
// is null); `sheet.insertChart(chart)` puts a copy in with a new id, unique in the spreadsheet;
// `sheet.getCharts()` gives the charts in, each a picture of it at that moment; `chart.modify()`
// gives a builder that keeps the chart's id, and `sheet.updateChart(built)` replaces the chart of
// that id; `sheet.removeChart(chart)` takes it out. A chart belongs to its sheet: it goes when the
// sheet is deleted, is copied with it, and its anchor moves when rows or columns are inserted or
// deleted before it. Charts float over the cells: pasting or clearing cells leaves them alone.
import { KIND, type Service, serviceList } from "./counting";
import type { MemoryRange } from "./range";
import type { Realm } from "./realm";

const enumOf = <T extends string>(names: readonly T[]) =>
  Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<T, T>);

export const ChartType = enumOf([
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
] as const);
export const Position = enumOf(["TOP", "RIGHT", "BOTTOM", "NONE"] as const);
export const ChartHiddenDimensionStrategy = enumOf([
  "IGNORE_BOTH",
  "IGNORE_ROWS",
  "IGNORE_COLUMNS",
  "SHOW_BOTH",
] as const);
export const ChartMergeStrategy = enumOf(["MERGE_COLUMNS", "MERGE_ROWS"] as const);

/** Where a chart's top left corner is: a cell, and pixels from it. */
export interface Anchor {
  row: number;
  column: number;
  offsetX: number;
  offsetY: number;
}

/** Everything a chart is, copied whole between builders, charts and the sheet. */
export interface ChartSpec {
  /** Null until the chart is inserted into a sheet. */
  id: number | null;
  type: string;
  ranges: MemoryRange[];
  options: Map<string, unknown>;
  anchor: Anchor;
  numHeaders: number;
  hiddenDimensionStrategy: string;
  mergeStrategy: string;
  transpose: boolean;
}

const sameRange = (range: MemoryRange) => (r: MemoryRange) =>
  r.sheet === range.sheet && r.getA1Notation() === range.getA1Notation();

export function copySpec(spec: ChartSpec): ChartSpec {
  return { ...spec, ranges: [...spec.ranges], options: new Map(spec.options), anchor: { ...spec.anchor } };
}

export function newSpec(): ChartSpec {
  return {
    id: null,
    // Sheets picks a type from the data when none is set; a builder's own default is a line chart.
    type: ChartType.LINE,
    ranges: [],
    options: new Map(),
    anchor: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    // -1: Sheets guesses whether the first row holds headers.
    numHeaders: -1,
    hiddenDimensionStrategy: ChartHiddenDimensionStrategy.IGNORE_ROWS,
    mergeStrategy: ChartMergeStrategy.MERGE_COLUMNS,
    transpose: false,
  };
}

export class MemoryContainerInfo implements Service {
  readonly [KIND] = "ContainerInfo";
  constructor(private readonly anchor: Anchor) {}
  getAnchorRow(): number {
    return this.anchor.row;
  }
  getAnchorColumn(): number {
    return this.anchor.column;
  }
  getOffsetX(): number {
    return this.anchor.offsetX;
  }
  getOffsetY(): number {
    return this.anchor.offsetY;
  }
  toString(): string {
    return "ContainerInfo";
  }
}

export class MemoryChartOptions implements Service {
  readonly [KIND] = "ChartOptions";
  constructor(private readonly options: ReadonlyMap<string, unknown>) {}
  /** The option's value, or null when it was never set. */
  get(option: string): unknown {
    return this.options.get(String(option)) ?? null;
  }
  toString(): string {
    return "ChartOptions";
  }
}

/**
 * One builder for every chart type: `asColumnChart()` and its kin only set the type, and the
 * typed setters are options under the names the chart's options use ("title", "vAxis.title"…).
 */
export class MemoryEmbeddedChartBuilder implements Service {
  readonly [KIND] = "EmbeddedChartBuilder";
  readonly spec: ChartSpec;

  constructor(
    private readonly realm: Realm,
    spec: ChartSpec,
  ) {
    this.spec = copySpec(spec);
  }

  #fail(message: string): Error {
    return this.realm.error(message);
  }

  addRange(range: MemoryRange): this {
    if (!range || typeof (range as { getA1Notation?: unknown }).getA1Notation !== "function")
      throw this.#fail(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.",
      );
    // A range the chart already has is not added twice.
    if (!this.spec.ranges.some(sameRange(range))) this.spec.ranges.push(range);
    return this;
  }
  removeRange(range: MemoryRange): this {
    const i = this.spec.ranges.findIndex(sameRange(range));
    if (i >= 0) this.spec.ranges.splice(i, 1);
    return this;
  }
  clearRanges(): this {
    this.spec.ranges.length = 0;
    return this;
  }
  getRanges(): MemoryRange[] {
    return serviceList(this.realm.array(this.spec.ranges));
  }
  setChartType(type: string): this {
    if (!Object.hasOwn(ChartType, String(type))) throw this.#fail(`Invalid argument: type`);
    this.spec.type = String(type);
    return this;
  }
  getChartType(): string {
    return this.spec.type;
  }
  asAreaChart(): this {
    return this.setChartType(ChartType.AREA);
  }
  asBarChart(): this {
    return this.setChartType(ChartType.BAR);
  }
  asColumnChart(): this {
    return this.setChartType(ChartType.COLUMN);
  }
  asLineChart(): this {
    return this.setChartType(ChartType.LINE);
  }
  asPieChart(): this {
    return this.setChartType(ChartType.PIE);
  }
  setOption(option: string, value: unknown): this {
    this.spec.options.set(String(option), value);
    return this;
  }
  setTitle(chartTitle: string): this {
    return this.setOption("title", chartTitle);
  }
  setXAxisTitle(title: string): this {
    return this.setOption("hAxis.title", title);
  }
  setYAxisTitle(title: string): this {
    return this.setOption("vAxis.title", title);
  }
  setLegendPosition(position: string): this {
    return this.setOption("legend.position", String(position).toLowerCase());
  }
  setColors(cssValues: string[]): this {
    return this.setOption("colors", [...cssValues]);
  }
  /** The value axis from `start` to `end` (horizontal in a bar chart, vertical otherwise). */
  setRange(start: number, end: number): this {
    const axis = this.spec.type === ChartType.BAR ? "hAxis" : "vAxis";
    return this.setOption(`${axis}.viewWindow.min`, start).setOption(`${axis}.viewWindow.max`, end);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    if (!(anchorRowPos >= 1 && anchorColPos >= 1))
      throw this.#fail("The coordinates of the range are outside the dimensions of the sheet.");
    this.spec.anchor = {
      row: anchorRowPos,
      column: anchorColPos,
      offsetX: offsetX || 0,
      offsetY: offsetY || 0,
    };
    return this;
  }
  getContainer(): MemoryContainerInfo {
    return new MemoryContainerInfo({ ...this.spec.anchor });
  }
  setNumHeaders(headers: number): this {
    this.spec.numHeaders = headers;
    return this;
  }
  setHiddenDimensionStrategy(strategy: string): this {
    this.spec.hiddenDimensionStrategy = String(strategy);
    return this;
  }
  setMergeStrategy(mergeStrategy: string): this {
    this.spec.mergeStrategy = String(mergeStrategy);
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.spec.transpose = Boolean(transpose);
    return this;
  }
  build(): MemoryEmbeddedChart {
    return new MemoryEmbeddedChart(this.realm, this.spec);
  }
  toString(): string {
    return "EmbeddedChartBuilder";
  }
}

/** A chart: built (not yet in a sheet, id null) or a picture of one in its sheet. */
export class MemoryEmbeddedChart implements Service {
  readonly [KIND] = "EmbeddedChart";
  readonly spec: ChartSpec;

  constructor(
    private readonly realm: Realm,
    spec: ChartSpec,
  ) {
    this.spec = copySpec(spec);
  }

  getChartId(): number | null {
    return this.spec.id;
  }
  getContainerInfo(): MemoryContainerInfo {
    return new MemoryContainerInfo({ ...this.spec.anchor });
  }
  getRanges(): MemoryRange[] {
    return serviceList(this.realm.array(this.spec.ranges));
  }
  getOptions(): MemoryChartOptions {
    return new MemoryChartOptions(new Map(this.spec.options));
  }
  getNumHeaders(): number {
    return this.spec.numHeaders;
  }
  getHiddenDimensionStrategy(): string {
    return this.spec.hiddenDimensionStrategy;
  }
  getMergeStrategy(): string {
    return this.spec.mergeStrategy;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.spec.transpose;
  }
  modify(): MemoryEmbeddedChartBuilder {
    return new MemoryEmbeddedChartBuilder(this.realm, this.spec);
  }
  toString(): string {
    return "EmbeddedChart";
  }
}

/** The Charts service: only its enums (the add-on makes charts through a sheet's builder). */
export class MemoryCharts implements Service {
  readonly [KIND] = "Charts";
  get ChartType() {
    return ChartType;
  }
  get Position() {
    return Position;
  }
  get ChartHiddenDimensionStrategy() {
    return ChartHiddenDimensionStrategy;
  }
  get ChartMergeStrategy() {
    return ChartMergeStrategy;
  }
  toString(): string {
    return "Charts";
  }
}

/** Moves an anchor when `count` rows (or columns) are inserted (count > 0) or deleted at `from`. */
export function shiftAnchor(anchor: Anchor, axis: "row" | "column", from: number, count: number): void {
  const at = anchor[axis];
  if (count > 0) {
    if (at >= from) anchor[axis] = at + count;
  } else if (at >= from) {
    // A chart anchored in deleted rows moves up to the first row after them.
    anchor[axis] = Math.max(from, at + count);
  }
}
