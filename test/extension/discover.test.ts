// @vitest-environment happy-dom
// Discovery, labels and filling on DOM fixtures. Layout is not computed here, so the
// visibility test is replaced by a stand-in; real visibility is covered in Chromium.
import { beforeEach, describe, expect, it } from "vitest";
import { setNativeValue } from "../../extension/src/content/controls";
import { discoverFields } from "../../extension/src/content/discover";
import { columnHeader, labelsOf, nearbyText, textAfter } from "../../extension/src/content/labels";
import { googleForms } from "../../extension/src/sites/google-forms";
import { matchFields } from "../../shared/form-match";
import { anFields, exportedFields } from "./sample-payload";

/** Where happy-dom says the document is (the Google Forms site reads the address). */
const setURL = (url: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
const enabled = (el: Element) => !el.matches(":disabled") && !(el as HTMLInputElement).readOnly;
const discover = () => discoverFields(document, { fillable: enabled });

beforeEach(() => {
  document.body.innerHTML = `
    <form>
      <label for="name">Họ và tên *</label><input id="name" name="fullName">
      <label>Ngày sinh <input type="date" name="dob"></label>
      <span id="pos">Chức vụ</span><input name="position" aria-labelledby="pos">
      <input type="tel" name="phone" aria-label="Số điện thoại">
      <div><input type="email" name="email" placeholder="Email"></div>
      <table><tr><td>Số năm công tác</td><td><input type="number" name="years"></td></tr></table>
      <fieldset><legend>Giới tính</legend>
        <label><input type="radio" name="gender" value="M"> Nam</label>
        <label><input type="radio" name="gender" value="F"> Nữ</label>
      </fieldset>
      <p>Các lớp đã tham gia</p>
      <div>
        <label><input type="checkbox" name="courses" value="a"> Bồi dưỡng nghiệp vụ</label>
        <label><input type="checkbox" name="courses" value="b"> Chuyển đổi số</label>
      </div>
      <label><input type="checkbox" name="party"> Là đảng viên</label>
      <label for="theory">Trình độ lý luận chính trị</label>
      <select id="theory" name="theory"><option value="">Chọn</option><option value="tc">Trung cấp</option></select>
      <label for="off">Ghi chú</label><textarea id="off" disabled></textarea>
      <input type="hidden" name="secret" aria-label="Quê quán">
      <input type="submit" value="Gửi">
    </form>`;
});

describe("labels", () => {
  it("come from for=, wrapping label, aria-labelledby, aria-label, placeholder and nearby text", () => {
    const first = (selector: string) => labelsOf(document.querySelector(selector)!)[0];
    expect(first("#name")).toEqual({ text: "Họ và tên *", source: "label" });
    expect(first("[name=dob]")).toEqual({ text: "Ngày sinh", source: "label" });
    expect(first("[name=position]")).toEqual({ text: "Chức vụ", source: "aria" });
    expect(first("[name=phone]")).toEqual({ text: "Số điện thoại", source: "aria" });
    expect(labelsOf(document.querySelector("[name=email]")!)).toEqual([
      { text: "Email", source: "placeholder" },
    ]);
    expect(first("[name=years]")).toEqual({ text: "Số năm công tác", source: "nearby" });
  });

  it("nearby text stops at a sibling holding another control", () => {
    document.body.innerHTML = `<div><label>A <input></label></div><div><input id="x"></div>`;
    expect(nearbyText(document.querySelector("#x")!)).toBe("");
  });
});

describe("labels of real layouts", () => {
  it("the header cell of the control's own column, not the whole header row", () => {
    document.body.innerHTML = `
      <table>
        <tr><th colspan="3">Quá trình công tác</th></tr>
        <tr><th>Từ tháng, năm</th><th>Đến tháng, năm</th><th>Chức vụ, đơn vị</th></tr>
        <tr><td><input id="a"></td><td><input id="b"></td><td><input id="c"></td></tr>
      </table>`;
    expect(columnHeader(document.querySelector("#b")!)).toBe("Đến tháng, năm");
    expect(labelsOf(document.querySelector("#c")!)).toEqual([{ text: "Chức vụ, đơn vị", source: "header" }]);
  });

  it("says what the table is about: a relative's name is not the cadre's", () => {
    document.body.innerHTML = `
      <div><label>a) Về bản thân: Cha, Mẹ, Vợ (hoặc chồng), các con</label></div>
      <div><table>
        <tr><th>Mối quan hệ</th><th>Họ và tên</th><th>Năm sinh</th></tr>
        <tr><td><input id="rel"></td><td><input id="name"></td><td><input id="year"></td></tr>
      </table></div>`;
    expect(columnHeader(document.querySelector("#name")!)).toBe(
      "Họ và tên (a) Về bản thân: Cha, Mẹ, Vợ (hoặc chồng), các con)",
    );
    const fields = discover().map((h) => h.info);
    expect(matchFields(fields, exportedFields).matches).toEqual([]);
  });

  it("a column with controls in several rows is a list of records: no header label", () => {
    document.body.innerHTML = `
      <table>
        <tr><td>Tên trường</td><td>Trình độ</td></tr>
        <tr><td><textarea id="a1"></textarea></td><td><textarea id="b1"></textarea></td></tr>
        <tr><td><textarea id="a2"></textarea></td><td><textarea id="b2"></textarea></td></tr>
      </table>`;
    expect(columnHeader(document.querySelector("#b1")!)).toBe("");
    expect(
      matchFields(
        discover().map((h) => h.info),
        exportedFields,
      ).matches,
    ).toEqual([]);
  });

  it("a row label in the cell before, never the row above", () => {
    document.body.innerHTML = `
      <table>
        <tr><td>Họ và tên</td><td><input id="name"></td></tr>
        <tr><td><input id="x"></td><td>Ghi chú</td></tr>
      </table>`;
    expect(nearbyText(document.querySelector("#name")!)).toBe("Họ và tên");
    expect(nearbyText(document.querySelector("#x")!)).toBe("");
  });

  it("a label written after the input in the same wrapper (floating labels)", () => {
    document.body.innerHTML = `
      <div class="field"><input id="a" placeholder=" "><label>Số điện thoại</label></div>
      <div><input id="b"><input id="c"><span>Dân tộc</span></div>`;
    expect(textAfter(document.querySelector("#a")!)).toBe("Số điện thoại");
    expect(labelsOf(document.querySelector("#a")!)).toEqual([{ text: "Số điện thoại", source: "after" }]);
    // Two controls share the wrapper: whose label it is cannot be told.
    expect(textAfter(document.querySelector("#c")!)).toBe("");
  });
});

describe("dates asked in parts", () => {
  it("three dropdowns Ngày / Tháng / Năm after «Ngày sinh:» are the day, month and year of it", () => {
    document.body.innerHTML = `
      <form>
        <label for="dob">Ngày sinh: </label>
        <label for="ngay">Ngày</label><select name="ngay" id="ngay"><option value=""></option><option>5</option></select>
        <label for="thang">Tháng</label><select name="thang" id="thang"><option value=""></option><option>7</option></select>
        <label for="nam">Năm</label><select name="nam" id="nam"><option value=""></option><option>1996</option></select>
      </form>`;
    expect(discover().map((h) => [h.info.id, h.info.datePart, h.info.labels])).toEqual([
      ["ngay", "day", [{ text: "Ngày sinh:", source: "nearby" }]],
      ["thang", "month", [{ text: "Ngày sinh:", source: "nearby" }]],
      ["nam", "year", [{ text: "Ngày sinh:", source: "nearby" }]],
    ]);
  });

  it("«Sinh ngày [..] tháng [..] năm [..]» of a CV form", () => {
    document.body.innerHTML = `<p>Sinh ngày <input name="d" size="2"> tháng <input name="m" size="2"> năm <input name="y" size="4"></p>
      <p>Số năm công tác <input name="years"></p>`;
    expect(discover().map((h) => [h.info.id, h.info.datePart ?? null, h.info.labels[0]?.text])).toEqual([
      ["d", "day", "Sinh ngày"],
      ["m", "month", "Sinh ngày"],
      ["y", "year", "Sinh ngày"],
      ["years", null, "Số năm công tác"],
    ]);
  });
});

describe("Google Forms markup", () => {
  const card = (item: string, entry: string, title: string, options: string[]) => `
    <div class="Qr7Oae" role="listitem"><div jsmodel="CP1oW" data-params="%.@.[${item},&quot;${title}&quot;,null,4,[[${entry},[]]]],&quot;i1&quot;]">
      <div role="heading" aria-level="3"><span>${title}</span></div>
      <div role="list">${options
        .map(
          (o) =>
            `<div role="listitem"><label><div role="checkbox" aria-label="${o}" data-answer-value="${o}" aria-checked="false"></div><span>${o}</span></label></div>`,
        )
        .join("")}</div></div></div>`;

  it("a checkbox question whose options are list items is one field, its entry read from the card", () => {
    setURL("https://docs.google.com/forms/d/e/XYZ/viewform");
    document.body.innerHTML = `<form action="https://docs.google.com/forms/d/e/XYZ/formResponse">
      <div role="list">${card("1001", "333", "Tổ chức đang công tác", ["Đoàn", "Hội", "Đội"])}</div>
      </form>
      <input type="hidden" name="entry.333_sentinel">`;
    const site = googleForms.detect(document);
    expect(site?.formKey).toBe("https://docs.google.com/forms/d/e/XYZ");
    const fields = discoverFields(document, { fillable: enabled, ...(site ? { site } : {}) });
    expect(fields.map((h) => h.info)).toEqual([
      {
        id: "entry.333",
        kind: "checkboxes",
        labels: [{ text: "Tổ chức đang công tác", source: "heading" }],
        options: ["Đoàn", "Hội", "Đội"],
      },
    ]);
  });

  it("a native radio hidden from assistive technology behind the widget the user sees is not a second field", () => {
    document.body.innerHTML = `
      <div role="listitem"><div role="heading">Giới tính</div>
        <div role="radiogroup">
          <label><input type="radio" name="g" value="Nam" aria-hidden="true"><div role="radio" aria-label="Nam" aria-checked="false"></div></label>
          <label><input type="radio" name="g" value="Nữ" aria-hidden="true"><div role="radio" aria-label="Nữ" aria-checked="false"></div></label>
        </div></div>`;
    expect(discover().map((h) => [h.info.kind, h.info.options])).toEqual([["radio", ["Nam", "Nữ"]]]);
  });

  it("a page elsewhere is not read as a Google Form, whatever it carries", () => {
    setURL("https://evil.example/forms/d/e/XYZ/viewform");
    document.body.innerHTML = `<form action="https://docs.google.com/forms/d/e/XYZ/formResponse"></form>
      <script>var FB_PUBLIC_LOAD_DATA_ = [null,[null,[[1,"Họ và tên",null,0,[[111,null,1]]]]]];</script>`;
    expect(googleForms.detect(document)).toBeUndefined();
  });
});

describe("discovery", () => {
  it("groups radios and checkboxes and skips hidden, disabled and button inputs", () => {
    const fields = discover().map((h) => [h.info.id, h.info.kind, h.info.options ?? []]);
    expect(fields).toEqual([
      ["fullName", "text", []],
      ["dob", "date", []],
      ["position", "text", []],
      ["phone", "tel", []],
      ["email", "email", []],
      ["years", "number", []],
      ["gender", "radio", ["Nam", "Nữ"]],
      ["courses", "checkboxes", ["Bồi dưỡng nghiệp vụ", "Chuyển đổi số"]],
      ["party", "checkbox", []],
      ["theory", "select", ["Trung cấp"]],
    ]);
  });
});

describe("filling", () => {
  it("fills every matched field, keeps the page's events informed, and undoes", () => {
    const events: string[] = [];
    document.addEventListener("input", (e) => events.push(`input:${(e.target as HTMLInputElement).name}`));
    const handles = discover();
    const { matches } = matchFields(
      handles.map((h) => h.info),
      anFields,
    );
    const undo = matches.map((m) => handles.find((h) => h.info.id === m.fieldId)!.apply(m.value)!);
    const value = (name: string) => document.querySelector<HTMLInputElement>(`[name=${name}]`)!;
    expect(value("fullName").value).toBe("Nguyễn Văn An");
    expect(value("dob").value).toBe("1995-03-09");
    expect(value("years").value).toBe("6");
    expect(document.querySelector<HTMLInputElement>("[name=gender][value=M]")!.checked).toBe(true);
    expect(document.querySelector<HTMLInputElement>("[name=courses][value=b]")!.checked).toBe(true);
    expect(value("party").checked).toBe(true);
    expect(document.querySelector<HTMLSelectElement>("#theory")!.value).toBe("tc");
    expect(events).toContain("input:fullName");
    for (const m of matches) expect(handles.find((h) => h.info.id === m.fieldId)!.holds(m.value)).toBe(true);

    for (const step of undo.reverse()) step();
    expect(value("fullName").value).toBe("");
    expect(document.querySelector<HTMLInputElement>("[name=gender][value=M]")!.checked).toBe(false);
    expect(value("party").checked).toBe(false);
    expect(document.querySelector<HTMLSelectElement>("#theory")!.value).toBe("");
  });

  it("goes through the prototype setter, past a value property defined on the instance", () => {
    const input = document.querySelector<HTMLInputElement>("#name")!;
    let tracked = "";
    Object.defineProperty(input, "value", {
      configurable: true,
      get: () => tracked,
      set: (v: string) => {
        tracked = `instance:${v}`;
      },
    });
    setNativeValue(input, "Nguyễn Văn An");
    expect(tracked).toBe("");
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!;
    expect(native.get!.call(input)).toBe("Nguyễn Văn An");
  });

  it("Google-like role=radio and role=checkbox options are clicked", () => {
    document.body.innerHTML = `
      <div role="listitem"><div role="heading">Giới tính *</div>
        <div role="radiogroup"><div role="radio" aria-label="Nam" aria-checked="false"></div>
        <div role="radio" aria-label="Nữ" aria-checked="false"></div></div>
        <input type="hidden" name="entry.222"></div>`;
    for (const r of Array.from(document.querySelectorAll("[role=radio]"))) {
      r.addEventListener("click", () => {
        for (const o of Array.from(document.querySelectorAll("[role=radio]")))
          o.setAttribute("aria-checked", "false");
        r.setAttribute("aria-checked", "true");
      });
    }
    const [gender] = discover();
    expect(gender?.info).toMatchObject({ kind: "radio", options: ["Nam", "Nữ"] });
    expect(gender?.info.labels[0]).toEqual({ text: "Giới tính *", source: "heading" });
    gender?.apply({ kind: "options", options: ["Nữ"] });
    expect(document.querySelector("[aria-label=Nữ]")!.getAttribute("aria-checked")).toBe("true");
  });
});

describe("clicking for the user", () => {
  it("never clicks an option that would submit the form or follow a link", () => {
    document.body.innerHTML = `
      <form>
        <div role="listitem"><div role="heading">Giới tính</div>
          <div role="radiogroup">
            <button role="radio" aria-label="Nam" aria-checked="false"></button>
            <button role="radio" aria-label="Nữ" aria-checked="false"></button></div></div>
        <div role="listitem"><div role="heading">Là đảng viên</div>
          <a href="#da-gui" role="checkbox" aria-label="Là đảng viên" aria-checked="false">Có</a></div>
        <div role="listitem"><div role="heading">Cán bộ chuyên trách</div>
          <button type="button" role="checkbox" aria-label="Cán bộ chuyên trách" aria-checked="false"></button></div>
      </form>`;
    const clicks: string[] = [];
    document.addEventListener("click", (e) => {
      const target = e.target as Element;
      clicks.push(target.getAttribute("aria-label") ?? "");
      target.setAttribute("aria-checked", "true");
      e.preventDefault();
    });
    const handles = discover();
    const apply = (label: string, value: Parameters<(typeof handles)[number]["apply"]>[0]) =>
      handles.find((h) => h.info.labels.some((l) => l.text === label))!.apply(value);
    expect(apply("Giới tính", { kind: "options", options: ["Nam"] })).toBeUndefined();
    expect(apply("Là đảng viên", { kind: "checked", checked: true })).toBeUndefined();
    // A <button type=button> submits nothing: that one is clicked.
    expect(apply("Cán bộ chuyên trách", { kind: "checked", checked: true })).toBeTypeOf("function");
    expect(clicks).toEqual(["Cán bộ chuyên trách"]);
  });

  it("undo of a Google-like dropdown chooses its empty «Chọn» option again", () => {
    document.body.innerHTML = `
      <div role="listitem"><div role="heading">Trình độ lý luận chính trị</div>
        <div role="listbox" aria-expanded="false">
          <div role="option" data-value="" aria-selected="true">Chọn</div>
          <div role="option" data-value="Sơ cấp" aria-selected="false">Sơ cấp</div>
          <div role="option" data-value="Trung cấp" aria-selected="false">Trung cấp</div></div></div>`;
    const listbox = document.querySelector("[role=listbox]")!;
    listbox.addEventListener("click", (e) => {
      const option = (e.target as Element).closest("[role=option]");
      if (!option) return;
      for (const o of Array.from(listbox.querySelectorAll("[role=option]")))
        o.setAttribute("aria-selected", String(o === option));
    });
    const [theory] = discover();
    expect(theory?.info).toMatchObject({ kind: "select", options: ["Sơ cấp", "Trung cấp"] });
    const undo = theory!.apply({ kind: "options", options: ["Trung cấp"] })!;
    expect(theory!.holds({ kind: "options", options: ["Trung cấp"] })).toBe(true);
    undo();
    const chosen = () => listbox.querySelector("[aria-selected=true]")?.textContent;
    expect(chosen()).toBe("Chọn");
    expect(theory!.isEmpty()).toBe(true);
  });
});
