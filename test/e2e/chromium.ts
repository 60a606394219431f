// Finds Chromium for the browser tests. Where it is missing and we run as root with apt-get,
// installs Debian's package; otherwise stops with one clear sentence (never skips silently).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"];

function found(): string | undefined {
  return candidates.find((path) => existsSync(path));
}

function hasAptGet(): boolean {
  try {
    execFileSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export function findChromium(): string {
  const path = found();
  if (path) return path;
  if (process.getuid?.() === 0 && hasAptGet()) {
    execFileSync(
      "sh",
      ["-c", "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium"],
      {
        stdio: "inherit",
      },
    );
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(
    "Chromium is required for the browser tests and was not found: install Debian's package (apt-get install -y chromium) and run again.",
  );
}
