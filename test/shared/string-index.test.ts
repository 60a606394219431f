import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StringIndex } from "../../shared/string-index";

/** What StringIndex must give, from a Map: the first position of each key. */
function firstPositions(keys: readonly string[]): Map<string, number> {
  const first = new Map<string, number>();
  keys.forEach((key, i) => {
    if (!first.has(key)) first.set(key, i);
  });
  return first;
}

describe("StringIndex", () => {
  it("finds each key at the first position it has, and nothing else", () => {
    const index = new StringIndex(["CB001", "CB002", "CB001", "", "Nguyễn Văn An", "CB002"]);
    expect(index.find("CB001")).toBe(0);
    expect(index.find("CB002")).toBe(1);
    expect(index.find("")).toBe(3);
    expect(index.find("Nguyễn Văn An")).toBe(4);
    expect(Array.from(index.firsts)).toEqual([0, 1, 0, 3, 4, 1]);
    for (const missing of ["cb001", "CB00", "CB0011", "Nguyen Van An", " CB001"]) {
      expect(index.find(missing), missing).toBe(-1);
    }
  });

  it("is exact: keys that differ only in case, marks or their form stay apart", () => {
    const keys = ["Hòa", "Hoà", "Ho\u0300a", "HÒA", "hòa"];
    const index = new StringIndex(keys);
    keys.forEach((key, i) => {
      expect(index.find(key), key).toBe(i);
    });
    expect(index.find("Hoa")).toBe(-1);
  });

  it("tells apart keys of the same length and the same hash", () => {
    // These two hash alike in the table: only their characters tell them apart.
    const index = new StringIndex(["CB0522789"]);
    expect(index.find("CB0522789")).toBe(0);
    expect(index.find("CB0739192")).toBe(-1);
    expect(Array.from(new StringIndex(["CB0522789", "CB0739192"]).firsts)).toEqual([0, 1]);
  });

  it("keeps many keys apart, 100 000 of them, some alike", () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `CB${String(i % 60_000).padStart(6, "0")}`);
    const index = new StringIndex(keys);
    expect(index.find("CB000000")).toBe(0);
    expect(index.find("CB059999")).toBe(59_999);
    expect(index.find("CB060000")).toBe(-1);
    expect(index.firsts[60_000]).toBe(0);
    expect(index.firsts[99_999]).toBe(39_999);
  });

  it("agrees with a Map on any list of strings, for keys and for strings looked up", () => {
    // Few characters, so that keys repeat and share hashes' low bits often.
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom("a", "b", "đ", "\u0300"), maxLength: 4 }),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 60 }), fc.array(text, { maxLength: 20 }), (keys, others) => {
        const index = new StringIndex(keys);
        const first = firstPositions(keys);
        keys.forEach((key, i) => {
          expect(index.firsts[i]).toBe(first.get(key));
        });
        for (const text of [...keys, ...others]) expect(index.find(text)).toBe(first.get(text) ?? -1);
        keys.forEach((key, i) => {
          for (const text of [...keys, ...others]) expect(index.isKeyAt(i, text)).toBe(text === key);
        });
      }),
    );
  });

  it("tells whether the key at a position is a given text, exactly", () => {
    const index = new StringIndex(["CB001", "Hòa", "", "CB001"]);
    expect(index.isKeyAt(0, "CB001")).toBe(true);
    expect(index.isKeyAt(3, "CB001")).toBe(true);
    expect(index.isKeyAt(1, "Hòa")).toBe(true);
    expect(index.isKeyAt(2, "")).toBe(true);
    for (const other of ["cb001", "CB00", "CB0011", "CB002", ""])
      expect(index.isKeyAt(0, other), other).toBe(false);
    expect(index.isKeyAt(1, "Hoà")).toBe(false);
    expect(index.isKeyAt(2, "CB001")).toBe(false);
  });
});
