// The popup: import payloads, choose a profile, fill the tab, show the report, confirm personal
// fields, agree to frames one by one, pin, undo. The test build also takes popup.html?tab=<id>
// (fill that tab instead of the active one): a headless browser has no active tab to click.

import browser from "webextension-polyfill";
import type { Profile } from "../../../shared/payload";
import { fold } from "../../../shared/text";
import { explainError } from "../browser-errors";
import { confirmPersonal, type FillOptions, fillFrame, fillTab, undoTab, unusedFields } from "../fill-tab";
import type { FillReport, FrameOffer } from "../report";
import {
  findProfile,
  loadState,
  type StoredState,
  setActivePayload,
  setLastProfile,
  setPin,
  setSiteAllowed,
} from "../storage";
import { byId, formatStamp, h, present, showStatus } from "../ui/dom";
import { type ImportOutcome, wireImport } from "../ui/import-payload";

declare const __TEST_BUILD__: boolean | undefined;

const payloadChoice = byId("payload-choice");
const payloadSelect = byId<HTMLSelectElement>("payload-select");
const importBox = byId<HTMLDetailsElement>("import-box");
const payloadInput = byId<HTMLTextAreaElement>("payload-input");
const profileSearch = byId<HTMLInputElement>("profile-search");
const profileSelect = byId<HTMLSelectElement>("profile-select");
const fillButton = byId<HTMLButtonElement>("fill");
const undoButton = byId<HTMLButtonElement>("undo");
const status = byId("status");
const reportBox = byId("fill-report");

let state: StoredState = { payloads: [], pins: {}, pinLabels: {}, allowedSites: [] };
let reports: FillReport[] = [];
/** Frames of other sites the user already agreed to (filled, or refused by the browser), by token. */
let framesDone = new Set<string>();

