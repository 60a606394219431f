// Whether the user can see a field, judged as an attacker would try to fool it: a page that hides
// a field and listens to it would collect data the user never sees. A field counts as seen only
// when a point of it is on screen and hit testing finds the field itself (or its label) there,
// with nothing painting over it; its opacity, multiplied up the ancestors and through filters,
// is not near zero; clipping (overflow, clip, clip-path, small scroll boxes) leaves it about 8 px
// at least; and it has visible text or a visible box. The geometry below is pure and unit-tested;
// the DOM part reads styles, scrolls the window (and scroll boxes) to the field and back within
// one task, so the page never paints the intermediate state.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Smaller than this (px) on either side is not a field anyone can see or use. */
export const MIN_SIZE = 8;
/** Less opaque than this (after multiplying up the ancestors) is invisible. */
export const MIN_OPACITY = 0.1;
/** A scroll box smaller than this on an axis cannot show a field: it clips like overflow:hidden. */
export const SMALL_SCROLL_BOX = 24;

export function isBigEnough(box: Box): boolean {
  return box.width >= MIN_SIZE && box.height >= MIN_SIZE;
}

export function intersect(a: Box, b: Box): Box {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

/** Clipping rectangle of an ancestor on each axis it clips. */
export interface Clip {
  box: Box;
  x: boolean;
  y: boolean;
}

/** The part of the box that clipping ancestors let through (all boxes in one coordinate space). */
export function clipBox(box: Box, clips: readonly Clip[]): Box {
  let out = box;
  for (const clip of clips) {
    const wide = { left: -1e9, top: -1e9, width: 2e9, height: 2e9 };
    out = intersect(out, {
      left: clip.x ? clip.box.left : wide.left,
      width: clip.x ? clip.box.width : wide.width,
      top: clip.y ? clip.box.top : wide.top,
      height: clip.y ? clip.box.height : wide.height,
    });
  }
  return out;
}

/** Product of the opacity() functions of a computed `filter` ("none" is 1). */
export function filterOpacity(filter: string): number {
  let product = 1;
  for (const m of filter.matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) {
    product *= Number(m[1]) / (m[2] ? 100 : 1);
  }
  return product;
}

/** The opacity the user sees: each element's opacity and filter opacity, multiplied up. */
export function effectiveOpacity(chain: ReadonlyArray<{ opacity: string; filter: string }>): number {
  let product = 1;
  for (const s of chain) product *= Number.parseFloat(s.opacity || "1") * filterOpacity(s.filter || "none");
  return product;
}

/**
 * The box `clip: rect(top, right, bottom, left)` leaves of an absolutely positioned element
 * (offsets from its border box's top left; "auto" is the edge). Undefined for `clip: auto`.
 */
export function clipRectBox(clip: string, border: Box): Box | undefined {
  const m = /^rect\((.*)\)$/.exec(clip.trim());
  if (!m) return undefined;
  const [t, r, b, l] = m[1]!.split(/[\s,]+/).map((v) => (v === "auto" ? Number.NaN : Number.parseFloat(v)));
  const top = Number.isNaN(t!) ? 0 : t!;
  const right = Number.isNaN(r!) ? border.width : r!;
  const bottom = Number.isNaN(b!) ? border.height : b!;
  const left = Number.isNaN(l!) ? 0 : l!;
  return {
    left: border.left + left,
    top: border.top + top,
    width: Math.max(0, right - left),
    height: Math.max(0, bottom - top),
  };
}

/**
 * The box a computed `clip-path: inset(…)` leaves of the element's border box; undefined for
 * other shapes (circle(), polygon(), url()…), which the caller counts as hiding: any of them could
 * leave a single point, and forms do not clip their fields with them.
 */
export function clipPathBox(clipPath: string, border: Box): Box | undefined {
  const inset = /^inset\((.*)\)$/.exec(clipPath.trim());
  if (!inset) return undefined;
  const px = (v: string, size: number): number =>
    v.endsWith("%") ? (Number.parseFloat(v) / 100) * size : Number.parseFloat(v) || 0;
  const [t = "0", r = t, b = t, l = r] = inset[1]!
    .split(/\s+round\s+/)[0]!
    .trim()
    .split(/\s+/);
  const top = px(t, border.height);
  const right = px(r, border.width);
  const bottom = px(b, border.height);
  const left = px(l, border.width);
  return {
    left: border.left + left,
    top: border.top + top,
    width: Math.max(0, border.width - left - right),
    height: Math.max(0, border.height - top - bottom),
  };
}

/** Points to hit-test: the middle first, then four points halfway to the corners. */
export function probePoints(box: Box): Array<{ x: number; y: number }> {
  const x = (f: number) => box.left + box.width * f;
  const y = (f: number) => box.top + box.height * f;
  return [
    { x: x(0.5), y: y(0.5) },
    { x: x(0.25), y: y(0.25) },
    { x: x(0.75), y: y(0.25) },
    { x: x(0.25), y: y(0.75) },
    { x: x(0.75), y: y(0.75) },
  ];
}

/**
 * Seen when the centre is the field's own; when something lies over the centre (a placeholder
 * drawn over the box), when at least two of the four other points are.
 */
export function enoughHits(hits: readonly boolean[]): boolean {
  const [centre, ...others] = hits;
  return centre === true || others.filter(Boolean).length >= 2;
}

/** Alpha of a computed colour ("transparent", "rgba(…, 0)", "rgb(… / 0)"); 1 when opaque. */
export function colorAlpha(color: string): number {
  if (color === "transparent") return 0;
  const m = /^rgba?\((.*)\)$/.exec(color.trim());
  if (!m) return 1;
  const parts = m[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 4) return 1;
  const a = parts[3]!;
  return a.endsWith("%") ? Number.parseFloat(a) / 100 : Number.parseFloat(a);
}

/** Style facts that say whether a text control shows anything: text, border or background. */
export interface TextLook {
  color: string;
  textFill: string;
  borderWidths: number[];
  borderColors: string[];
  background: string;
  backgroundImage: string;
  boxShadow: string;
}

/** Transparent text and no border, background or shadow: the user sees nothing there. */
export function showsNothing(look: TextLook): boolean {
  const text = Math.min(colorAlpha(look.color), colorAlpha(look.textFill || look.color));
  const border = look.borderWidths.some(
    (w, i) => w > 0 && colorAlpha(look.borderColors[i] ?? "") > MIN_OPACITY,
  );
  const background =
    colorAlpha(look.background) > MIN_OPACITY ||
    (look.backgroundImage !== "none" && look.backgroundImage !== "");
  return text < MIN_OPACITY && !border && !background && (look.boxShadow === "none" || look.boxShadow === "");
}

// ---------------------------------------------------------------------------------------------
// The DOM part.

type View = Window & typeof globalThis;

function viewOf(el: Element): View | null {
  return el.ownerDocument.defaultView as View | null;
}

/** The element the layout puts this one in: its slot, its parent, or its shadow host. */
function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}

