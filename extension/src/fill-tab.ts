// Filling a tab from the popup or the shortcut: inject content.js into the tab (top frame), call
// its fill(), and on consent do the same in cross-origin frames. Reports are merged.
import browser from "webextension-polyfill";
import type { PayloadField } from "../../shared/payload";
import type { ContentApi, FillReport, FillRequest } from "./report";

const CONTENT_SCRIPT = "content.js";

/** Runs inside the page (serialised by executeScript): no closure over this module. */
function callFill(request: FillRequest): Promise<FillReport | null> {
  const api = (globalThis as { __cadreFill?: ContentApi }).__cadreFill;
  return api ? api.fill(request) : Promise.resolve(null);
}

function callUndo(): number {
  return (globalThis as { __cadreFill?: ContentApi }).__cadreFill?.undo() ?? 0;
}

async function run(tabId: number, allFrames: boolean, request: FillRequest): Promise<FillReport[]> {
  await browser.scripting.executeScript({ target: { tabId, allFrames }, files: [CONTENT_SCRIPT] });
  const results = await browser.scripting.executeScript({
    target: { tabId, allFrames },
    func: callFill,
    args: [request],
  });
  return results.map((r) => r.result as FillReport | null).filter((r): r is FillReport => r !== null);
}

/** The top document and its same-origin frames. */
export async function fillTab(
  tabId: number,
  fields: PayloadField[],
  pins: FillRequest["pins"],
): Promise<FillReport[]> {
  return run(tabId, false, { fields, pins, mode: "top" });
}

/** Frames of other origins, after the user agreed. Frames the browser will not open are skipped. */
export async function fillFrames(
  tabId: number,
  fields: PayloadField[],
  pins: FillRequest["pins"],
  origins: string[],
): Promise<FillReport[]> {
  return run(tabId, true, { fields, pins, mode: "frames", origins });
}

/** Undo in every frame we filled; returns how many writes were undone. */
export async function undoTab(tabId: number): Promise<number> {
  let results: Array<{ result?: unknown }>;
  try {
    results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: callUndo });
  } catch {
    results = await browser.scripting.executeScript({ target: { tabId }, func: callUndo });
  }
  return results.reduce((sum, r) => sum + (typeof r.result === "number" ? r.result : 0), 0);
}

/** Payload fields no frame used. */
export function unusedFields(fields: PayloadField[], reports: FillReport[]): PayloadField[] {
  const used = new Set(reports.flatMap((r) => r.usedKeys));
  return fields.filter((f) => !used.has(f.key));
}
