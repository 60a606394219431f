import { describe, expect, it } from "vitest";
import { isBoxVisible, isStyleVisible } from "../../extension/src/content/visibility";

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
