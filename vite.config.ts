// Test configuration. The builds (add-on bundle, extension) are driven by scripts/build.ts,
// each part keeping its own Vite settings beside its code.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Browser tests share one Chromium per file; two cores, so keep workers few.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
