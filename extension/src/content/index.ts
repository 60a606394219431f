// The content script, injected on the user's click only: collect → match → fill. It installs its
// API in the extension's isolated world under a symbol (no page element can shadow it); the popup
// and the shortcut call fill() / confirm() / undo() through scripting.executeScript. Personal
// fields are held back until the user confirms them in the popup, unless the site is always
// allowed. No extension API beyond runtime.getFrameId: that keeps it small.
import { formatDate } from "../../../shared/dates";
import { type FieldMatch, type FillValue, matchFields } from "../../../shared/form-match";
import type { PayloadField } from "../../../shared/payload";
import {
  API_KEY,
  type ContentApi,
  type FilledField,
  type FillReport,
  type FillRequest,
  FRAME_MESSAGE,
} from "../report";
import { isPersonal } from "../sensitive";
import type { SiteForm } from "../sites/site";
import { type Collected, collect, frameStillSeen, stillFillable } from "./collect";
import type { FieldHandle } from "./controls";

/** Time the page gets to react (re-render, reset) before we check what stuck. */
const SETTLE_MS = 40;

function display(value: FillValue): string {
  // Dates are shown to the user as dd/mm/yyyy even where the field takes ISO.
  if (value.kind === "text")
    return /^\d{4}-\d{2}-\d{2}$/.test(value.text) ? formatDate(value.text) : value.text;
  if (value.kind === "options") return value.options.join(", ");
  return value.checked ? "Có (đánh dấu)" : "Không (bỏ đánh dấu)";
}

interface Write {
  handle: FieldHandle;
  value: FillValue;
  row: FilledField;
}

/** The label to show the user: a placeholder ("Số nhà, đường phố…") only when there is nothing else. */
function shownLabel(handle: FieldHandle): string {
  const { labels, id } = handle.info;
  return (labels.find((l) => l.source !== "placeholder") ?? labels[0])?.text ?? id;
}

function rowOf(handle: FieldHandle, match: FieldMatch): FilledField {
  return {
    fieldId: match.fieldId,
    label: shownLabel(handle),
    payloadKey: match.payloadKey,
    value: display(match.value),
    pinned: match.pinned,
  };
}

/** What the last fill of this document left: undo steps and the personal fields held back. */
let undoSteps: Array<() => void> = [];
let held: Write[] = [];
/** Personal answers of questions on other pages of a site's form: they go only into its link. */
let heldForLink: FilledField[] = [];
/** Frames of other sites the last fill offered, by token; and the token this frame was sent. */
let offered: Collected["frameElements"] = new Map();
let myToken: string | undefined;
let last:
  | {
      site: SiteForm | undefined;
      fields: PayloadField[];
      pins: Record<string, string>;
      allowedKeys: Set<string>;
      onPage: Set<string>;
      allowAll: boolean;
    }
  | undefined;

/**
 * Writes, waits for the page to settle, and sorts the writes into kept and not kept; `ms` is the
 * time spent writing (without the wait).
 */
async function write(
  writes: readonly Write[],
  site: SiteForm | undefined,
): Promise<{ filled: FilledField[]; failed: FilledField[]; ms: number }> {
  const started = performance.now();
  const applied: Write[] = [];
  for (const w of writes) {
    const undo = w.handle.apply(w.value);
    if (!undo) continue;
    undoSteps.push(undo);
    applied.push(w);
  }
  const ms = performance.now() - started;
  if (applied.length) await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const kept = (w: Write): boolean =>
    w.handle.holds(w.value) && site?.pageAgrees(w.handle.info.id, w.value) !== false;
  return {
    filled: applied.filter(kept).map((w) => w.row),
    failed: applied.filter((w) => !kept(w)).map((w) => w.row),
    ms,
  };
}

/** The site's extras: the pre-filled link (personal answers only once allowed) and what lies elsewhere. */
function siteExtras(failed: number): FillReport["site"] {
  if (!last?.site) return undefined;
  const { site, fields, pins, allowedKeys, onPage, allowAll } = last;
  if (!site.questions.length) return undefined;
  const answers = matchFields(site.questions, fields, pins).matches;
  const allowed = answers.filter(
    (a) => allowAll || !isPersonal(a.payloadKey) || allowedKeys.has(a.payloadKey),
  );
  const prefillUrl = site.prefillUrl(allowed);
  return {
    ...(prefillUrl ? { prefillUrl } : {}),
    elsewhere: answers.filter((a) => !onPage.has(a.fieldId)).length,
    needed: failed > 0,
  };
}

