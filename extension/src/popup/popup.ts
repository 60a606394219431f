// The popup: import payloads, choose a profile, fill the tab, show the report, pin, undo.
// popup.html?tab=<id> fills that tab instead of the active one (used by tests).

import browser from "webextension-polyfill";
import type { Profile } from "../../../shared/payload";
import { fold } from "../../../shared/text";
import { fillFrames, fillTab, undoTab, unusedFields } from "../fill-tab";
import type { FillReport } from "../report";
import {
  findProfile,
  loadState,
  type StoredState,
  setActivePayload,
  setLastProfile,
  setPin,
} from "../storage";
import { byId, formatStamp, h, present, showStatus } from "../ui/dom";
import { type ImportOutcome, wireImport } from "../ui/import-payload";

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

let state: StoredState = { payloads: [], pins: {}, pinLabels: {} };
let reports: FillReport[] = [];

async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get("tab");
  if (param && /^\d+$/.test(param)) return Number(param);
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

function renderReport(profile: Profile, tabId: number): void {
  const filled = reports.flatMap((r) => r.filled.map((f) => ({ ...f, formKey: r.formKey })));
  const failed = reports.flatMap((r) => r.failed.map((f) => ({ ...f, formKey: r.formKey })));
  const unmatched = reports.flatMap((r) => r.unmatched.map((f) => ({ ...f, formKey: r.formKey })));
  const unused = unusedFields(profile.fields, reports);
  const frames = [...new Set(reports.flatMap((r) => r.crossOriginFrames))].filter(
    (origin) => !reports.some((r) => r.origin === origin),
  );
  const google = reports.find((r) => r.google)?.google;

  reportBox.dataset.filled = String(filled.length);
  reportBox.dataset.unmatched = String(unmatched.length);
  reportBox.hidden = false;
  reportBox.replaceChildren(
    ...present([
      h(
        "p",
        { class: "summary" },
        `Đã điền ${filled.length} trường · ${unmatched.length} trường chưa khớp · ${unused.length} dữ liệu chưa dùng.`,
      ),
      h("p", { class: "muted" }, "Hãy kiểm tra lại trên trang rồi tự bấm Gửi."),
      failed.length
        ? h(
            "div",
            { class: "note", "data-testid": "failed" },
            `Trang không giữ giá trị ở ${failed.length} trường: ${failed.map((f) => f.label).join("; ")}.`,
          )
        : null,
      google && (google.needed || google.elsewhere > 0)
        ? h(
            "div",
            { class: "note" },
            google.needed
              ? "Trang không giữ một số câu trả lời. Mở liên kết điền sẵn của Google Biểu mẫu để có đủ câu trả lời: "
              : `Còn ${google.elsewhere} câu ở các phần sau: bấm «Tiếp» trên biểu mẫu rồi bấm Điền lại, hoặc mở `,
            h(
              "a",
              { href: google.prefillUrl, target: "_blank", rel: "noreferrer", "data-testid": "prefill-link" },
              "liên kết điền sẵn",
            ),
            ".",
          )
        : null,
      frames.length ? framesConsent(frames, profile, tabId) : null,
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

function framesConsent(origins: string[], profile: Profile, tabId: number): HTMLElement {
  const button = h("button", { "data-testid": "fill-frames" }, "Đồng ý, điền cả khung này");
  button.addEventListener("click", async () => {
    button.disabled = true;
    // Google Forms embedded in a site: host access is optional and asked for here, on the click.
    if (origins.includes("https://docs.google.com")) {
      await browser.permissions.request({ origins: ["https://docs.google.com/forms/*"] }).catch(() => false);
    }
    try {
      const added = await fillFrames(tabId, profile.fields, state.pins, origins);
      reports = [...reports, ...added];
      renderReport(profile, tabId);
      // The browser lets the extension into a frame of another site only with host access.
      const closed = origins.filter((origin) => !added.some((r) => r.origin === origin));
      if (closed.length) {
        showStatus(
          status,
          `Trình duyệt không cho tiện ích vào khung của ${closed.join(", ")}. Hãy mở khung đó trong một thẻ riêng rồi bấm «Điền biểu mẫu».`,
          "error",
        );
      } else showStatus(status, "Đã điền thêm các khung nhúng được phép.", "ok");
    } catch (error) {
      showStatus(status, `Không điền được khung nhúng: ${message(error)}`, "error");
    }
  });
  return h(
    "div",
    { class: "note", "data-testid": "frames-consent" },
    `Trang có khung nhúng từ nguồn khác (${origins.join(", ")}). Chỉ điền khi bạn đồng ý. `,
    button,
  );
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function onFill(): Promise<void> {
  const choice = selected();
  const tabId = await targetTabId();
  if (!choice) return showStatus(status, "Chưa có hồ sơ: hãy nhập dữ liệu rồi chọn hồ sơ.", "error");
  if (tabId === undefined) return showStatus(status, "Không tìm thấy thẻ trang cần điền.", "error");
  showStatus(status, "Đang điền…");
  try {
    reports = await fillTab(tabId, choice.profile.fields, state.pins);
  } catch (error) {
    return showStatus(status, `Không điền được trang này: ${message(error)}`, "error");
  }
  await setLastProfile(choice.payloadId, choice.profile.id);
  state = await loadState();
  renderReport(choice.profile, tabId);
  const count = reports.reduce((n, r) => n + r.filled.length, 0);
  showStatus(status, `Đã điền ${count} trường theo hồ sơ «${choice.profile.title}».`, count ? "ok" : "info");
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
    showStatus(status, `Không hoàn tác được: ${message(error)}`, "error");
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
