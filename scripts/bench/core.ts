// Core benchmark: a city-wide dataset read through the sheet templates and evaluated
// with the built-in 2023 preset. Prints time and peak memory; asserts nothing.
import { generateCityDataset } from "../../shared/sample";
import { evaluatePlan } from "../../shared/targets/engine";
import { findPreset } from "../../shared/targets/presets";
import { readWorkbook } from "../../shared/templates";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;

export async function run(): Promise<void> {
  const size = { cadres: 100_000, trainings: 500_000, units: 200 };
  let started = performance.now();
  const workbook = generateCityDataset(size);
  const generateMs = performance.now() - started;
  const rssAfterGenerate = peakRss();

  started = performance.now();
  const read = readWorkbook((name) => workbook[name] ?? null);
  const readMs = performance.now() - started;

  const plan = findPreset("ke-hoach-can-bo-2023");
  if (!plan) throw new Error("preset ke-hoach-can-bo-2023 not found");
  started = performance.now();
  const results = evaluatePlan(plan, read.data, { today: "2023-12-31" });
  const evaluateMs = performance.now() - started;

  console.log(
    `dataset: ${size.cadres.toLocaleString("en")} cadres, ${size.trainings.toLocaleString("en")} training records, ${size.units} units (generated in ${generateMs.toFixed(0)} ms)`,
  );
  console.log(
    `read through templates: ${readMs.toFixed(0)} ms (${read.rowsRead} rows, ${read.problems.length} problems)`,
  );
  console.log(`evaluate preset (${results.length} targets): ${evaluateMs.toFixed(0)} ms`);
  console.log(`read + evaluate: ${(readMs + evaluateMs).toFixed(0)} ms (aim: under 2000 ms)`);
  console.log(
    `peak memory (RSS): ${mb(peakRss())} (after generating the dataset: ${mb(rssAfterGenerate)}; aim: under 1 GB)`,
  );
}
