import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  canonicalizeTones,
  collationKey,
  comparePersonKeys,
  comparePersonNames,
  compareVietnamese,
  fold,
  normalizeText,
  personKey,
  personNameRanks,
  remembering,
  sortByPersonName,
  splitPersonName,
  typedText,
} from "../../shared/text";

// Strings made mostly of Vietnamese letters, marks and spaces, so properties hit the interesting cases.
const vietnameseChars = Array.from(
  "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ" +
    "AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬEÈẺẼÉẸÊỀỂỄẾỆIÌỈĨÍỊOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢUÙỦŨÚỤƯỪỬỮỨỰYỲỶỸÝỴĐ" +
    "bcdghklmnpqrstvxfjwz BCDGHKLMNPQRSTVX  \t\n-.,'0123456789",
).concat([
  "\u0300",
  "\u0301",
  "\u0303",
  "\u0309",
  "\u0323",
  "\u0302",
  "\u0306",
  "\u031b",
  "\u00a0",
  "ü",
  "ß",
  "İ",
]);
const vietnameseText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...vietnameseChars), maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);

describe("remembering", () => {
  it("computes each text once and gives the same answers", () => {
    const seen: string[] = [];
    const folded = remembering((text: string) => {
      seen.push(text);
      return fold(text);
    });
    expect([folded("Hòa"), folded("Hoà"), folded("Hòa")]).toEqual(["hoa", "hoa", "hoa"]);
    expect(seen).toEqual(["Hòa", "Hoà"]);
  });
});

describe("fold", () => {
  it("drops diacritics, maps đ to d, lower-cases and tidies spaces", () => {
    expect(fold("  Đoàn   Thanh niên\tCộng sản ")).toBe("doan thanh nien cong san");
    expect(fold("ĐẶNG THỊ HỒNG NHUNG")).toBe("dang thi hong nhung");
    expect(fold("Nguye\u0302\u0303n")).toBe("nguyen"); // decomposed input
    expect(fold("")).toBe("");
  });
});

describe("canonicalizeTones", () => {
  it.each([
    ["Hòa", "Hoà"],
    ["Hoà", "Hoà"],
    ["Thúy", "Thuý"],
    ["Thuý", "Thuý"],
    ["khỏe", "khoẻ"],
    ["khoẻ", "khoẻ"],
    ["Qùy", "Quỳ"],
    ["Quỳ", "Quỳ"],
    ["qủa", "quả"],
    ["gìa", "già"],
    ["ngòai", "ngoài"],
    ["khủyu", "khuỷu"],
    ["ngọeo", "ngoẹo"],
    ["HÒA", "HOÀ"],
    ["hÒa", "hOà"], // each letter keeps its own case
    ["THÚY", "THUÝ"],
  ])("moves the tone of %s to the main vowel: %s", (input, expected) => {
    expect(canonicalizeTones(input)).toBe(expected);
  });

  it.each([
    "hoàng",
    "toán",
    "quyết",
    "Huỳnh",
    "hoạch",
    "Nguyễn",
    "người",
    "giữa",
    "giếng",
    "gìn",
    "gì",
    "rượu",
    "cứu",
    "gửi",
    "của",
    "mùa",
    "kìa",
    "túi",
    "mái",
    "cháu",
    "chạy",
    "thuở",
    "chuyện",
    "khuấy",
    "hoặc",
    "yêu",
    "Đạt",
    "Quốc",
    "ý",
  ])("leaves the correctly placed %s alone", (word) => {
    expect(canonicalizeTones(word)).toBe(word);
  });

  it.each(["café", "Renée", "José", "Müller", "HÒAA", "hòà", "xyz"])(
    "leaves %s, which is not one Vietnamese syllable with one tone, as it is",
    (word) => {
      expect(canonicalizeTones(word)).toBe(word);
    },
  );

  it("composes to NFC and works word by word, keeping punctuation", () => {
    expect(canonicalizeTones("Ho\u0300a, Thu\u0301y-Khỏe!")).toBe("Hoà, Thuý-Khoẻ!");
    expect(canonicalizeTones("Hòa1")).toBe("Hoà1");
  });
});

