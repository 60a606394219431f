// Filling a tab from the popup or the shortcut: inject content.js into the top frame, call its
// fill(); frames of other sites are filled one by one, by frame id, after the user agrees to each.
// A frame where the content script's API is missing is a failure, never "0 fields".
import browser from "webextension-polyfill";
import type { PayloadField } from "../../shared/payload";
import type { FillReport, FillRequest } from "./report";

const CONTENT_SCRIPT = "content.js";

export class FillError extends Error {}

/** Runs inside the page (serialised by executeScript): no closure over this module. */
function callApi(method: "fill" | "confirm", arg: unknown): Promise<{ report: unknown } | { missing: true }> {
  const api = (globalThis as unknown as Record<symbol, { version?: number; fill(r: unknown): Promise<unknown>; confirm(ids: unknown): Promise<unknown> } | undefined>)[
    Symbol.for("cadre-plan-autofill/content-api")
  ];
  if (!api || api.version !== 2) return Promise.resolve({ missing: true as const });
  return (method === "fill" ? api.fill(arg) : api.confirm(arg)).then((report) => ({ report }));
}

function callUndo(): number {
  const api = (globalThis as unknown as Record<symbol, { version?: number; undo(): number } | undefined>)[
    Symbol.for("cadre-plan-autofill/content-api")
  ];
  return api && api.version === 2 ? api.undo() : 0;
}

type Target = { tabId: number; frameIds?: number[] };

async function call(target: Target, method: "fill" | "confirm", arg: unknown): Promise<FillReport[]> {
  const results = await browser.scripting.executeScript({ target, func: callApi, args: [method, arg] });
  const reports: FillReport[] = [];
  for (const r of results) {
    const answer = r.result as { report?: FillReport | null; missing?: true } | undefined;
    if (!answer || answer.missing) {
      throw new FillError("Tiện ích không chạy được trong trang này (trang đã chặn hoặc thay đổi phần điền của tiện ích). Hãy tải lại trang rồi bấm lại.");
    }
    if (answer.report) reports.push({ ...answer.report, frameId: r.frameId });
  }
  return reports;
}

async function inject(target: Target): Promise<void> {
  await browser.scripting.executeScript({ target, files: [CONTENT_SCRIPT] });
}

export interface FillOptions {
  fields: PayloadField[];
  pins: FillRequest["pins"];
  allowedSites: string[];
}

/** The top document and its same-origin frames. */
export async function fillTab(tabId: number, options: FillOptions): Promise<FillReport[]> {
  const target = { tabId, frameIds: [0] };
  await inject(target);
  return call(target, "fill", { ...options, mode: "top" } satisfies FillRequest);
}

/** One frame of another site the user agreed to; it must still show that site. */
export async function fillFrame(
  tabId: number,
  frameId: number,
  origin: string,
  options: FillOptions,
): Promise<FillReport[]> {
  const target = { tabId, frameIds: [frameId] };
  await inject(target);
  return call(target, "fill", { ...options, mode: "frame", origin } satisfies FillRequest);
}

/** Write the personal fields held back in one frame (all of them, or these ids). */
export async function confirmPersonal(tabId: number, frameId: number, fieldIds?: string[]): Promise<FillReport[]> {
  return call({ tabId, frameIds: [frameId] }, "confirm", fieldIds);
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
