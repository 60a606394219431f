// Runs the built add-on (one classic script) in a Node vm whose globals are only the runtime's
// services, and calls its top-level functions by name as Sheets does.
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import vm from "node:vm";
import type { SheetsRuntime } from "./index";

/** Host objects a Node vm context could leak; Apps Script has none of them. */
export const ABSENT_GLOBALS = [
  "URL",
  "URLSearchParams",
  "TextEncoder",
  "TextDecoder",
  "setTimeout",
  "setInterval",
  "setImmediate",
  "clearTimeout",
  "queueMicrotask",
  "require",
  "module",
  "process",
  "Buffer",
  "fetch",
  "structuredClone",
  "atob",
  "btoa",
] as const;

const RUNTIME_GLOBALS = new Set([
  "SpreadsheetApp",
  "HtmlService",
  "LockService",
  "PropertiesService",
  "Utilities",
  "Session",
  "Logger",
  "ScriptApp",
  "Charts",
  "console",
  "Date",
]);

/**
 * Read once before the bundle runs, the built-ins its loops use become names of the script's own
 * scope. A Node vm reaches the global object through a slow path, and every `Math.min` or
 * `x instanceof Date` in a loop over 50,000 rows would pay for it; Apps Script has no such cost,
 * so this belongs to the test runtime, not to the add-on.
 */
export const LOCAL_BUILTINS = "const { Array, Date, Math, Number, Object, String } = globalThis;";

export interface LoadedAddon {
  /** Calls a top-level function as a menu item or trigger would: one execution, locks released after. */
  call(name: string, ...args: unknown[]): unknown;
  /** Calls a function as google.script.run does: arguments and result pass through JSON, dates refused. */
  run(name: string, ...args: unknown[]): unknown;
  context: vm.Context;
}

/** google.script.run refuses dates and functions anywhere in what it carries. */
function checkTransferable(value: unknown, what: string): void {
  JSON.stringify(value, function (key) {
    const raw = (this as Record<string, unknown>)[key];
    if (Object.prototype.toString.call(raw) === "[object Date]" || typeof raw === "function") {
      throw new Error(
        `google.script.run cannot pass ${what} holding a ${typeof raw === "function" ? "function" : "Date"}`,
      );
    }
    return raw;
  });
}

export function loadAddon(runtime: SheetsRuntime, codePath = "dist/apps-script/Code.js"): LoadedAddon {
  const file = resolve(codePath);
  const code = readFileSync(file, "utf8");
  for (const name of readdirSync(dirname(file))) {
    if (name.endsWith(".html"))
      runtime.htmlFiles.set(basename(name, ".html"), readFileSync(join(dirname(file), name), "utf8"));
  }
  const { context } = runtime;
  for (const name of ABSENT_GLOBALS) {
    if (vm.runInContext(`typeof ${name}`, context) !== "undefined")
      throw new Error(`The add-on's context must not define ${name}`);
  }
  vm.runInContext(`${LOCAL_BUILTINS}\n${code}`, context, { filename: file, lineOffset: -1 });

  function entryPoint(name: string): (...args: unknown[]) => unknown {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== "function" || RUNTIME_GLOBALS.has(name)) {
      throw new Error(`Script function not found: ${name} (no top-level function "${name}" in ${codePath})`);
    }
    if (name.endsWith("_"))
      throw new Error(`Script function ${name} is private (its name ends with "_") and cannot be called`);
    return fn as (...args: unknown[]) => unknown;
  }

  return {
    context,
    call(name, ...args) {
      const fn = entryPoint(name);
      try {
        return fn(...args);
      } finally {
        runtime.endExecution();
      }
    },
    run(name, ...args) {
      const fn = entryPoint(name);
      checkTransferable(args, "arguments");
      const copied = JSON.parse(JSON.stringify(args) ?? "[]") as unknown[];
      try {
        const result = fn(...copied);
        checkTransferable(result, "a result");
        return result === undefined ? undefined : JSON.parse(JSON.stringify(result) ?? "null");
      } finally {
        runtime.endExecution();
      }
    },
  };
}