describe("normalizeText", () => {
  it("composes, trims, collapses whitespace and places tones by the modern rule", () => {
    expect(normalizeText("  Nguye\u0302\u0303n   Thị\u00a0Thúy\n")).toBe("Nguyễn Thị Thuý");
    expect(normalizeText("Lê  Văn Hòa")).toBe("Lê Văn Hoà");
    expect(normalizeText("Đoàn TNCS Hồ Chí Minh phường Bến Thành")).toBe(
      "Đoàn TNCS Hồ Chí Minh phường Bến Thành",
    );
    expect(normalizeText("")).toBe("");
    expect(normalizeText(" \t ")).toBe("");
  });

  it("makes old and new tone placement the same string", () => {
    const pairs = [
      ["Hoà", "Hòa"],
      ["Thuý", "Thúy"],
      ["khoẻ", "khỏe"],
      ["Quỳ", "Qùy"],
      ["Phạm Thị Thuỷ", "Phạm Thị Thủy"],
      ["Xoà", "Xòa"],
      ["loã", "lõa"],
      ["Luỹ", "Lũy"],
    ];
    for (const [modern, old] of pairs) {
      expect(normalizeText(old!)).toBe(modern);
      expect(normalizeText(modern!)).toBe(modern);
    }
  });

  it("is idempotent", () => {
    fc.assert(fc.property(vietnameseText, (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });

  it("changes nothing that fold sees", () => {
    fc.assert(fc.property(vietnameseText, (s) => fold(normalizeText(s)) === fold(s)));
  });

  it("returns NFC with no leading, trailing or doubled whitespace", () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        const n = normalizeText(s);
        return n === n.normalize("NFC") && n === n.trim() && !/\s\s/.test(n);
      }),
    );
  });
});

describe("fold properties", () => {
  it("is idempotent and never throws", () => {
    fc.assert(fc.property(vietnameseText, (s) => fold(fold(s)) === fold(s)));
  });

  it("canonicalizeTones is idempotent and keeps the fold", () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        const c = canonicalizeTones(s);
        return canonicalizeTones(c) === c && fold(c) === fold(s);
      }),
    );
  });

  it("canonicalizeTones changes each run of letters and marks on its own, as the word alone would be", () => {
    // The runs are found by a scan of code units; /[\p{L}\p{M}]+/u is the rule it follows.
    const byRuns = (s: string) => s.normalize("NFC").replace(/[\p{L}\p{M}]+/gu, (w) => canonicalizeTones(w));
    fc.assert(fc.property(vietnameseText, (s) => canonicalizeTones(s) === byRuns(s)));
    expect(canonicalizeTones("Hòa-Thủy,Khỏe 𝒜 Lòa")).toBe("Hoà-Thuỷ,Khoẻ 𝒜 Loà");
    expect(canonicalizeTones("1Hòa\u00a0Hòa")).toBe("1Hoà\u00a0Hoà");
    // A letter or a mark joined to a word makes it another word, which is not a syllable: kept.
    expect(canonicalizeTones("ZHòa zhòa Hòa\u0332 Hòaß")).toBe("ZHòa zhòa Hòa\u0332 Hòaß");
  });
});

