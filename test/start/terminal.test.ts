// The terminal table: widths measured in screen columns, so Vietnamese (NFC or not), wide
// East-Asian characters and colour codes keep the borders straight.
import { describe, expect, it } from "vitest";
import { painter } from "../../scripts/start/colour";
import { renderTable } from "../../scripts/start/table";
import { displayWidth, pad, wrap } from "../../scripts/start/text-width";

describe("displayWidth", () => {
  it("counts a Vietnamese letter as one column, precomposed or not", () => {
    expect(displayWidth("Nguyễn Thị Thuỳ Dương")).toBe(21);
    expect(displayWidth("Nguyễn Thị Thuỳ Dương".normalize("NFD"))).toBe(21);
    expect(displayWidth("Đạt")).toBe(3);
  });

  it("counts wide characters as two and colour codes as none", () => {
    expect(displayWidth("漢字")).toBe(4);
    expect(displayWidth("한국")).toBe(4);
    expect(displayWidth(painter("green", true)("Đạt"))).toBe(3);
    expect(displayWidth("█████░░░░░")).toBe(10);
  });

  it("pads and wraps by columns", () => {
    expect(pad("Tỉ lệ", 7, "right")).toBe("  Tỉ lệ");
    expect(
      wrap("Bồi dưỡng 07 chỉ huy Đội trở thành cán bộ", 12).every((line) => displayWidth(line) <= 12),
    ).toBe(true);
    expect(wrap("Bồi dưỡng 07 chỉ huy Đội", 12).join(" ")).toBe("Bồi dưỡng 07 chỉ huy Đội");
    expect(wrap("quánhtriệtnghịquyết", 5)).toEqual(["quánh", "triệt", "nghịq", "uyết"]);
    expect(wrap("漢字漢字", 1)).toEqual(["漢", "字", "漢", "字"]);
  });
});

describe("renderTable", () => {
  it("lines every border up, whatever the text", () => {
    const table = renderTable(
      [{ header: "Mã" }, { header: "Chỉ tiêu", flexible: true }, { header: "Đánh giá" }],
      [
        [
          { text: "T01" },
          { text: "100% cán bộ được học tập, quán triệt Nghị quyết".normalize("NFD") },
          { text: "Đạt", paint: painter("green", true) },
        ],
        [{ text: "T02" }, { text: "漢字 và tiếng Việt" }, { text: "Thiếu dữ liệu" }],
      ],
      40,
    );
    const widths = table.split("\n").map(displayWidth);
    expect(new Set(widths).size).toBe(1);
    expect(widths[0]).toBeLessThanOrEqual(40);
    expect(table).toContain("\x1b[32mĐạt");
  });
});