async function targetTabId(): Promise<number | undefined> {
  if (typeof __TEST_BUILD__ !== "undefined" && __TEST_BUILD__) {
    const param = new URLSearchParams(location.search).get("tab");
    if (param && /^\d+$/.test(param)) return Number(param);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function activePayload() {
  return state.payloads.find((p) => p.id === state.activePayloadId) ?? state.payloads.at(-1);
}

function selected(): { payloadId: string; profile: Profile } | undefined {
  const saved = activePayload();
  const found = findProfile(state, saved?.id, profileSelect.value);
  return found ? { payloadId: found.saved.id, profile: found.profile } : undefined;
}

function renderPayloads(): void {
  payloadSelect.replaceChildren(
    ...state.payloads.map((p) =>
      h(
        "option",
        { value: p.id },
        `${p.payload.source} — xuất ${formatStamp(p.payload.exportedAt)} (${p.payload.profiles.length} hồ sơ)`,
      ),
    ),
  );
  const active = activePayload();
  if (active) payloadSelect.value = active.id;
  payloadChoice.hidden = state.payloads.length < 2;
  importBox.open = state.payloads.length === 0;
}

/** Unit profiles first, then cadres filtered by the search (diacritics ignored). */
function renderProfiles(): void {
  const saved = activePayload();
  const previous =
    profileSelect.value || (state.lastProfile?.payloadId === saved?.id ? state.lastProfile?.profileId : "");
  const query = fold(profileSearch.value);
  const profiles = saved?.payload.profiles ?? [];
  const units = profiles.filter((p) => p.kind === "unit");
  const cadres = profiles.filter((p) => p.kind === "cadre" && fold(p.title).includes(query));
  const group = (label: string, list: Profile[]) =>
    list.length ? h("optgroup", { label }, ...list.map((p) => h("option", { value: p.id }, p.title))) : null;
  profileSelect.replaceChildren(
    ...present([group("Báo cáo của đơn vị", query ? [] : units), group("Cán bộ", cadres)]),
  );
  const keep = query ? cadres[0]?.id : [...units, ...cadres].find((p) => p.id === previous)?.id;
  if (keep) profileSelect.value = keep;
  fillButton.disabled = profileSelect.options.length === 0;
}

async function refresh(): Promise<void> {
  state = await loadState();
  renderPayloads();
  renderProfiles();
}

function fillOptions(profile: Profile): FillOptions {
  return { fields: profile.fields, pins: state.pins, allowedSites: state.allowedSites };
}

function pinSelect(formKey: string, fieldId: string, label: string, profile: Profile): HTMLSelectElement {
  const current = state.pins[formKey]?.[fieldId] ?? "";
  const select = h(
    "select",
    { "data-testid": "pin-select", "data-field-id": fieldId, "aria-label": `Ghim trường «${label}»` },
    h("option", { value: "" }, "Tự động"),
    ...profile.fields.map((f) => h("option", { value: f.key }, f.label)),
  );
  select.value = current;
  select.addEventListener("change", async () => {
    await setPin(formKey, fieldId, select.value || undefined, label);
    state = await loadState();
    const target = profile.fields.find((f) => f.key === select.value);
    showStatus(
      status,
      target
        ? `Đã ghim «${label}» với «${target.label}». Lần điền sau sẽ dùng ghim này.`
        : `Đã bỏ ghim «${label}».`,
      "ok",
    );
  });
  return select;
}

function payloadValue(profile: Profile, key: string): string {
  const field = profile.fields.find((f) => f.key === key);
  if (!field) return "";
  if (field.type === "boolean") return field.value ? "Có" : "Không";
  if (field.type === "choices") return field.value.join(", ");
  if (field.type === "date") return formatStamp(field.value);
  return String(field.value);
}

/** A site as people read it: "https://docs.google.com" → "docs.google.com". */
function siteName(origin: string): string {
  try {
    const url = new URL(origin);
    return url.protocol === "file:" ? "tệp trên máy" : url.host;
  } catch {
    return origin;
  }
}

function renderReport(profile: Profile, tabId: number): void {
  const filled = reports.flatMap((r) => r.filled.map((f) => ({ ...f, formKey: r.formKey })));
  const failed = reports.flatMap((r) => r.failed.map((f) => ({ ...f, formKey: r.formKey })));
  const unmatched = reports.flatMap((r) => r.unmatched.map((f) => ({ ...f, formKey: r.formKey })));
  const pending = reports.filter((r) => r.pending.length > 0);
  const unused = unusedFields(profile.fields, reports);
  const frames = reports.flatMap((r) => r.frames.map((f) => ({ ...f, parent: r.frameId ?? 0 })));
  const site = reports.find((r) => r.site)?.site;

  reportBox.dataset.filled = String(filled.length);
  reportBox.dataset.unmatched = String(unmatched.length);
  reportBox.dataset.pending = String(pending.reduce((n, r) => n + r.pending.length, 0));
  reportBox.hidden = false;
  reportBox.replaceChildren(
    ...present([
      h(
        "p",
        { class: "summary" },
        `Đã điền ${filled.length} trường · ${unmatched.length} trường chưa khớp · ${unused.length} dữ liệu chưa dùng.`,
      ),
      h("p", { class: "muted" }, "Hãy kiểm tra lại trên trang rồi tự bấm Gửi."),
      ...pending.map((r) => personalBox(r, profile, tabId)),
      failed.length
        ? h(
            "div",
            { class: "note", "data-testid": "failed" },
            `Trang không giữ giá trị ở ${failed.length} trường: ${failed.map((f) => f.label).join("; ")}.`,
          )
        : null,
      site?.prefillUrl && (site.needed || site.elsewhere > 0)
        ? h(
            "div",
            { class: "note" },
            site.needed
              ? "Trang không giữ một số câu trả lời. Mở liên kết điền sẵn của Google Biểu mẫu để có đủ câu trả lời: "
              : `Còn ${site.elsewhere} câu ở các phần sau: bấm «Tiếp» trên biểu mẫu rồi bấm Điền lại, hoặc mở `,
            h(
              "a",
              { href: site.prefillUrl, target: "_blank", rel: "noreferrer", "data-testid": "prefill-link" },
              "liên kết điền sẵn",
            ),
            ".",
          )
        : null,
      frames.some((f) => !framesDone.has(f.token))
        ? framesConsent(
            frames.filter((f) => !framesDone.has(f.token)),
            profile,
            tabId,
          )
        : null,
      filled.length ? h("h3", {}, "Đã điền") : null,
      filled.length
        ? h(
            "table",
            { "data-testid": "filled-list" },
            h("tr", {}, h("th", {}, "Trường trên biểu mẫu"), h("th", {}, "Giá trị"), h("th", {}, "Ghim với")),
            ...filled.map((f) =>
              h(
                "tr",
                {},
                h("td", {}, f.label, f.pinned ? " 📌" : ""),
                h("td", {}, f.value),
                h("td", {}, pinSelect(f.formKey, f.fieldId, f.label, profile)),
              ),
            ),
          )
        : null,
      unmatched.length ? h("h3", {}, "Trường trên biểu mẫu chưa khớp") : null,
      unmatched.length
        ? h(
            "table",
            { "data-testid": "unmatched-list" },
            ...unmatched.map((f) =>
              h(
                "tr",
                {},
                h("td", {}, f.label),
                h("td", {}, pinSelect(f.formKey, f.fieldId, f.label, profile)),
              ),
            ),
          )
        : null,
      unused.length ? h("h3", {}, "Dữ liệu chưa dùng") : null,
      unused.length
        ? h(
            "ul",
            { "data-testid": "unused-list" },
            ...unused.map((f) => h("li", {}, `${f.label}: ${payloadValue(profile, f.key)}`)),
          )
        : null,
    ]),
  );
}

/** Personal fields of one frame: shown with the site, written only when the user confirms. */
function personalBox(report: FillReport, profile: Profile, tabId: number): HTMLElement {
  const site = siteName(report.origin);
  const always = h("input", {
    type: "checkbox",
    "data-testid": "always-allow",
    id: `always-${report.frameId ?? 0}`,
  });
  const button = h(
    "button",
    { class: "primary", "data-testid": "confirm-personal" },
    "Điền các thông tin này",
  );
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      if (always.checked) await setSiteAllowed(report.origin, true);
      const [answer] = await confirmPersonal(tabId, report.frameId ?? 0);
      if (!answer)
        throw new Error("Trang đã thay đổi: không còn trường nào chờ điền. Hãy bấm Điền biểu mẫu lại.");
      report.filled = [...report.filled, ...answer.filled];
      report.failed = [...report.failed, ...answer.failed];
      report.pending = answer.pending;
      if (answer.site) report.site = answer.site;
      state = await loadState();
      renderReport(profile, tabId);
      const linked =
        report.site?.prefillUrl && answer.filled.length === 0
          ? " (các câu ở phần sau đã có trong liên kết điền sẵn)"
          : "";
      showStatus(
        status,
        `Đã điền ${answer.filled.length} trường thông tin cá nhân trên ${site}${linked}${always.checked ? "; lần sau trang này được điền luôn" : ""}.`,
        "ok",
      );
    } catch (error) {
      button.disabled = false;
      showStatus(status, explainError(error), "error");
    }
  });
  return h(
    "div",
    { class: "note personal", "data-testid": "personal-confirm", "data-origin": report.origin },
    h("p", {}, `Trang ${site} hỏi các thông tin cá nhân sau. Tiện ích chỉ điền khi bạn đồng ý:`),
    h(
      "table",
      { "data-testid": "personal-list" },
      ...report.pending.map((f) => h("tr", {}, h("td", {}, f.label), h("td", {}, f.value))),
    ),
    h(
      "div",
      { class: "row" },
      button,
      h("label", { class: "inline", for: always.id }, always, ` Luôn cho phép ${site}`),
    ),
  );
}

