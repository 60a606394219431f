// Collecting a page's fields: the document and the same-origin frames the user sees, the form
// site it belongs to, every visible field with a unique id, and the frames of other sites the
// user sees (offered one by one, by the browser's frame id).
import type { FrameOffer } from "../report";
import { detectSite } from "../sites";
import type { SiteForm } from "../sites/site";
import type { FieldHandle } from "./controls";
import { discoverWith } from "./discover";
import { VisibilityProbe, type VisibilityStats } from "./visibility";

export interface Collected {
  handles: FieldHandle[];
  site: SiteForm | undefined;
  frames: FrameOffer[];
  /** The frame element of each offer, by token. */
  frameElements: Map<string, { frame: HTMLIFrameElement | HTMLFrameElement; origin: string }>;
  stats: VisibilityStats;
}

function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function frameTitle(frame: HTMLIFrameElement | HTMLFrameElement, origin: string): string {
  const title = (frame.getAttribute("title") ?? frame.getAttribute("name") ?? "").trim();
  return title || frame.src || origin;
}

export function collect(root: Document): Collected {
  const stats: VisibilityStats = { hitTests: 0, hitTestMs: 0, scrolls: 0 };
  const probes: VisibilityProbe[] = [];
  const handles: FieldHandle[] = [];
  const frames: FrameOffer[] = [];
  const frameElements: Collected["frameElements"] = new Map();
  const seen = new Set<string>();
  const site = detectSite(root);

  const visit = (doc: Document): void => {
    const probe = new VisibilityProbe(doc);
    probes.push(probe);
    for (const handle of discoverWith(doc, probe, doc === root ? site : undefined)) {
      // Ids must stay unique across frames.
      let id = handle.info.id;
      for (let n = 2; seen.has(id); n++) id = `${handle.info.id}#${n}`;
      seen.add(id);
      handle.info.id = id;
      handles.push(handle);
    }
    for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>("iframe,frame"))) {
      if (!probe.isVisible(frame)) continue;
      let inner: Document | null = null;
      try {
        inner = frame.contentDocument;
      } catch {
        inner = null;
      }
      if (inner) {
        visit(inner);
        continue;
      }
      let origin: string;
      try {
        origin = new URL(frame.src, doc.baseURI).origin;
      } catch {
        continue;
      }
      if (origin === "null") continue;
      const token = newToken();
      frames.push({ token, origin, title: frameTitle(frame, origin) });
      frameElements.set(token, { frame, origin });
    }
  };
  try {
    visit(root);
  } finally {
    for (const probe of probes) {
      probe.done();
      stats.hitTests += probe.stats.hitTests;
      stats.hitTestMs += probe.stats.hitTestMs;
      stats.scrolls += probe.stats.scrolls;
    }
  }
  return { handles, site, frames, frameElements, stats };
}

/** Whether a frame element is still on the page and seen. */
export function frameStillSeen(frame: Element): boolean {
  if (!frame.isConnected) return false;
  const probe = new VisibilityProbe(frame.ownerDocument);
  try {
    return probe.isVisible(frame);
  } finally {
    probe.done();
  }
}

/** Whether each handle's field is still there and still seen, checked afresh (before a late write). */
export function stillFillable(handles: readonly FieldHandle[]): Set<FieldHandle> {
  const byDoc = new Map<Document, VisibilityProbe>();
  const out = new Set<FieldHandle>();
  try {
    for (const handle of handles) {
      const doc = handle.el.ownerDocument;
      if (!handle.el.isConnected) continue;
      let probe = byDoc.get(doc);
      if (!probe) {
        probe = new VisibilityProbe(doc);
        byDoc.set(doc, probe);
      }
      if (probe.isFillable(handle.el)) out.add(handle);
    }
  } finally {
    for (const probe of byDoc.values()) probe.done();
  }
  return out;
}