describe("splitPersonName", () => {
  it("takes the first word as family name, the last as given name, the rest as middle", () => {
    expect(splitPersonName("Nguyễn Thị Minh Khai")).toEqual({
      family: "Nguyễn",
      middle: "Thị Minh",
      given: "Khai",
    });
    expect(splitPersonName("  Trần   Hưng  ")).toEqual({ family: "Trần", middle: "", given: "Hưng" });
    expect(splitPersonName("Lan")).toEqual({ family: "", middle: "", given: "Lan" });
    expect(splitPersonName("")).toEqual({ family: "", middle: "", given: "" });
  });

  it("normalizes the parts", () => {
    expect(splitPersonName("Lê Thị Thúy")).toEqual({ family: "Lê", middle: "Thị", given: "Thuý" });
  });

  it("splits any text as its words would: first, middle ones, last", () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const words = normalizeText(text)
          .split(/\s+/)
          .filter((word) => word !== "");
        const expected =
          words.length === 0
            ? { family: "", middle: "", given: "" }
            : words.length === 1
              ? { family: "", middle: "", given: words[0] }
              : { family: words[0], middle: words.slice(1, -1).join(" "), given: words[words.length - 1] };
        expect(splitPersonName(text)).toEqual(expected);
      }),
    );
  });
});

describe("compareVietnamese", () => {
  const sign = (n: number) => Math.sign(n);

  it("orders the letters of the Vietnamese alphabet", () => {
    const letters = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split(" ");
    for (let i = 1; i < letters.length; i++) {
      expect(sign(compareVietnamese(letters[i - 1]!, letters[i]!)), `${letters[i - 1]} < ${letters[i]}`).toBe(
        -1,
      );
      expect(sign(compareVietnamese(letters[i]!, letters[i - 1]!))).toBe(1);
    }
    const shuffled = [...letters].reverse();
    expect(shuffled.sort(compareVietnamese)).toEqual(letters);
  });

  it("orders tones a à ả ã á ạ, after the base letter and before the next letter", () => {
    const tones = ["a", "à", "ả", "ã", "á", "ạ", "ă"];
    for (let i = 1; i < tones.length; i++) {
      expect(sign(compareVietnamese(tones[i - 1]!, tones[i]!))).toBe(-1);
    }
    expect(sign(compareVietnamese("ê", "ế"))).toBe(-1);
  });

  it("uses tones only to break ties between the same letters", () => {
    expect(sign(compareVietnamese("Ánh", "Anh Đào"))).toBe(-1); // shorter first, tones ignored
    expect(sign(compareVietnamese("tá", "tai"))).toBe(-1);
    expect(sign(compareVietnamese("mạ", "mb"))).toBe(-1);
    expect(sign(compareVietnamese("Dũng", "Đạt"))).toBe(-1);
    expect(sign(compareVietnamese("Ơn", "Phú"))).toBe(-1);
    expect(sign(compareVietnamese("Uyên", "Ưng"))).toBe(-1);
  });

  it("puts case last: lower before upper, only when all else is equal", () => {
    expect(sign(compareVietnamese("an", "An"))).toBe(-1);
    expect(sign(compareVietnamese("An", "ăn"))).toBe(-1);
    expect(sign(compareVietnamese("An", "àn"))).toBe(-1); // the tone decides before case
    expect(sign(compareVietnamese("Bình", "an"))).toBe(1);
  });

  it("treats old and new tone placement, and NFD, as equal", () => {
    expect(compareVietnamese("Hoà", "Hòa")).toBe(0);
    expect(compareVietnamese("Thuý", "Thu\u0301y")).toBe(0);
    expect(compareVietnamese(" Lan ", "Lan")).toBe(0);
    expect(compareVietnamese("Lan", "Lan")).toBe(0);
  });

  it("sorts spaces, punctuation and digits before letters", () => {
    expect(sign(compareVietnamese("An Bình", "Anh"))).toBe(-1);
    expect(sign(compareVietnamese("10", "a"))).toBe(-1);
    expect(sign(compareVietnamese("1", "2"))).toBe(-1);
    expect(sign(compareVietnamese("-", "0"))).toBe(-1);
  });

  describe("without Intl", () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    });

    it("does not need Intl or localeCompare", () => {
      vi.stubGlobal("Intl", undefined);
      vi.spyOn(String.prototype, "localeCompare").mockImplementation(() => {
        throw new Error("localeCompare used");
      });
      expect(sign(compareVietnamese("Đạt", "Dũng"))).toBe(1);
      expect(comparePersonNames("Nguyễn Văn An", "Lê Bảo")).toBeLessThan(0);
    });
  });

  it("is a consistent total order and never throws", () => {
    fc.assert(
      fc.property(vietnameseText, vietnameseText, vietnameseText, (a, b, c) => {
        const ab = sign(compareVietnamese(a, b));
        if (ab !== -sign(compareVietnamese(b, a))) return false;
        if (compareVietnamese(a, a) !== 0) return false;
        // transitivity on the sorted triple
        const [x, y, z] = [a, b, c].sort(compareVietnamese);
        return (
          compareVietnamese(x!, z!) <= 0 && compareVietnamese(x!, y!) <= 0 && compareVietnamese(y!, z!) <= 0
        );
      }),
    );
  });

  it("is 0 exactly when the normalized texts are equal", () => {
    fc.assert(
      fc.property(vietnameseText, vietnameseText, (a, b) => {
        return (compareVietnamese(a, b) === 0) === (normalizeText(a) === normalizeText(b));
      }),
    );
  });
});