function toBox(r: DOMRect): Box {
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

interface Walk {
  opacity: number;
  masked: boolean;
  clips: Clip[];
  /** Scroll boxes big enough for the user to scroll the field into view. */
  scrollers: Element[];
}

/**
 * What an element does to itself and to what it contains (paint: opacity and filter, mask,
 * clip-path, clip), and as a container what its overflow does (a small scroll box clips like
 * hidden; a big one is a box the user can scroll).
 */
interface Effect {
  paint: Walk;
  overflow: Pick<Walk, "clips" | "scrollers">;
  fixed: boolean;
}

function effectOf(node: Element, own = false): Effect {
  const view = viewOf(node)!;
  const doc = node.ownerDocument;
  const s = view.getComputedStyle(node);
  const paint: Walk = { opacity: 1, masked: false, clips: [], scrollers: [] };
  const overflow: Effect["overflow"] = { clips: [], scrollers: [] };
  const out: Effect = { paint, overflow, fixed: s.position === "fixed" };
  if (s.display === "contents") return out;
  if (s.opacity !== "1") paint.opacity *= Number.parseFloat(s.opacity);
  if (s.filter !== "none") paint.opacity *= filterOpacity(s.filter);
  const mask = s.getPropertyValue("mask-image") || s.getPropertyValue("-webkit-mask-image");
  if (mask && mask !== "none") paint.masked = true;
  // The element's box is read only where something clips: most elements clip nothing.
  let border: Box | undefined;
  const box = (): Box => (border ??= toBox(node.getBoundingClientRect()));
  if (s.clipPath !== "none" && s.clipPath) {
    // A shape we cannot measure (url(), path()) could leave a single point: count it as hiding.
    const clip = clipPathBox(s.clipPath, box()) ?? { ...box(), width: 0, height: 0 };
    paint.clips.push({ box: clip, x: true, y: true });
  }
  if ((s.position === "absolute" || s.position === "fixed") && s.clip && s.clip !== "auto") {
    const clip = clipRectBox(s.clip, box());
    if (clip) paint.clips.push({ box: clip, x: true, y: true });
  }
  const ox = own ? "visible" : s.overflowX;
  const oy = own ? "visible" : s.overflowY;
  if (!own && node !== doc.documentElement && node !== doc.body && (ox !== "visible" || oy !== "visible")) {
    const scrollX = ox === "auto" || ox === "scroll";
    const scrollY = oy === "auto" || oy === "scroll";
    const clipX = ox === "hidden" || ox === "clip" || (scrollX && node.clientWidth < SMALL_SCROLL_BOX);
    const clipY = oy === "hidden" || oy === "clip" || (scrollY && node.clientHeight < SMALL_SCROLL_BOX);
    if (clipX || clipY) overflow.clips.push({ box: box(), x: clipX, y: clipY });
    if ((scrollX && !clipX) || (scrollY && !clipY)) overflow.scrollers.push(node);
  }
  return out;
}

function combine(a: Walk, b: Pick<Walk, "clips" | "scrollers"> & Partial<Walk>): Walk {
  return {
    opacity: a.opacity * (b.opacity ?? 1),
    masked: a.masked || (b.masked ?? false),
    clips: b.clips.length ? [...a.clips, ...b.clips] : a.clips,
    scrollers: b.scrollers.length ? [...a.scrollers, ...b.scrollers] : a.scrollers,
  };
}

/**
 * A control that draws nothing the user could see: a text box with transparent text and no
 * border, background or shadow; a radio or checkbox with its appearance removed and nothing drawn
 * instead.
 */
function drawsNothing(el: Element): boolean {
  const s = viewOf(el)!.getComputedStyle(el);
  if (isTextControl(el)) {
    // Visible text: the common case, read without the rest.
    if (
      colorAlpha(s.color) >= MIN_OPACITY &&
      colorAlpha(s.getPropertyValue("-webkit-text-fill-color") || s.color) >= MIN_OPACITY
    )
      return false;
    return showsNothing(textLook(s));
  }
  if (
    el.tagName !== "INPUT" ||
    (s.appearance !== "none" && s.getPropertyValue("-webkit-appearance") !== "none")
  )
    return false;
  return showsNothing({ ...textLook(s), color: "transparent", textFill: "transparent" });
}

/**
 * A label that draws a box for the control it stands for (a styled checkbox: a pseudo-element,
 * or an element inside it with a border or background), not only text.
 */
function drawsABox(label: Element, control: Element): boolean {
  const view = viewOf(label)!;
  for (const el of [label, ...Array.from(label.querySelectorAll("*"))]) {
    if (el === control) continue;
    for (const pseudo of ["::before", "::after"]) {
      const content = view.getComputedStyle(el, pseudo).content;
      if (content && content !== "none" && content !== "normal") return true;
    }
    if (
      el !== label &&
      !showsNothing({ ...textLook(view.getComputedStyle(el)), color: "transparent", textFill: "transparent" })
    )
      return true;
  }
  return false;
}

function isTextControl(el: Element): boolean {
  return (
    el.tagName === "TEXTAREA" ||
    el.tagName === "SELECT" ||
    (el.tagName === "INPUT" && !/^(radio|checkbox)$/i.test((el as HTMLInputElement).type))
  );
}

function textLook(s: CSSStyleDeclaration): TextLook {
  const sides = ["top", "right", "bottom", "left"];
  return {
    color: s.color,
    textFill: s.getPropertyValue("-webkit-text-fill-color"),
    borderWidths: sides.map((side) => Number.parseFloat(s.getPropertyValue(`border-${side}-width`)) || 0),
    borderColors: sides.map((side) => s.getPropertyValue(`border-${side}-color`)),
    background: s.backgroundColor,
    backgroundImage: s.backgroundImage,
    boxShadow: s.boxShadow,
  };
}

const replaced = new Set([
  "IMG",
  "SVG",
  "CANVAS",
  "VIDEO",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "INPUT",
  "TEXTAREA",
  "SELECT",
  "BUTTON",
]);

/**
 * Whether an element found over the field paints nothing there: a transparent wrapper without
 * text, border, shadow, background or pseudo-element, or one made invisible by opacity.
 */
function seeThrough(el: Element, opacity: (el: Element) => number): boolean {
  const view = viewOf(el);
  if (!view) return false;
  if (opacity(el) < MIN_OPACITY) return true;
  if (replaced.has(el.tagName.toUpperCase())) return false;
  const s = view.getComputedStyle(el);
  if (s.visibility !== "visible") return true;
  const look = textLook(s);
  const paints =
    colorAlpha(look.background) > 0 ||
    (look.backgroundImage !== "none" && look.backgroundImage !== "") ||
    look.borderWidths.some((w, i) => w > 0 && colorAlpha(look.borderColors[i] ?? "") > 0) ||
    (look.boxShadow !== "none" && look.boxShadow !== "") ||
    (s.outlineStyle !== "none" && Number.parseFloat(s.outlineWidth) > 0);
  if (paints) return false;
  for (const pseudo of ["::before", "::after"]) {
    const content = view.getComputedStyle(el, pseudo).content;
    if (content && content !== "none" && content !== "normal") return false;
  }
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3 && (child.nodeValue ?? "").trim() !== "") return false;
  }
  return true;
}

