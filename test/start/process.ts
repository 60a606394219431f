// npm start as a process, for the tests: its exit code and what it printed.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function start(args: string[], env: Record<string, string> = {}): Promise<Finished> {
  return new Promise((done, fail) => {
    const child = spawn(tsx, ["scripts/start.ts", ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: "", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}
