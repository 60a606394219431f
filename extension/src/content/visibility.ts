// Whether a field may be filled: never hidden, disabled, read-only, transparent, zero-size or
// off-screen ones (they are traps or not meant for the user). The geometry test is pure so it
// can be checked without a layout engine.

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
  if (el.closest("[hidden],[aria-hidden='true']")) return false;
  // checkVisibility (Chromium 121+, Firefox 125+) does the style walk natively and fast.
  const native = (el as { checkVisibility?: (o: object) => boolean }).checkVisibility;
  const styled = native
    ? native.call(el, { opacityProperty: true, visibilityProperty: true })
    : isStyleVisible(styleChain(el));
  if (!styled) return false;
  const rect = el.getBoundingClientRect();
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
