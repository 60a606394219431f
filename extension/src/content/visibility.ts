// Whether a field may be filled: never hidden, disabled, read-only, transparent, zero-size,
// off-screen, inert or clipped-away ones (they are traps or not meant for the user). The
// geometry tests are pure so they can be checked without a layout engine.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface StyleFacts {
  display: string;
  visibility: string;
  opacity: string;
}

/** Smaller than this (px) counts as zero-size: a 1×1 field is a trap, not a question. */
const MIN_SIZE = 2;

/** Box in document coordinates; page is the scrollable document size. */
export function isBoxVisible(box: Box, page: { width: number; height: number }): boolean {
  if (box.width < MIN_SIZE || box.height < MIN_SIZE) return false;
  if (box.left + box.width <= 0 || box.top + box.height <= 0) return false;
  if (box.left >= page.width || box.top >= page.height) return false;
  return true;
}

/** Clipping rectangle of an ancestor on each axis it clips (overflow hidden or clip). */
export interface Clip {
  box: Box;
  x: boolean;
  y: boolean;
}

/**
 * The part of the box that clipping ancestors let through (all boxes in one coordinate space).
 * A field inside a collapsed or 1-pixel container, or pushed outside it, comes out zero-size.
 */
export function clipBox(box: Box, clips: readonly Clip[]): Box {
  let left = box.left;
  let top = box.top;
  let right = box.left + box.width;
  let bottom = box.top + box.height;
  for (const clip of clips) {
    if (clip.x) {
      left = Math.max(left, clip.box.left);
      right = Math.min(right, clip.box.left + clip.box.width);
    }
    if (clip.y) {
      top = Math.max(top, clip.box.top);
      bottom = Math.min(bottom, clip.box.top + clip.box.height);
    }
  }
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

const clipping = (overflow: string): boolean => overflow === "hidden" || overflow === "clip";
const scrolling = (overflow: string): boolean => overflow === "auto" || overflow === "scroll";

/**
 * Ancestors that cut the element off. The walk stops at a scroll container (what it hides the
 * user can scroll to), at a fixed element (it escapes its ancestors' clipping) and before
 * <body>/<html>, whose overflow belongs to the viewport.
 */
function clipsOf(el: Element): Clip[] {
  const clips: Clip[] = [];
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  for (let node: Element | null = el; node && node !== doc.body && node !== doc.documentElement; ) {
    const s = view?.getComputedStyle(node);
    if (!s) break;
    if (node !== el) {
      if (scrolling(s.overflowX) || scrolling(s.overflowY)) break;
      const x = clipping(s.overflowX);
      const y = clipping(s.overflowY);
      if (x || y) {
        const r = node.getBoundingClientRect();
        clips.push({ box: { left: r.left, top: r.top, width: r.width, height: r.height }, x, y });
      }
    }
    if (s.position === "fixed") break;
    node = node.parentElement;
  }
  return clips;
}

/** The element's own style and its ancestors' (nearest first). */
export function isStyleVisible(chain: readonly StyleFacts[]): boolean {
  const [own] = chain;
  if (own && (own.visibility === "hidden" || own.visibility === "collapse")) return false;
  return chain.every((s) => s.display !== "none" && Number.parseFloat(s.opacity || "1") > 0);
}

function styleChain(el: Element): StyleFacts[] {
  const chain: StyleFacts[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const s = node.ownerDocument.defaultView?.getComputedStyle(node);
    if (s) chain.push({ display: s.display, visibility: s.visibility, opacity: s.opacity });
  }
  return chain;
}

/** Visible to the user: laid out, not transparent, not zero-size, not pushed off the page. */
export function isVisible(el: Element): boolean {
  // inert: the user cannot reach it (behind a modal, or marked off by the page).
  if (el.closest("[hidden],[aria-hidden='true'],[inert]")) return false;
  // checkVisibility (Chromium 121+, Firefox 125+) does the style walk natively and fast.
  const native = (el as { checkVisibility?: (o: object) => boolean }).checkVisibility;
  const styled = native
    ? native.call(el, { opacityProperty: true, visibilityProperty: true })
    : isStyleVisible(styleChain(el));
  if (!styled) return false;
  const own = el.getBoundingClientRect();
  const rect = clipBox({ left: own.left, top: own.top, width: own.width, height: own.height }, clipsOf(el));
  const view = el.ownerDocument.defaultView;
  const root = el.ownerDocument.documentElement;
  const sx = view?.scrollX ?? 0;
  const sy = view?.scrollY ?? 0;
  return isBoxVisible(
    { left: rect.left + sx, top: rect.top + sy, width: rect.width, height: rect.height },
    {
      width: Math.max(root.scrollWidth, view?.innerWidth ?? 0),
      height: Math.max(root.scrollHeight, view?.innerHeight ?? 0),
    },
  );
}

/** Native controls: also enabled and writable. Role-based ones: not aria-disabled / aria-readonly. */
export function isFillable(el: Element): boolean {
  if (el instanceof el.ownerDocument.defaultView!.HTMLInputElement && el.type === "hidden") return false;
  if (el.matches(":disabled") || el.getAttribute("aria-disabled") === "true") return false;
  if ((el as HTMLInputElement).readOnly === true || el.getAttribute("aria-readonly") === "true") return false;
  return isVisible(el);
}
