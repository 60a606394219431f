// Entry of the bundled core benchmark (see bundled.ts).
import { printFirstRun, run } from "./core";

if (process.argv.includes("--first-run")) printFirstRun();
else {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
