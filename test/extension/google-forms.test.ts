import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  googleFormKey,
  googleQuestions,
  isGoogleFormAction,
  isGoogleFormsPage,
  parseFbPublicLoadData,
  prefillUrl,
  questionFields,
  questionIds,
} from "../../extension/src/sites/google-forms";
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
      { itemId: "1001", entry: "entry.111", title: "Họ và tên", type: 0, options: [], section: 0 },
      { itemId: "1002", entry: "entry.222", title: "Giới tính", type: 2, options: ["Nam", "Nữ"], section: 0 },
      {
        itemId: "1003",
        entry: "entry.333",
        title: "Các lớp đã tham gia",
        type: 4,
        options: ["Bồi dưỡng nghiệp vụ", "Chuyển đổi số", "Lý luận chính trị"],
        section: 0,
      },
      {
        itemId: "1004",
        entry: "entry.444",
        title: "Trình độ lý luận chính trị",
        type: 3,
        options: ["Sơ cấp", "Trung cấp", "Cao cấp"],
        section: 0,
      },
      {
        itemId: "1008",
        entry: "entry.777",
        title: "Tổ chức đang công tác",
        type: 4,
        options: ["Đoàn", "Hội", "Đội"],
        section: 0,
      },
      { itemId: "1006", entry: "entry.555", title: "Ngày sinh", type: 9, options: [], section: 1 },
      { itemId: "1007", entry: "entry.666", title: "Ghi chú", type: 1, options: [], section: 1 },
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
    const url = prefillUrl("https://docs.google.com/forms/d/e/XYZ/formResponse", answers)!;
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

  it("is built with the URL API: the action's query and fragment do not break it", () => {
    const url = new URL(
      prefillUrl("https://docs.google.com/forms/d/e/XYZ/formResponse?pli=1#frag", [
        { entry: "entry.1", value: { kind: "text", text: "a&b=c #d" } },
      ])!,
    );
    expect(url.hash).toBe("");
    expect(url.pathname).toBe("/forms/d/e/XYZ/viewform");
    expect([...url.searchParams]).toEqual([
      ["usp", "pp_url"],
      ["entry.1", "a&b=c #d"],
    ]);
  });

  it("carries nothing to a form action that is not Google's", () => {
    expect(prefillUrl("https://evil.example/forms/d/e/XYZ/formResponse", [])).toBeUndefined();
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

  it("reads a form's structure only on docs.google.com/forms or a copy opened from disk", () => {
    expect(isGoogleFormsPage("https://docs.google.com/forms/d/e/XYZ/viewform")).toBe(true);
    expect(isGoogleFormsPage("https://docs.google.com/a/doan.hcm.vn/forms/d/e/XYZ/viewform")).toBe(true);
    expect(isGoogleFormsPage("file:///home/an/Downloads/Phieu.html")).toBe(true);
    expect(isGoogleFormsPage("https://docs.google.com/document/d/XYZ/edit")).toBe(false);
    expect(isGoogleFormsPage("https://evil.example/forms/d/e/XYZ/viewform")).toBe(false);
    expect(isGoogleFormsPage("http://docs.google.com/forms/d/e/XYZ/viewform")).toBe(false);
    // The release build knows no test origin.
    expect(isGoogleFormsPage("http://127.0.0.1:8080/forms/d/e/XYZ/viewform")).toBe(false);
  });

  it("reads a question card's own ids from its data-params", () => {
    // As Google writes it: the item's array, then the card's element ids, the outer "[" implied.
    expect(
      questionIds('%.@.[1051703980,"Họ và tên",null,0,[[447061612,null,true]],null],"i5","i6",false]'),
    ).toEqual({
      itemId: "1051703980",
      entry: "entry.447061612",
    });
    expect(questionIds('%.@.[1051703980,"broken')).toEqual({ itemId: "1051703980" });
    expect(questionIds("")).toEqual({});
  });

  it("keeps pins of one form under one key whichever account opens it", () => {
    const key = "https://docs.google.com/forms/d/e/XYZ";
    expect(googleFormKey("https://docs.google.com/forms/d/e/XYZ/formResponse")).toBe(key);
    expect(googleFormKey("https://docs.google.com/forms/u/2/d/e/XYZ/formResponse")).toBe(key);
    expect(googleFormKey("https://docs.google.com/forms/d/e/XYZ/formResponse?pli=1")).toBe(key);
  });
});
