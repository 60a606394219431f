// Entry of the bundled core benchmark (see bundled.ts).
import { run } from "./core";

run().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
