// The content script, injected on the user's click only. It installs window.__cadreFill in the
// extension's isolated world; the popup and the shortcut then call fill() / undo() through
// scripting.executeScript. No extension API here: that keeps it small.
import { formatDate } from "../../../shared/dates";
import { cleanLabel, type FillValue, matchFields } from "../../../shared/form-match";
import {
  googleFormKey,
  googleQuestions,
  isGoogleFormAction,
  parseFbPublicLoadData,
  prefillUrl,
  questionFields,
} from "../google-forms";
import type { ContentApi, FilledField, FillReport, FillRequest } from "../report";
import type { FieldHandle } from "./controls";
import { discoverFields } from "./discover";
import { isVisible } from "./visibility";

/** Time the page gets to react (re-render, reset) before we check what stuck. */
const SETTLE_MS = 40;

function display(value: FillValue): string {
  // Dates are shown to the user as dd/mm/yyyy even where the field takes ISO.
  if (value.kind === "text")
    return /^\d{4}-\d{2}-\d{2}$/.test(value.text) ? formatDate(value.text) : value.text;
  if (value.kind === "options") return value.options.join(", ");
  return value.checked ? "Có (đánh dấu)" : "Không (bỏ đánh dấu)";
}

/** The document and its visible same-origin frames; origins of cross-origin ones. */
function documents(root: Document): { docs: Document[]; crossOrigin: string[] } {
  const docs = [root];
  const crossOrigin: string[] = [];
  for (const frame of Array.from(root.querySelectorAll<HTMLIFrameElement>("iframe,frame"))) {
    if (!isVisible(frame)) continue;
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument;
    } catch {
      inner = null;
    }
    if (inner) {
      const nested = documents(inner);
      docs.push(...nested.docs);
      crossOrigin.push(...nested.crossOrigin);
    } else {
      try {
        crossOrigin.push(new URL(frame.src, root.baseURI).origin);
      } catch {
        // A frame without a usable address: nothing to offer.
      }
    }
  }
  return { docs, crossOrigin: [...new Set(crossOrigin)] };
}

/** The form's action as an absolute address ("" when it has none or it does not parse). */
function actionOf(form: HTMLFormElement, doc: Document): string {
  try {
    return new URL(form.getAttribute("action") ?? "", doc.baseURI).href;
  } catch {
    return "";
  }
}

function googleForm(doc: Document): { action: string; data: unknown[] } | undefined {
  const action = Array.from(doc.forms)
    .map((f) => actionOf(f, doc))
    .find(isGoogleFormAction);
  if (!action) return undefined;
  for (const script of Array.from(doc.scripts)) {
    const data = parseFbPublicLoadData(script.textContent ?? "");
    if (data) return { action, data };
  }
  return undefined;
}

let undoSteps: Array<() => void> = [];

async function fill(request: FillRequest): Promise<FillReport | null> {
  if (request.mode === "frames" && (window === window.top || !request.origins?.includes(location.origin))) {
    return null;
  }
  const t0 = performance.now();
  const { docs, crossOrigin } =
    request.mode === "top" ? documents(document) : { docs: [document], crossOrigin: [] as string[] };
  const google = googleForm(document);
  const questions = google ? googleQuestions(google.data) : [];
  const entryByTitle = new Map(questions.map((q) => [cleanLabel(q.title), q.entry]));
  const handles: FieldHandle[] = [];
  const seen = new Set<string>();
  for (const doc of docs) {
    for (const handle of discoverFields(doc, { entryByTitle })) {
      // Ids must stay unique across frames.
      let id = handle.info.id;
      for (let n = 2; seen.has(id); n++) id = `${handle.info.id}#${n}`;
      seen.add(id);
      handle.info.id = id;
      handles.push(handle);
    }
  }
  const t1 = performance.now();

  const formKey = google ? googleFormKey(google.action) : location.origin + location.pathname;
  const pins = request.pins[formKey] ?? {};
  const result = matchFields(
    handles.map((h) => h.info),
    request.fields,
    pins,
  );
  const t2 = performance.now();

  const byId = new Map(handles.map((h) => [h.info.id, h]));
  const applied: Array<{ handle: FieldHandle; value: FillValue; row: FilledField }> = [];
  for (const match of result.matches) {
    const handle = byId.get(match.fieldId)!;
    const undo = handle.apply(match.value);
    if (!undo) continue;
    undoSteps.push(undo);
    const row: FilledField = {
      fieldId: match.fieldId,
      label: handle.info.labels[0]?.text ?? match.fieldId,
      payloadKey: match.payloadKey,
      value: display(match.value),
      pinned: match.pinned,
    };
    applied.push({ handle, value: match.value, row });
  }
  const t3 = performance.now();

  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const filled = applied.filter((a) => a.handle.holds(a.value)).map((a) => a.row);
  const failed = applied.filter((a) => !a.handle.holds(a.value)).map((a) => a.row);
  const appliedIds = new Set(applied.map((a) => a.row.fieldId));
  const unmatched = handles
    .filter((h) => !appliedIds.has(h.info.id) && h.isEmpty())
    .map((h) => ({ fieldId: h.info.id, label: h.info.labels[0]?.text ?? h.info.id }));

  const report: FillReport = {
    formKey,
    origin: location.origin,
    filled,
    failed,
    unmatched,
    usedKeys: filled.map((f) => f.payloadKey),
    crossOriginFrames: crossOrigin,
    timings: { collect: t1 - t0, match: t2 - t1, fill: t3 - t2 },
  };
  if (google && questions.length) {
    const answers = matchFields(questionFields(questions), request.fields, pins).matches;
    const onPage = new Set(handles.map((h) => h.info.id));
    const elsewhere = answers.filter((a) => !onPage.has(a.fieldId));
    report.google = {
      prefillUrl: prefillUrl(
        google.action,
        answers.map((a) => ({ entry: a.fieldId, value: a.value })),
      ),
      elsewhere: elsewhere.length,
      needed: failed.length > 0,
    };
    report.usedKeys = [...new Set([...report.usedKeys, ...elsewhere.map((a) => a.payloadKey)])];
  }
  return report;
}

function undo(): number {
  const steps = undoSteps;
  undoSteps = [];
  for (const step of steps.reverse()) step();
  return steps.length;
}

const api: ContentApi = { fill, undo };
const host = globalThis as { __cadreFill?: ContentApi };
// Injected again on every click: keep the first instance and its undo history.
host.__cadreFill ??= api;