/** Frames of other sites, each with its own button: consent covers the frame the user saw. */
type Offer = FrameOffer & { parent: number };

function framesConsent(frames: Offer[], profile: Profile, tabId: number): HTMLElement {
  return h(
    "div",
    { class: "note", "data-testid": "frames-consent" },
    h("p", {}, "Trang có khung nhúng từ trang khác. Chỉ điền khung bạn đồng ý:"),
    ...frames.map((frame) => {
      const button = h(
        "button",
        { "data-testid": "fill-frame", "data-origin": frame.origin },
        `Điền khung của ${siteName(frame.origin)}`,
      );
      button.addEventListener("click", () => void onFillFrame(frame, button, profile, tabId));
      return h("div", { class: "row frame-offer" }, button, h("span", { class: "muted" }, ` ${frame.title}`));
    }),
  );
}

async function onFillFrame(
  frame: Offer,
  button: HTMLButtonElement,
  profile: Profile,
  tabId: number,
): Promise<void> {
  button.disabled = true;
  const site = siteName(frame.origin);
  framesDone.add(frame.token);
  // Google Forms embedded in a site: host access is optional and asked for here, on the click.
  if (frame.origin === "https://docs.google.com") {
    await browser.permissions.request({ origins: ["https://docs.google.com/forms/*"] }).catch(() => false);
  }
  try {
    const added = await fillFrame(tabId, frame.parent, frame, fillOptions(profile));
    if (!added) {
      showStatus(
        status,
        `Trình duyệt không cho tiện ích vào khung của ${site} (hoặc khung đã thay đổi). Hãy mở khung đó trong một thẻ riêng rồi bấm «Điền biểu mẫu».`,
        "error",
      );
    } else {
      reports = [...reports, ...added];
      const count = added.reduce((n, r) => n + r.filled.length, 0);
      const waiting = added.reduce((n, r) => n + r.pending.length, 0);
      showStatus(
        status,
        `Đã điền thêm ${count} trường trong khung của ${site}.${waiting ? ` ${waiting} trường thông tin cá nhân chờ bạn xác nhận.` : ""}`,
        "ok",
      );
    }
    renderReport(profile, tabId);
  } catch (error) {
    renderReport(profile, tabId);
    showStatus(status, explainError(error), "error");
  }
}

