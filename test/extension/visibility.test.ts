import { describe, expect, it } from "vitest";
import { clipBox, isBoxVisible, isStyleVisible } from "../../extension/src/content/visibility";

const page = { width: 1280, height: 3000 };
const shown = { display: "block", visibility: "visible", opacity: "1" };

describe("visibility from geometry", () => {
  it("accepts a normal box and refuses zero-size and off-page ones", () => {
    expect(isBoxVisible({ left: 10, top: 10, width: 200, height: 24 }, page)).toBe(true);
    expect(isBoxVisible({ left: 10, top: 10, width: 0, height: 0 }, page)).toBe(false);
    expect(isBoxVisible({ left: 10, top: 10, width: 1, height: 1 }, page)).toBe(false);
    expect(isBoxVisible({ left: -9999, top: 10, width: 200, height: 24 }, page)).toBe(false);
    expect(isBoxVisible({ left: 10, top: -500, width: 200, height: 24 }, page)).toBe(false);
    expect(isBoxVisible({ left: 5000, top: 10, width: 200, height: 24 }, page)).toBe(false);
    // Below the fold but on the page: the user can scroll to it.
    expect(isBoxVisible({ left: 10, top: 2500, width: 200, height: 24 }, page)).toBe(true);
  });

  it("refuses hidden, undisplayed and transparent elements or ancestors", () => {
    expect(isStyleVisible([shown, shown])).toBe(true);
    expect(isStyleVisible([{ ...shown, visibility: "hidden" }, shown])).toBe(false);
    expect(isStyleVisible([shown, { ...shown, display: "none" }])).toBe(false);
    expect(isStyleVisible([shown, { ...shown, opacity: "0" }])).toBe(false);
    expect(isStyleVisible([{ ...shown, opacity: "0.5" }])).toBe(true);
  });
});

describe("clipping by overflow:hidden ancestors", () => {
  const field = { left: 10, top: 100, width: 200, height: 24 };
  const clip = (left: number, top: number, width: number, height: number, x = true, y = true) => ({
    box: { left, top, width, height },
    x,
    y,
  });

  it("keeps a field inside a roomy box whole", () => {
    expect(clipBox(field, [clip(0, 0, 800, 600)])).toEqual(field);
    expect(clipBox(field, [])).toEqual(field);
  });

  it("cuts a field in a collapsed or 1-pixel box, or pushed outside its box, to nothing", () => {
    const collapsed = clipBox(field, [clip(0, 100, 800, 0)]);
    expect(isBoxVisible(collapsed, page)).toBe(false);
    const srOnly = clipBox(field, [clip(10, 100, 1, 1)]);
    expect(isBoxVisible(srOnly, page)).toBe(false);
    const outside = clipBox({ ...field, left: 400 }, [clip(0, 90, 300, 40)]);
    expect(outside.width).toBe(0);
    expect(isBoxVisible(outside, page)).toBe(false);
  });

  it("clips only on the axes the ancestor clips", () => {
    // overflow-x: hidden only: a field below the box is still shown.
    expect(clipBox(field, [clip(0, 0, 800, 50, true, false)])).toEqual(field);
    expect(clipBox(field, [clip(0, 0, 100, 600, true, false)]).width).toBe(90);
  });
});
