// Filling a tab from the popup or the shortcut: inject content.js into the top frame, call its
// fill(); frames of other sites are filled one by one, by frame id, after the user agrees to each.
// A frame where the content script's API is missing is a failure, never "0 fields".
import browser from "webextension-polyfill";
import type { PayloadField } from "../../shared/payload";
import type { FillReport, FillRequest } from "./report";

const CONTENT_SCRIPT = "content.js";

export class FillError extends Error {}

interface PageApi {
  version?: number;
  fill(r: unknown): Promise<unknown>;
  confirm(ids: unknown): Promise<unknown>;
  undo(): number;
  announce(token: string): boolean;
  frameToken(): string | undefined;
}

// The functions below run inside the page (serialised by executeScript): no closure over this
// module, so each reads the API itself, under the symbol content.js installs it at.

function callApi(method: "fill" | "confirm", arg: unknown): Promise<{ report: unknown } | { missing: true }> {
  const api = (globalThis as unknown as Record<symbol, PageApi | undefined>)[
    Symbol.for("cadre-plan-autofill/content-api")
  ];
  if (api?.version !== 3) return Promise.resolve({ missing: true as const });
  return (method === "fill" ? api.fill(arg) : api.confirm(arg)).then((report) => ({ report }));
}

function callUndo(): number {
  const api = (globalThis as unknown as Record<symbol, PageApi | undefined>)[
    Symbol.for("cadre-plan-autofill/content-api")
  ];
  return api && api.version === 3 ? api.undo() : 0;
}

function callAnnounce(token: string): boolean {
  const api = (globalThis as unknown as Record<symbol, PageApi | undefined>)[
    Symbol.for("cadre-plan-autofill/content-api")
  ];
  return api?.version === 3 ? api.announce(token) : false;
}

function callFrameToken(): string | null {
  const api = (globalThis as unknown as Record<symbol, PageApi | undefined>)[
    Symbol.for("cadre-plan-autofill/content-api")
  ];
  return (api?.version === 3 ? api.frameToken() : undefined) ?? null;
}

type Target = { tabId: number; frameIds?: number[] };

async function call(target: Target, method: "fill" | "confirm", arg: unknown): Promise<FillReport[]> {
  // executeScript carries JSON only: no undefined.
  const results = await browser.scripting.executeScript({
    target,
    func: callApi,
    args: [method, arg ?? null],
  });
  const reports: FillReport[] = [];
  for (const r of results) {
    const answer = r.result as { report?: FillReport | null; missing?: true } | undefined;
    if (!answer || answer.missing) {
      throw new FillError(
        "Tiện ích không chạy được trong trang này (trang đã chặn hoặc thay đổi phần điền của tiện ích). Hãy tải lại trang rồi bấm lại.",
      );
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

/**
 * The browser's id of the frame the user agreed to: content.js goes into the frames the
 * extension may enter, the parent frame sends the offered frame its token, and the one frame
 * that tells it back is the one. Undefined when no frame (or more than one) does: the browser
 * does not let us in, or the frame changed.
 */
async function frameOf(tabId: number, parentFrameId: number, token: string): Promise<number | undefined> {
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] });
  } catch {
    // Some frames refuse the extension; the others have it now.
  }
  const [sent] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [parentFrameId] },
    func: callAnnounce,
    args: [token],
  });
  if (sent?.result !== true) return undefined;
  // The message arrives in a later task of the frame: ask a few times.
  for (let attempt = 0; attempt < 10; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 30));
    let results: Array<{ frameId: number; result?: unknown }>;
    try {
      results = await browser.scripting.executeScript({
        target: { tabId, allFrames: true },
        func: callFrameToken,
      });
    } catch {
      return undefined;
    }
    const found = results.filter((r) => r.result === token);
    if (found.length === 1) return found[0]!.frameId;
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/**
 * One frame of another site the user agreed to (offered by the frame `parentFrameId`); it must
 * still be seen and show that site. Undefined when the browser does not let us into it.
 */
export async function fillFrame(
  tabId: number,
  parentFrameId: number,
  offer: { token: string; origin: string },
  options: FillOptions,
): Promise<FillReport[] | undefined> {
  const frameId = await frameOf(tabId, parentFrameId, offer.token);
  if (frameId === undefined) return undefined;
  return call({ tabId, frameIds: [frameId] }, "fill", {
    ...options,
    mode: "frame",
    origin: offer.origin,
  } satisfies FillRequest);
}

/** Write the personal fields held back in one frame (all of them, or these ids). */
export async function confirmPersonal(
  tabId: number,
  frameId: number,
  fieldIds?: string[],
): Promise<FillReport[]> {
  return call({ tabId, frameIds: [frameId] }, "confirm", fieldIds ?? null);
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
