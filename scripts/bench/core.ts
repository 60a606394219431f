// Core benchmark: a city-wide dataset read through the sheet templates and evaluated with the
// built-in 2023 preset. The first run is what a one-off run costs (the code not yet compiled by the
// JavaScript engine); the next runs show the steady cost. Prints time and peak memory; asserts nothing.

import type { Plan } from "../../shared/model";
import { generateCityDataset } from "../../shared/sample";
import { checkSuccession } from "../../shared/succession/check";
import { evaluatePlan } from "../../shared/targets/engine";
import { preset2023 } from "../../shared/targets/preset-2023";
import { readWorkbook } from "../../shared/templates";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs after the first one, for the steady figures. */
const laterRuns = 4;

const size = { cadres: 100_000, trainings: 500_000, units: 200 };

/** The dataset, and `once`: one read and evaluation of it. */
function setUp() {
  const started = performance.now();
  const workbook = generateCityDataset(size);
  const generateMs = performance.now() - started;
  // The 2023 preset, and the two succession targets; every target's result comes by unit too.
  const period = { from: "2023-01-01", to: "2023-12-31" };
  const plan: Plan = {
    ...preset2023,
    targets: [
      ...preset2023.targets,
      {
        id: "Q1",
        text: "100% chức danh chủ chốt có từ 2 người quy hoạch trở lên",
        source: "",
        subject: "units",
        filter: { levels: ["Cơ sở"] },
        requirement: {
          kind: "successionDepth",
          posts: ["secretary", "deputySecretary"],
          terms: ["2027–2032"],
          minCandidates: 2,
        },
        measure: { kind: "share", percent: 100 },
        period,
      },
      {
        id: "Q2",
        text: "100% người quy hoạch đạt tiêu chuẩn chức danh",
        source: "",
        subject: "units",
        filter: { levels: ["Cơ sở"] },
        requirement: { kind: "successionStandards", terms: ["2027–2032"] },
        measure: { kind: "share", percent: 100 },
        period,
      },
    ],
  };

  const once = () => {
    // What the previous run left is not this run's cost (gc is there when run by bundled.ts).
    (globalThis as { gc?: () => void }).gc?.();
    let started = performance.now();
    const read = readWorkbook(workbook);
    const readMs = performance.now() - started;
    started = performance.now();
    const results = evaluatePlan(plan, read.data, { today: "2023-12-31" });
    // The succession check of the result sheet's "Quy hoạch" section.
    const succession = checkSuccession(read.data, {
      ageRule: read.settings.ageRule,
      term: read.settings.term,
      keyPosts: read.settings.keyPosts,
      minCandidates: read.settings.minCandidates,
    });
    const evaluateMs = performance.now() - started;
    return {
      readMs,
      evaluateMs,
      rows: read.rowsRead,
      problems: read.problems.length,
      targets: results.length,
      findings: succession.findings.length,
      units: results.reduce((n, r) => n + r.byUnit.length, 0),
    };
  };
  return { generateMs, once };
}

/** The first run alone, as one line of JSON: for cold runs, each in a new process (core-cold.ts). */
export function printFirstRun(): void {
  const { once } = setUp();
  const { readMs, evaluateMs } = once();
  console.log(JSON.stringify({ readMs, evaluateMs }));
}

export async function run(): Promise<void> {
  const { generateMs, once } = setUp();
  const rssAfterGenerate = peakRss();
  const first = once();
  const rssAfterFirst = peakRss();
  const later = Array.from({ length: laterRuns }, once);

  console.log(
    `dataset: ${size.cadres.toLocaleString("en")} cadres, ${size.trainings.toLocaleString("en")} training records, ${size.units} units (generated in ${ms(generateMs)})`,
  );
  console.log(`read through templates: ${first.rows} rows, ${first.problems} problems`);
  console.log(
    `evaluate the 2023 preset and two succession targets: ${first.targets} targets, ${first.units} unit rows of results; succession check: ${first.findings} findings`,
  );
  const line = (label: string, pick: (r: typeof first) => number) =>
    console.log(
      `${label}: first run ${ms(pick(first))}, next ${laterRuns} runs median ${ms(median(later.map(pick)))}`,
    );
  line("read", (r) => r.readMs);
  line("evaluate", (r) => r.evaluateMs);
  line("read + evaluate", (r) => r.readMs + r.evaluateMs);
  console.log("  aim: under 2000 ms");
  console.log(
    `peak memory (RSS) for one run: ${mb(rssAfterFirst)} (after generating the dataset: ${mb(rssAfterGenerate)}; aim: under 1 GB)`,
  );
}
