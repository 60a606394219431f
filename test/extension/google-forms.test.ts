import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  googleFormKey,
  googleQuestions,
  isGoogleFormAction,
  parseFbPublicLoadData,
  prefillUrl,
  questionFields,
} from "../../extension/src/google-forms";
import { matchFields } from "../../shared/form-match";
import { anFields } from "./sample-payload";

const page = readFileSync(join(import.meta.dirname, "..", "e2e", "pages", "google-form.html"), "utf8");
const script = /<script>(var FB_PUBLIC_LOAD_DATA_[\s\S]*?)<\/script>/.exec(page)![1]!;

describe("FB_PUBLIC_LOAD_DATA_", () => {
  it("is read from the script text, brackets inside strings included", () => {
    expect(parseFbPublicLoadData('var FB_PUBLIC_LOAD_DATA_ = [null,["a]b",[]]];\nvar x = 1;')).toEqual([
      null,
      ["a]b", []],
    ]);
    expect(parseFbPublicLoadData("var other = [1];")).toBeUndefined();
    expect(parseFbPublicLoadData("var FB_PUBLIC_LOAD_DATA_ = [1, oops];")).toBeUndefined();
  });

  it("gives the questions with entries, options and sections", () => {
    const questions = googleQuestions(parseFbPublicLoadData(script)!);
    expect(questions).toEqual([
      { entry: "entry.111", title: "Họ và tên", type: 0, options: [], section: 0 },
      { entry: "entry.222", title: "Giới tính", type: 2, options: ["Nam", "Nữ"], section: 0 },
      {
        entry: "entry.333",
        title: "Các lớp đã tham gia",
        type: 4,
        options: ["Bồi dưỡng nghiệp vụ", "Chuyển đổi số", "Lý luận chính trị"],
        section: 0,
      },
      {
        entry: "entry.444",
        title: "Trình độ lý luận chính trị",
        type: 3,
        options: ["Sơ cấp", "Trung cấp", "Cao cấp"],
        section: 0,
      },
      { entry: "entry.555", title: "Ngày sinh", type: 9, options: [], section: 1 },
      { entry: "entry.666", title: "Ghi chú", type: 1, options: [], section: 1 },
    ]);
  });

  it("ignores malformed data", () => {
    expect(googleQuestions([])).toEqual([]);
    expect(googleQuestions([null, [null, [[1, "x", null, 0, null], "junk"]]])).toEqual([]);
  });
});

describe("pre-filled link", () => {
  it("carries every matched answer, checkboxes repeated, dates ISO", () => {
    const questions = googleQuestions(parseFbPublicLoadData(script)!);
    const answers = matchFields(questionFields(questions), anFields).matches.map((m) => ({
      entry: m.fieldId,
      value: m.value,
    }));
    const url = prefillUrl("https://docs.google.com/forms/d/e/XYZ/formResponse", answers);
    expect(url.startsWith("https://docs.google.com/forms/d/e/XYZ/viewform?usp=pp_url&entry.111=Nguy")).toBe(
      true,
    );
    const params = new URL(url).searchParams;
    expect(params.getAll("entry.333")).toEqual(["Bồi dưỡng nghiệp vụ", "Chuyển đổi số"]);
    expect(params.get("entry.222")).toBe("Nam");
    expect(params.get("entry.444")).toBe("Trung cấp");
    expect(params.get("entry.555")).toBe("1995-03-09");
    expect(url).not.toContain(" ");
  });

  it("recognises the formResponse action", () => {
    expect(isGoogleFormAction("https://docs.google.com/forms/d/e/XYZ/formResponse")).toBe(true);
    expect(isGoogleFormAction("/submit")).toBe(false);
  });
});

describe("what counts as a Google Form", () => {
  it("only a formResponse action on docs.google.com, so no page can collect the pre-filled answers", () => {
    expect(isGoogleFormAction("https://docs.google.com/forms/u/1/d/e/XYZ/formResponse")).toBe(true);
    expect(isGoogleFormAction("https://docs.google.com/a/doan.hcm.vn/forms/d/e/XYZ/formResponse")).toBe(true);
    expect(isGoogleFormAction("https://evil.example/forms/d/e/XYZ/formResponse")).toBe(false);
    expect(isGoogleFormAction("http://docs.google.com/forms/d/e/XYZ/formResponse")).toBe(false);
    expect(isGoogleFormAction("https://docs.google.com.evil.example/forms/d/e/XYZ/formResponse")).toBe(false);
    expect(isGoogleFormAction("javascript:alert(1)//formResponse")).toBe(false);
    expect(isGoogleFormAction("/forms/d/e/XYZ/formResponse")).toBe(false);
  });

  it("keeps pins of one form under one key whichever account opens it", () => {
    const key = "https://docs.google.com/forms/d/e/XYZ";
    expect(googleFormKey("https://docs.google.com/forms/d/e/XYZ/formResponse")).toBe(key);
    expect(googleFormKey("https://docs.google.com/forms/u/2/d/e/XYZ/formResponse")).toBe(key);
    expect(googleFormKey("https://docs.google.com/forms/d/e/XYZ/formResponse?pli=1")).toBe(key);
  });
});
