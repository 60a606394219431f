// The pure geometry and style arithmetic of visibility; the DOM part is driven in Chromium by the
// hostile page suite (test/e2e/hostile.test.ts).
import { describe, expect, it } from "vitest";
import {
  clipBox,
  clipPathBox,
  clipRectBox,
  colorAlpha,
  effectiveOpacity,
  enoughHits,
  filterOpacity,
  isBigEnough,
  MIN_OPACITY,
  probePoints,
  showsNothing,
} from "../../extension/src/content/visibility";

const field = { left: 10, top: 100, width: 200, height: 24 };

describe("size", () => {
  it("refuses boxes under about 8 px on either side (a 3×3 input is a trap)", () => {
    expect(isBigEnough(field)).toBe(true);
    expect(isBigEnough({ ...field, width: 3, height: 3 })).toBe(false);
    expect(isBigEnough({ ...field, height: 7 })).toBe(false);
    expect(isBigEnough({ ...field, width: 8, height: 8 })).toBe(true);
  });
});

describe("opacity multiplied up the ancestors, filters included", () => {
  const s = (opacity: string, filter = "none") => ({ opacity, filter });

  it("reads opacity() in filters, in numbers and percentages", () => {
    expect(filterOpacity("none")).toBe(1);
    expect(filterOpacity("opacity(0)")).toBe(0);
    expect(filterOpacity("blur(2px) opacity(50%) opacity(0.5)")).toBe(0.25);
  });

  it("an almost transparent field, or three faint ancestors, are invisible; one half-faded is not", () => {
    expect(effectiveOpacity([s("0.01")])).toBeLessThan(MIN_OPACITY);
    expect(effectiveOpacity([s("1", "opacity(0)")])).toBeLessThan(MIN_OPACITY);
    expect(effectiveOpacity([s("1"), s("0.3"), s("0.3"), s("0.3")])).toBeLessThan(MIN_OPACITY);
    expect(effectiveOpacity([s("0.5"), s("1")])).toBeGreaterThanOrEqual(MIN_OPACITY);
  });
});

describe("clipping", () => {
  const clip = (left: number, top: number, width: number, height: number, x = true, y = true) => ({
    box: { left, top, width, height },
    x,
    y,
  });

  it("keeps a field inside a roomy box whole, and cuts one in a collapsed or 1-pixel box to nothing", () => {
    expect(clipBox(field, [clip(0, 0, 800, 600)])).toEqual(field);
    expect(isBigEnough(clipBox(field, [clip(0, 100, 800, 0)]))).toBe(false);
    expect(isBigEnough(clipBox(field, [clip(10, 100, 1, 1)]))).toBe(false);
    expect(clipBox({ ...field, left: 400 }, [clip(0, 90, 300, 40)]).width).toBe(0);
  });

  it("clips only on the axes the ancestor clips", () => {
    expect(clipBox(field, [clip(0, 0, 800, 50, true, false)])).toEqual(field);
    expect(clipBox(field, [clip(0, 0, 100, 600, true, false)]).width).toBe(90);
  });

  it("reads clip: rect() with auto edges", () => {
    expect(clipRectBox("rect(0px, 0px, 0px, 0px)", field)).toEqual({ ...field, width: 0, height: 0 });
    expect(clipRectBox("rect(auto, auto, auto, auto)", field)).toEqual(field);
    expect(clipRectBox("rect(2px, 50px, 20px, 10px)", field)).toEqual({
      left: 20,
      top: 102,
      width: 40,
      height: 18,
    });
    expect(clipRectBox("auto", field)).toBeUndefined();
  });

  it("reads clip-path: inset() as the box it leaves; other shapes are not measured (the caller counts them as hiding)", () => {
    expect(isBigEnough(clipPathBox("inset(100%)", field)!)).toBe(false);
    expect(isBigEnough(clipPathBox("inset(50%)", field)!)).toBe(false);
    expect(clipPathBox("inset(0px)", field)).toEqual(field);
    expect(clipPathBox("inset(0px 10px round 4px)", field)).toEqual({ ...field, left: 20, width: 180 });
    expect(clipPathBox("circle(0px at 50% 50%)", field)).toBeUndefined();
    expect(clipPathBox('url("#shape")', field)).toBeUndefined();
  });
});

describe("hit-test points", () => {
  it("probes the centre first, then four points halfway to the corners", () => {
    expect(probePoints({ left: 0, top: 0, width: 100, height: 40 })).toEqual([
      { x: 50, y: 20 },
      { x: 25, y: 10 },
      { x: 75, y: 10 },
      { x: 25, y: 30 },
      { x: 75, y: 30 },
    ]);
  });

  it("needs the centre, or two of the other points when something lies over the centre", () => {
    expect(enoughHits([true])).toBe(true);
    expect(enoughHits([false, true, true, false, false])).toBe(true);
    expect(enoughHits([false, true, false, false, false])).toBe(false);
    expect(enoughHits([false, false, false, false, false])).toBe(false);
  });
});

describe("a text box that shows nothing", () => {
  const look = {
    color: "rgba(0, 0, 0, 0)",
    textFill: "rgba(0, 0, 0, 0)",
    borderWidths: [0, 0, 0, 0],
    borderColors: ["rgb(0, 0, 0)", "rgb(0, 0, 0)", "rgb(0, 0, 0)", "rgb(0, 0, 0)"],
    background: "rgba(0, 0, 0, 0)",
    backgroundImage: "none",
    boxShadow: "none",
  };

  it("reads the alpha of computed colours", () => {
    expect(colorAlpha("transparent")).toBe(0);
    expect(colorAlpha("rgba(1, 2, 3, 0.5)")).toBe(0.5);
    expect(colorAlpha("rgb(1 2 3 / 0)")).toBe(0);
    expect(colorAlpha("rgb(1, 2, 3)")).toBe(1);
  });

  it("transparent text without border, background or shadow is invisible; any of them shows the box", () => {
    expect(showsNothing(look)).toBe(true);
    expect(showsNothing({ ...look, color: "rgb(0, 0, 0)", textFill: "rgb(0, 0, 0)" })).toBe(false);
    expect(showsNothing({ ...look, borderWidths: [1, 1, 1, 1] })).toBe(false);
    expect(showsNothing({ ...look, background: "rgb(255, 255, 255)" })).toBe(false);
    expect(showsNothing({ ...look, boxShadow: "rgb(0, 0, 0) 0px 0px 2px 0px" })).toBe(false);
    // A Google Forms box: no border or background of its own, but visible text.
    expect(showsNothing({ ...look, color: "rgb(32, 33, 36)", textFill: "rgb(32, 33, 36)" })).toBe(false);
  });
});
