// The core benchmark's first run, taken in several new processes: a one-off run is what the add-on
// does, and this machine's speed changes from minute to minute, so one figure alone says little.
import { runBuilt } from "./bundled";

const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Runs the built core benchmark `file` with --first-run in `processes` new processes; prints the spread. */
export function runCold(file: string, processes: number): void {
  const runs = Array.from({ length: processes }, () => {
    const { readMs, evaluateMs } = JSON.parse(runBuilt(file, ["--first-run"], true)) as {
      readMs: number;
      evaluateMs: number;
    };
    return readMs + evaluateMs;
  }).sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)]!;
  console.log(
    `read + evaluate, first run in ${processes} new processes: median ${ms(median)}, fastest ${ms(runs[0]!)}, slowest ${ms(runs[runs.length - 1]!)} (under 2000 ms: ${runs.filter((r) => r < 2000).length} of ${processes})`,
  );
}
