// npm run bench: prints time, memory and call counts; never asserts on time.
import { run as runAddon } from "./bench/addon";
import { runBundled } from "./bench/bundled";
import { run as runExtension } from "./bench/extension";

const only = process.argv[2];
const parts: Array<[string, () => Promise<void>]> = [
  ["core", () => runBundled("scripts/bench/core-main.ts")],
  ["addon", runAddon],
  ["extension", runExtension],
];
for (const [name, run] of parts) {
  if (only && only !== name) continue;
  console.log(`\n== ${name} ==`);
  await run();
}