async function onFill(): Promise<void> {
  const choice = selected();
  const tabId = await targetTabId();
  if (!choice) return showStatus(status, "Chưa có hồ sơ: hãy nhập dữ liệu rồi chọn hồ sơ.", "error");
  if (tabId === undefined) return showStatus(status, "Không tìm thấy thẻ trang cần điền.", "error");
  showStatus(status, "Đang điền…");
  framesDone = new Set();
  try {
    reports = await fillTab(tabId, fillOptions(choice.profile));
  } catch (error) {
    return showStatus(status, explainError(error), "error");
  }
  await setLastProfile(choice.payloadId, choice.profile.id);
  state = await loadState();
  renderReport(choice.profile, tabId);
  const count = reports.reduce((n, r) => n + r.filled.length, 0);
  const waiting = reports.reduce((n, r) => n + r.pending.length, 0);
  showStatus(
    status,
    `Đã điền ${count} trường theo hồ sơ «${choice.profile.title}».${waiting ? ` ${waiting} trường thông tin cá nhân chờ bạn xác nhận.` : ""}`,
    count || waiting ? "ok" : "info",
  );
}

async function onUndo(): Promise<void> {
  const tabId = await targetTabId();
  if (tabId === undefined) return;
  try {
    const count = await undoTab(tabId);
    reports = [];
    reportBox.hidden = true;
    showStatus(status, count ? `Đã hoàn tác ${count} thay đổi.` : "Không có gì để hoàn tác.", "ok");
  } catch (error) {
    showStatus(status, `Không hoàn tác được. ${explainError(error)}`, "error");
  }
}

async function afterImport(outcome: ImportOutcome): Promise<void> {
  if (outcome.ok) {
    payloadInput.value = "";
    profileSearch.value = "";
    profileSelect.value = "";
    await refresh();
  }
  showStatus(status, outcome.message, outcome.ok ? "ok" : "error");
}

payloadSelect.addEventListener("change", async () => {
  await setActivePayload(payloadSelect.value);
  profileSelect.value = "";
  await refresh();
});
wireImport(afterImport);
profileSearch.addEventListener("input", renderProfiles);
fillButton.addEventListener("click", () => void onFill());
undoButton.addEventListener("click", () => void onUndo());

void refresh();