describe("person names", () => {
  const sign = (n: number) => Math.sign(n);

  it("compares by given name, then middle name, then family name", () => {
    expect(sign(comparePersonNames("Nguyễn Văn An", "Trần Thị Ánh"))).toBe(-1);
    expect(sign(comparePersonNames("Trần Thị Ánh", "Lê Bảo"))).toBe(-1);
    expect(sign(comparePersonNames("Võ Dũng", "Bùi Đạt"))).toBe(-1);
    expect(sign(comparePersonNames("Trần Thị Lan", "Nguyễn Văn Lan"))).toBe(-1); // middle: Thị < Văn
    expect(sign(comparePersonNames("Lê Văn Lan", "Nguyễn Văn Lan"))).toBe(-1); // family: Lê < Nguyễn
    expect(comparePersonNames("Phạm Thị Thúy", "Phạm  Thị Thuý")).toBe(0);
  });

  it("sorts a list of real names by given name", () => {
    const names = [
      "Lê Bảo",
      "Đặng Quốc Đạt",
      "Trần Thị Ánh",
      "Phạm Minh Dũng",
      "Nguyễn Văn An",
      "Huỳnh Thị Yến",
      "Bùi Thị Thuý",
      "Võ Hoàng Ân",
      "Hồ Ngọc Thủy",
      "Nguyễn Thị Ánh",
      "Đỗ Văn Ơn",
      "Trương Công Ôn",
      "Lý Gia Uy",
      "Mai Thị Ưng",
      "Châu Văn Chiến",
      "Ngô Thị Cúc",
    ];
    const sorted = sortByPersonName(names, (name) => name);
    expect(sorted).toEqual([
      "Nguyễn Văn An",
      "Nguyễn Thị Ánh", // a before â, whatever the tone
      "Trần Thị Ánh",
      "Võ Hoàng Ân",
      "Lê Bảo",
      "Châu Văn Chiến",
      "Ngô Thị Cúc",
      "Phạm Minh Dũng",
      "Đặng Quốc Đạt",
      "Trương Công Ôn",
      "Đỗ Văn Ơn",
      "Hồ Ngọc Thủy", // hỏi before sắc
      "Bùi Thị Thuý",
      "Lý Gia Uy",
      "Mai Thị Ưng",
      "Huỳnh Thị Yến",
    ]);
    expect(names[0]).toBe("Lê Bảo"); // the input is not changed
  });

  it("sortByPersonName returns a new array, is stable and agrees with comparePersonNames", () => {
    const people = [
      { id: 1, name: "Phạm Thị Thúy" },
      { id: 2, name: "Lê Bảo" },
      { id: 3, name: "Phạm Thị Thuý" },
    ];
    const sorted = sortByPersonName(people, (p) => p.name);
    expect(sorted).not.toBe(people);
    expect(sorted.map((p) => p.id)).toEqual([2, 1, 3]);
    fc.assert(
      fc.property(fc.array(vietnameseText, { maxLength: 12 }), (list) => {
        const result = sortByPersonName(list, (s) => s);
        if (result.length !== list.length) return false;
        for (let i = 1; i < result.length; i++) {
          if (comparePersonNames(result[i - 1]!, result[i]!) > 0) return false;
        }
        return true;
      }),
    );
  });

  it("precomputes keys that compare as the names do, sharing the key of a common part", () => {
    expect(personKey("Nguyễn Văn An").given).toBe(personKey("Trần Thị An").given);
    fc.assert(
      fc.property(vietnameseText, vietnameseText, (a, b) => {
        const [ka, kb] = [personKey(a), personKey(b)];
        const [pa, pb] = [splitPersonName(a), splitPersonName(b)];
        const expected =
          compareVietnamese(pa.given, pb.given) ||
          compareVietnamese(pa.middle, pb.middle) ||
          compareVietnamese(pa.family, pb.family);
        return (
          Math.sign(comparePersonKeys(ka, kb)) === Math.sign(expected) &&
          Math.sign(comparePersonNames(a, b)) === Math.sign(expected) &&
          JSON.stringify(ka.given) === JSON.stringify(collationKey(pa.given)) &&
          JSON.stringify(ka.middle) === JSON.stringify(collationKey(pa.middle))
        );
      }),
    );
  });

  it("ranks names as comparePersonNames orders them, equal names sharing a rank", () => {
    const names = ["Lê Bảo", "Phạm Thị Thúy", "Nguyễn Văn An", "Phạm  Thị Thuý", "Trần Thị Ánh", "Lê Bảo"];
    expect(personNameRanks(names)).toEqual({ ranks: Int32Array.from([2, 3, 0, 3, 1, 2]), count: 4 });
    expect(personNameRanks([])).toEqual({ ranks: new Int32Array(0), count: 0 });
    // Few words, so that names and their parts repeat, in other forms and tones.
    const word = fc.constantFrom("Hoà", "Hòa", "An", "Ánh", "Anh", "Thị", "Văn", "Nguyễn", "Ðỗ", "Đỗ", "");
    const name = fc.array(word, { maxLength: 4 }).map((words) => words.join(" "));
    fc.assert(
      fc.property(fc.array(fc.oneof(name, vietnameseText), { maxLength: 30 }), (list) => {
        const { ranks, count } = personNameRanks(list);
        expect(new Set(ranks).size).toBe(count);
        list.forEach((a, i) => {
          expect(ranks[i]).toBeLessThan(count);
          list.forEach((b, j) => {
            expect(Math.sign(ranks[i]! - ranks[j]!)).toBe(Math.sign(comparePersonNames(a, b)));
          });
        });
      }),
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(vietnameseText, vietnameseText, (a, b) => {
        const c = comparePersonNames(a, b);
        const parts = splitPersonName(a);
        return Number.isFinite(c) && typeof parts.given === "string";
      }),
    );
  });
});

describe("typedText", () => {
  it("keeps the text as typed, composed (NFC), with single spaces", () => {
    expect(typedText("  Nguyễn   Thị  Thùy ")).toBe("Nguyễn Thị Thùy");
    expect(typedText("Nguyễn Thị Thùy".normalize("NFD"))).toBe("Nguyễn Thị Thùy");
    expect(typedText("Thuỳ")).toBe("Thuỳ");
    expect(typedText("Hoà Bình".normalize("NFD"))).toBe("Hoà Bình");
    // Marks of other scripts compose too; text that needs nothing is the same string.
    expect(typedText("e\u0301")).toBe("é");
    const plain = "Đoàn phường Tân Phú";
    expect(typedText(plain)).toBe(plain);
  });
});
