// npm run bench: prints time, memory and call counts; never asserts on time.
import { run as runAddon } from "./bench/addon";
import { buildBundled, runBuilt } from "./bench/bundled";
import { runCold } from "./bench/core-cold";
import { run as runExtension } from "./bench/extension";
import { run as runMarks } from "./bench/marks";

const only = process.argv[2];
const parts: Array<[string, () => Promise<void>]> = [
  [
    "core",
    async () => {
      const file = await buildBundled("scripts/bench/core-main.ts");
      runBuilt(file);
      runCold(file, 5);
    },
  ],
  ["addon", runAddon],
  ["marks", runMarks],
  ["extension", runExtension],
];
for (const [name, run] of parts) {
  if (only && only !== name) continue;
  console.log(`\n== ${name} ==`);
  await run();
}