async function fill(request: FillRequest): Promise<FillReport | null> {
  if (request.mode === "frame" && (window === window.top || request.origin !== location.origin)) return null;
  const t0 = performance.now();
  const { handles, site, frames, frameElements, stats } = collect(document);
  offered = frameElements;
  const t1 = performance.now();

  const formKey = site?.formKey ?? location.origin + location.pathname;
  const pins = request.pins[formKey] ?? {};
  const result = matchFields(
    handles.map((h) => h.info),
    request.fields,
    pins,
  );
  const t2 = performance.now();

  const allowAll = request.allowedSites.includes(location.origin);
  const byId = new Map(handles.map((h) => [h.info.id, h]));
  const now: Write[] = [];
  held = [];
  for (const match of result.matches) {
    const handle = byId.get(match.fieldId)!;
    // What cannot be written (an option that would submit the form) is left to the user.
    if (!handle.canWrite(match.value)) continue;
    const w = { handle, value: match.value, row: rowOf(handle, match) };
    if (isPersonal(match.payloadKey) && !allowAll) held.push(w);
    else now.push(w);
  }
  last = {
    site,
    fields: request.fields,
    pins,
    allowedKeys: new Set(),
    onPage: new Set(handles.map((h) => h.info.id)),
    allowAll,
  };
  const { filled, failed, ms: fillMs } = await write(now, site);

  const touched = new Set([...now, ...held].map((w) => w.row.fieldId));
  const unmatched = handles
    .filter((h) => !touched.has(h.info.id) && h.isEmpty())
    .map((h) => ({ fieldId: h.info.id, label: shownLabel(h) }));
  const pending = held.map((w) => w.row);
  const report: FillReport = {
    formKey,
    origin: location.origin,
    filled,
    failed,
    pending,
    unmatched,
    usedKeys: [...new Set([...filled, ...pending].map((f) => f.payloadKey))],
    frames,
    timings: {
      collect: t1 - t0,
      match: t2 - t1,
      fill: fillMs,
      hitTest: stats.hitTestMs,
      hitTests: stats.hitTests,
      scrolls: stats.scrolls,
    },
  };
  heldForLink = [];
  const extras = siteExtras(failed.length);
  if (extras && site) {
    report.site = extras;
    const elsewhere = matchFields(site.questions, request.fields, pins).matches.filter(
      (a) => !last?.onPage.has(a.fieldId),
    );
    report.usedKeys = [...new Set([...report.usedKeys, ...elsewhere.map((a) => a.payloadKey)])];
    // Personal answers of later pages: asked here too, for the pre-filled link.
    const titles = new Map(site.questions.map((q) => [q.id, q.labels[0]?.text ?? q.id]));
    heldForLink = allowAll
      ? []
      : elsewhere
          .filter((a) => isPersonal(a.payloadKey))
          .map((a) => ({
            fieldId: a.fieldId,
            label: `${titles.get(a.fieldId)} (trong liên kết điền sẵn)`,
            payloadKey: a.payloadKey,
            value: display(a.value),
            pinned: a.pinned,
          }));
    report.pending = [...report.pending, ...heldForLink];
  }
  return report;
}

/** Writes the held personal fields the user confirmed, if each is still there, seen and empty. */
async function confirm(fieldIds?: readonly string[] | null): Promise<FillReport | null> {
  const wanted = fieldIds ? new Set(fieldIds) : undefined;
  const chosen = held.filter((w) => !wanted || wanted.has(w.row.fieldId));
  held = held.filter((w) => !chosen.includes(w));
  for (const row of heldForLink)
    if (!wanted || wanted.has(row.fieldId)) last?.allowedKeys.add(row.payloadKey);
  heldForLink = heldForLink.filter((row) => wanted && !wanted.has(row.fieldId));
  const fillable = stillFillable(chosen.map((w) => w.handle));
  const ready = chosen.filter((w) => fillable.has(w.handle) && w.handle.isEmpty());
  for (const w of ready) last?.allowedKeys.add(w.row.payloadKey);
  const { filled, failed } = await write(ready, last?.site);
  const skipped = chosen.filter((w) => !ready.includes(w)).map((w) => w.row);
  const report: FillReport = {
    formKey: last?.site?.formKey ?? location.origin + location.pathname,
    origin: location.origin,
    filled,
    failed: [...failed, ...skipped],
    pending: [...held.map((w) => w.row), ...heldForLink],
    unmatched: [],
    usedKeys: filled.map((f) => f.payloadKey),
    frames: [],
    timings: { collect: 0, match: 0, fill: 0, hitTest: 0, hitTests: 0, scrolls: 0 },
  };
  const extras = siteExtras(failed.length);
  if (extras) report.site = extras;
  return report;
}

function undo(): number {
  const steps = undoSteps;
  undoSteps = [];
  held = [];
  heldForLink = [];
  for (const step of steps.reverse()) step();
  return steps.length;
}

/** Sends an offered frame its token, only while it is seen and still shows the offered site. */
function announce(token: string): boolean {
  const offer = offered.get(token);
  const target = offer?.frame.contentWindow;
  if (!offer || !target || !frameStillSeen(offer.frame)) return false;
  // The target origin makes the browser deliver it only if the frame shows that site.
  target.postMessage({ [FRAME_MESSAGE]: token }, offer.origin);
  return true;
}

const api: ContentApi = Object.freeze({
  version: 3 as const,
  fill,
  confirm,
  undo,
  announce,
  frameToken: () => myToken,
});
const key = Symbol.for(API_KEY);
const host = globalThis as unknown as Record<symbol, ContentApi | undefined>;
// Injected again on every click: keep the first instance and its undo history.
if (!host[key]) {
  Object.defineProperty(globalThis, key, { value: api, configurable: false, writable: false });
  // A token counts only from the parent window: no other frame can name this one.
  window.addEventListener("message", (event) => {
    const token = (event.data as Record<string, unknown> | null)?.[FRAME_MESSAGE];
    if (event.source === window.parent && window.parent !== window && typeof token === "string")
      myToken = token;
  });
}
