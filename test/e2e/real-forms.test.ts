// Saved copies of real forms (test/e2e/pages/real/, each naming its source), filled through the
// popup with a cadre as the add-on exports one. Each test lists what the form must receive and
// checks that every other field of the page is left as it was: no wrong fill. The site is always
// allowed here, so personal fields are written at once (confirmation is tested elsewhere).
// Answers a person could give that the extension leaves empty are named beside each form.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PayloadField } from "../../shared/payload";
import { exportedFields, samplePayload } from "../extension/sample-payload";
import {
  type Browser,
  type ChromeApi,
  clearStorage,
  fill,
  importPayload,
  launchWithExtension,
  openPopup,
  tabIdOf,
} from "./harness";
import { type PageServer, servePages } from "./server";

let browser: Browser;
let site: PageServer;

type Values = Record<string, string>;

/** Every field of the page by name (or id, or place), as the user sees it: a select by its option's text. */
const snapshot = (page: Page): Promise<Values> =>
  page.evaluate(() => {
    const out: Record<string, string> = {};
    const fields = document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      "input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=file]),select,textarea",
    );
    fields.forEach((el, i) => {
      let key = el.getAttribute("name") || el.id || `#${i}`;
      if (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox"))
        key = `${key}=${el.value}`;
      while (key in out) key = `${key}'`;
      out[key] =
        el instanceof HTMLSelectElement
          ? (el.selectedOptions[0]?.text.trim() ?? "")
          : el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")
            ? String(el.checked)
            : el.value;
    });
    return out;
  });

/** Fills the saved page as the given cadre and returns what changed on it. */
async function fillReal(
  name: string,
  profile: string,
): Promise<{ changed: Values; filled: number; popup: Page }> {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/real/${name}`);
  const before = await snapshot(page);
  const popup = await openPopup(browser, await tabIdOf(browser, `${site.origin}/real/${name}`));
  await popup.getByTestId("profile-select").selectOption(profile);
  const counts = await fill(popup);
  expect(counts.pending).toBe(0);
  const after = await snapshot(page);
  const changed: Values = {};
  for (const [key, value] of Object.entries(after)) if (before[key] !== value) changed[key] = value;
  await page.close();
  return { changed, filled: counts.filled, popup };
}

const a = (key: string): string => {
  const field = exportedFields.find((f) => f.key === key) as PayloadField & { value: string };
  return field.value;
};

beforeAll(async () => {
  site = await servePages();
  browser = await launchWithExtension();
  await clearStorage(browser);
  const popup = await openPopup(browser, 0);
  // A second cadre, born on a day the passport form's short day and year lists offer.
  const born1994 = exportedFields.map((f) =>
    f.key === "cadre.dateOfBirth" ? ({ ...f, value: "1994-12-03" } as PayloadField) : f,
  );
  await importPayload(popup, {
    ...samplePayload,
    profiles: [
      ...samplePayload.profiles,
      { id: "cadre-1994", kind: "cadre", title: "Sinh 03/12/1994", fields: born1994 },
    ],
  });
  await popup.evaluate(
    (origin) =>
      (
        globalThis as unknown as {
          chrome: ChromeApi & { storage: { local: { set(o: object): Promise<void> } } };
        }
      ).chrome.storage.local.set({
        allowedSites: [origin],
      }),
    site.origin,
  );
  await popup.close();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("saved copies of real forms", () => {
  it("form 2C (sơ yếu lý lịch cán bộ, công chức): numbered labels, labels in the next column, options in capitals, no relative's row", async () => {
    // Left empty though a person could answer: «15.2) Trình độ chuyên môn cao nhất» (Đại học is
    // Cử nhân or Kỹ sư, both offered), «Cơ quan, đơn vị sử dụng cán bộ» (the unit), and «5) Quê
    // quán: Tỉnh» (its list is filled by the site's script, empty in the copy).
    const { changed, filled } = await fillReal("2c-so-yeu-ly-lich.html", "cadre-ha");
    expect(changed).toEqual({
      hotentxt: a("cadre.fullName"),
      sinhngaytxt: "1996-07-05",
      gioitinhsel: "Nữ",
      dantocsel: "Kinh",
      // «7) Tôn giáo» gets «Không» too: its list already shows it first, so the page does not change.
      nohntxt: a("cadre.currentAddress"),
      cvhtsel: "Bí Thư",
      llctsel: "Trung cấp",
      nvdcstxt: "2019-05-19",
      scmndtxt: a("cadre.idNumber"),
    });
    expect(filled).toBe(10);
  });

  it("a record declaration (tờ khai lý lịch tư pháp): the cadre's fields, none of the family's", async () => {
    const { changed, filled } = await fillReal("to-khai-ly-lich-tu-phap.html", "cadre-ha");
    expect(changed).toEqual({
      hoten: a("cadre.fullName"),
      socmnd: a("cadre.idNumber"),
      gioitinh: "Nữ",
      ngaysinh: "05/07/1996",
      quequan: a("cadre.hometown"),
      dantoc: "Kinh",
      tongiao: "Không",
      chucvuhientai: "Bí thư",
      ngayvaodang: "19/05/2019",
    });
    expect(filled).toBe(9);
  });

  it("a passport e-declaration: «5.Giới tính:», options with extra words, and the father's «Ngày sinh:» left alone", async () => {
    // The birth date is asked as day / month / year lists that stop at day 4 and year 1995: it is
    // left whole for the user rather than given in part.
    const { changed, filled } = await fillReal("to-khai-ho-chieu.html", "cadre-ha");
    expect(changed).toEqual({
      name: a("cadre.fullName"),
      phone: a("cadre.phone"),
      cmnd: a("cadre.idNumber"),
      dantoc: "Kinh (Việt)",
      tongiao: "Không tôn giáo",
      "gender=nu": "true",
    });
    expect(filled).toBe(6);
  });

  it("the passport e-declaration for a cadre its lists can take: the birth date as day, month and year", async () => {
    // Months 5 to 12 (and years 1993 to 1995) all carry value "4" on this site: chosen by place.
    const { changed } = await fillReal("to-khai-ho-chieu.html", "cadre-1994");
    expect(changed).toMatchObject({ ngay: "3", thang: "12", nam: "1994" });
    expect(Object.keys(changed).sort()).toEqual(
      ["name", "phone", "cmnd", "dantoc", "tongiao", "gender=nu", "ngay", "thang", "nam"].sort(),
    );
  });

  it("a contact form posting to a Google Form: «Tên bạn», a phone in a number box, e-mail", async () => {
    const { changed, filled } = await fillReal("lien-he-google-bieu-mau.html", "cadre-ha");
    expect(changed).toEqual({
      "entry.19245371": a("cadre.fullName"),
      "entry.454772338": a("cadre.phone"),
      "entry.432417472": a("cadre.email"),
    });
    expect(filled).toBe(3);
  });

  it("a landing page's course sign-up", async () => {
    const { changed, filled } = await fillReal("dang-ky-hoc-vien.html", "cadre-ha");
    expect(changed).toEqual({ ten: a("cadre.fullName"), email: a("cadre.email"), sdt: a("cadre.phone") });
    expect(filled).toBe(3);
  });
});