/** The element at a point is the field's own: the field, inside it, or its label. */
function isOwn(hit: Element, el: Element): boolean {
  if (hit === el || el.contains(hit)) return true;
  const label = hit.closest("label");
  if (!label) return false;
  return (label as HTMLLabelElement).control === el || label.contains(el);
}

/**
 * Whether the page's styles could set pointer-events anywhere: a style sheet mentioning it (or
 * one we may not read), or an element's own style attribute.
 */
function mentionsPointerEvents(doc: Document): boolean {
  if (doc.querySelector("[style*='pointer-events' i]")) return true;
  const sheets = [...Array.from(doc.styleSheets), ...(doc.adoptedStyleSheets ?? [])];
  for (const sheet of sheets) {
    try {
      for (const rule of Array.from(sheet.cssRules)) if (rule.cssText.includes("pointer-events")) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/** What covering pointer-events:none elements hide: hit testing then sees them too. */
const HIT_ALL_CSS = "*,*::before,*::after{pointer-events:auto!important}";

export interface VisibilityStats {
  /** Hit tests made, the time spent in hit testing (ms), window scrolls. */
  hitTests: number;
  hitTestMs: number;
  scrolls: number;
}

/**
 * Visibility checks for one document. Hit testing needs the field on screen, so the probe may
 * scroll the window and scroll boxes to it; `done()` puts every scroll position and style back.
 * All of it runs synchronously: the page paints nothing in between.
 */
export class VisibilityProbe {
  readonly stats: VisibilityStats = { hitTests: 0, hitTestMs: 0, scrolls: 0 };
  private readonly view: View | null;
  private readonly startX: number;
  private readonly startY: number;
  private style: HTMLStyleElement | undefined;
  private hitAllSkipped = false;
  private inline: Array<{ el: HTMLElement; value: string; priority: string }> = [];

  /** What each element's ancestors do to it, until the next scroll moves every box. */
  private chains = new Map<Element, { all: Walk; free: Walk }>();

  constructor(private readonly doc: Document) {
    this.view = doc.defaultView as View | null;
    this.startX = this.view?.scrollX ?? 0;
    this.startY = this.view?.scrollY ?? 0;
  }

  /** Make every element hit-testable, so a cover with pointer-events:none is found. */
  private hitAll(): void {
    if (this.style || this.hitAllSkipped || !this.view) return;
    // No style of the page can make anything pointer-events:none: hit testing sees all as it is.
    if (!mentionsPointerEvents(this.doc)) {
      this.hitAllSkipped = true;
      return;
    }
    this.style = this.doc.createElement("style");
    this.style.textContent = HIT_ALL_CSS;
    (this.doc.head ?? this.doc.documentElement).append(this.style);
    for (const el of Array.from(this.doc.querySelectorAll<HTMLElement>("[style*='pointer-events' i]"))) {
      this.inline.push({
        el,
        value: el.style.getPropertyValue("pointer-events"),
        priority: el.style.getPropertyPriority("pointer-events"),
      });
      el.style.setProperty("pointer-events", "auto", "important");
    }
  }

  done(): void {
    this.style?.remove();
    this.style = undefined;
    for (const { el, value, priority } of this.inline) {
      if (value) el.style.setProperty("pointer-events", value, priority);
      else el.style.removeProperty("pointer-events");
    }
    this.inline = [];
    const view = this.view;
    if (view && (view.scrollX !== this.startX || view.scrollY !== this.startY)) {
      view.scrollTo({ left: this.startX, top: this.startY, behavior: "instant" });
    }
  }

  /**
   * What a node and its ancestors do to what the node contains: `all`, and `free` (for a fixed
   * descendant, whose box escapes their overflow: only paint still applies).
   */
  private chain(node: Element | null): { all: Walk; free: Walk } {
    const empty: Walk = { opacity: 1, masked: false, clips: [], scrollers: [] };
    if (!node) return { all: empty, free: empty };
    const known = this.chains.get(node);
    if (known) return known;
    const parent = this.chain(flatParent(node));
    const { paint, overflow, fixed } = effectOf(node);
    const chain = {
      all: combine(combine(fixed ? parent.free : parent.all, paint), overflow),
      free: combine(parent.free, paint),
    };
    this.chains.set(node, chain);
    return chain;
  }

  /** Opacity, masks, clipping and scroll boxes of one element, its ancestors' included. */
  private walk(el: Element): Walk {
    const { paint, fixed } = effectOf(el, true);
    const parent = this.chain(flatParent(el));
    return combine(fixed ? parent.free : parent.all, paint);
  }

  /** The part of the element the user could see, in viewport coordinates, or undefined. */
  private seenBox(el: Element): { box: Box; walk: Walk } | undefined {
    const walk = this.walk(el);
    if (walk.opacity < MIN_OPACITY || walk.masked) return undefined;
    const box = clipBox(toBox(el.getBoundingClientRect()), walk.clips);
    return isBigEnough(box) ? { box, walk } : undefined;
  }

  private screen: Box | undefined;

  /** The window's visible area (read once: it does not change while the probe runs). */
  private viewport(): Box {
    const root = this.doc.documentElement;
    this.screen ??= {
      left: 0,
      top: 0,
      width: root.clientWidth || this.view?.innerWidth || 0,
      height: root.clientHeight || this.view?.innerHeight || 0,
    };
    return this.screen;
  }

  /** Scroll boxes and then the window so the box is on screen; returns the scroll boxes to put back. */
  private reveal(box: Box, walk: Walk): Array<{ el: Element; x: number; y: number }> {
    const scrolls = this.stats.scrolls;
    const moved: Array<{ el: Element; x: number; y: number }> = [];
    // Each scroll box and then the window: when the box is not wholly in it, its top left goes
    // to the top left of the frame (the browser keeps the scroll within bounds).
    let target = box;
    for (const scroller of walk.scrollers) {
      const frame = toBox(scroller.getBoundingClientRect());
      if (isFullyInside(target, frame)) continue;
      const x = scroller.scrollLeft;
      const y = scroller.scrollTop;
      moved.push({ el: scroller, x, y });
      scroller.scrollLeft += target.left - frame.left;
      scroller.scrollTop += target.top - frame.top;
      target = {
        ...target,
        left: target.left - scroller.scrollLeft + x,
        top: target.top - scroller.scrollTop + y,
      };
    }
    const view = this.view;
    if (view && !isFullyInside(target, this.viewport())) {
      view.scrollTo({
        left: Math.max(0, view.scrollX + target.left - 8),
        top: Math.max(0, view.scrollY + target.top - 8),
        behavior: "instant",
      });
      this.stats.scrolls++;
    }
    // Boxes were read in viewport coordinates: after a scroll they must be read again.
    if (moved.length || this.stats.scrolls !== scrolls) this.chains.clear();
    return moved;
  }

  /** Hit tests at the probe points of the on-screen part of the box. */
  private hitTest(el: Element, box: Box): boolean {
    const onScreen = intersect(box, this.viewport());
    if (!isBigEnough(onScreen)) return false;
    this.hitAll();
    const root = el.getRootNode() as Document | ShadowRoot;
    const started = performance.now();
    const hits: boolean[] = [];
    for (const { x, y } of probePoints(onScreen)) {
      this.stats.hitTests++;
      hits.push(this.ownAt(root, x, y, el));
      // The centre decides, unless something lies over it.
      if (hits[0] || enoughHits(hits) || hits.length - hits.filter(Boolean).length > 3) break;
    }
    this.stats.hitTestMs += performance.now() - started;
    return enoughHits(hits);
  }

  private ownAt(root: Document | ShadowRoot, x: number, y: number, el: Element): boolean {
    // Most fields are the topmost element where they are: one cheap call says so.
    const top = root.elementFromPoint(x, y);
    if (!top) return false;
    if (isOwn(top, el)) return true;
    if (top.contains(el)) return false;
    for (const hit of root.elementsFromPoint(x, y)) {
      if (isOwn(hit, el)) return true;
      // An ancestor first: the field is not there (clipped, or moved away).
      if (hit.contains(el)) return false;
      if (!seeThrough(hit, (e) => this.walk(e).opacity)) return false;
    }
    return false;
  }

  /** The checks that need no hit test: not marked hidden or inert, opaque, big enough, drawn. */
  private looked(el: Element): { box: Box; walk: Walk } | undefined {
    if (el.closest("[hidden],[inert]")) return undefined;
    const seen = this.seenBox(el);
    return seen && !drawsNothing(el) ? seen : undefined;
  }

  /** Scrolls the element into view if need be, hit-tests it, and puts scroll boxes back. */
  private hit(el: Element, first: { box: Box; walk: Walk }): boolean {
    const before = this.view ? this.view.scrollY + this.view.scrollX * 1e6 : 0;
    const moved = this.reveal(first.box, first.walk);
    const scrolled =
      moved.length > 0 || (this.view ? this.view.scrollY + this.view.scrollX * 1e6 : 0) !== before;
    try {
      const now = scrolled ? this.seenBox(el) : first;
      return now !== undefined && this.hitTest(el, now.box);
    } finally {
      for (const { el: scroller, x, y } of moved.reverse()) {
        scroller.scrollLeft = x;
        scroller.scrollTop = y;
      }
      if (moved.length) this.chains.clear();
    }
  }

  /** Seen by the user: laid out, opaque enough, big enough, on a reachable screen, not covered. */
  isVisible(el: Element): boolean {
    const first = this.looked(el);
    return first !== undefined && this.hit(el, first);
  }

  private static enabled(el: Element): boolean {
    if (el instanceof viewOf(el)!.HTMLInputElement && el.type === "hidden") return false;
    if (el.matches(":disabled") || el.getAttribute("aria-disabled") === "true") return false;
    return (el as HTMLInputElement).readOnly !== true && el.getAttribute("aria-readonly") !== "true";
  }

  /**
   * A native radio or checkbox styled away (opacity 0 behind a box its label draws) is judged by
   * its label, the widget the user sees; it must still be laid out, and the label must draw a box,
   * not only text.
   */
  private byLabel(el: Element): boolean {
    const input = el as HTMLInputElement;
    if (el.tagName !== "INPUT" || !/^(radio|checkbox)$/i.test(input.type)) return false;
    if (!el.checkVisibility({ visibilityProperty: true })) return false;
    return Array.from(input.labels ?? []).some((label) => drawsABox(label, el) && this.isVisible(label));
  }

  isFillable(el: Element): boolean {
    return VisibilityProbe.enabled(el) && (this.isVisible(el) || this.byLabel(el));
  }

  /**
   * The fillable ones of many elements: every style check first, then the hit tests in the
   * order the page lays them out, so the window scrolls down once and hit tests run back to back.
   */
  fillableOf(els: readonly Element[]): Set<Element> {
    const sx = this.view?.scrollX ?? 0;
    const sy = this.view?.scrollY ?? 0;
    const looked: Array<{ el: Element; first: { box: Box; walk: Walk }; top: number; left: number }> = [];
    const refused: Element[] = [];
    for (const el of els) {
      if (!VisibilityProbe.enabled(el)) continue;
      const first = this.looked(el);
      if (first) looked.push({ el, first, top: first.box.top + sy, left: first.box.left + sx });
      else refused.push(el);
    }
    // Boxes were read at the starting scroll position; the first scroll clears the cache.
    looked.sort((a, b) => a.top - b.top || a.left - b.left);
    const out = new Set<Element>();
    const scrollY = () => this.view?.scrollY ?? 0;
    const scrollX = () => this.view?.scrollX ?? 0;
    for (const { el, first, top, left } of looked) {
      const box = { ...first.box, top: top - scrollY(), left: left - scrollX() };
      if (this.hit(el, { box, walk: first.walk })) out.add(el);
      else refused.push(el);
    }
    for (const el of refused) if (this.byLabel(el)) out.add(el);
    return out;
  }
}

function isFullyInside(box: Box, frame: Box): boolean {
  return (
    box.left >= frame.left &&
    box.top >= frame.top &&
    box.left + box.width <= frame.left + frame.width &&
    box.top + box.height <= frame.top + frame.height
  );
}
