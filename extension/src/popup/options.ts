// The options page: import, list and delete saved payloads, the profiles they hold (a table with
// search), the sites always allowed personal fields (revocable), and pinned mappings.
import { fold } from "../../../shared/text";
import {
  deleteAllPayloads,
  deletePayload,
  loadState,
  type StoredState,
  setPin,
  setSiteAllowed,
} from "../storage";
import { byId, formatStamp, h, showStatus } from "../ui/dom";
import { type ImportOutcome, wireImport } from "../ui/import-payload";

const payloadsBox = byId("payloads");
const profilesBox = byId("profiles");
const profileFilter = byId<HTMLInputElement>("profile-filter");
const sitesBox = byId("allowed-sites");
const pinsBox = byId("pins");
const status = byId("status");
const input = byId<HTMLTextAreaElement>("payload-input");

function button(label: string, testId: string, onClick: () => Promise<void>): HTMLButtonElement {
  const b = h("button", { class: "danger", "data-testid": testId }, label);
  b.addEventListener("click", () => void onClick().then(render));
  return b;
}

let state: StoredState | undefined;

const kindName = { unit: "Đơn vị", cadre: "Cán bộ" } as const;

/** Every profile of every saved payload, filtered by the search (diacritics ignored). */
function renderProfiles(): void {
  const query = fold(profileFilter.value);
  const rows = (state?.payloads ?? []).flatMap((p) =>
    p.payload.profiles
      .filter((pr) => !query || fold(`${pr.title} ${p.payload.source}`).includes(query))
      .map((pr) =>
        h(
          "tr",
          { "data-testid": "profile-row" },
          h("td", {}, pr.title),
          h("td", {}, kindName[pr.kind]),
          h("td", {}, String(pr.fields.length)),
          h("td", {}, p.payload.source),
        ),
      ),
  );
  const total = (state?.payloads ?? []).reduce((n, p) => n + p.payload.profiles.length, 0);
  profilesBox.replaceChildren(
    total === 0
      ? h("p", { class: "muted" }, "Chưa có hồ sơ nào.")
      : h(
          "div",
          {},
          h("p", { class: "muted", "data-testid": "profile-count" }, `${rows.length} / ${total} hồ sơ`),
          h(
            "table",
            {},
            h(
              "tr",
              {},
              h("th", {}, "Hồ sơ"),
              h("th", {}, "Loại"),
              h("th", {}, "Số trường"),
              h("th", {}, "Dữ liệu"),
            ),
            ...rows,
          ),
        ),
  );
}

function renderSites(): void {
  const sites = state?.allowedSites ?? [];
  sitesBox.replaceChildren(
    sites.length
      ? h(
          "table",
          {},
          ...sites.map((origin) =>
            h(
              "tr",
              { "data-testid": "allowed-site" },
              h("td", {}, origin),
              h(
                "td",
                {},
                button("Thu hồi", "revoke-site", async () => {
                  await setSiteAllowed(origin, false);
                  showStatus(status, `Đã thu hồi: lần sau ${origin} phải được bạn xác nhận.`, "ok");
                }),
              ),
            ),
          ),
        )
      : h("p", { class: "muted" }, "Chưa có trang nào: thông tin cá nhân luôn chờ bạn xác nhận."),
  );
}

async function render(): Promise<void> {
  const loaded = await loadState();
  state = loaded;
  renderProfiles();
  renderSites();
  // The label a payload field first appears with (profiles may word it their own way).
  const labelOf = new Map<string, string>();
  for (const p of loaded.payloads)
    for (const pr of p.payload.profiles)
      for (const f of pr.fields) if (!labelOf.has(f.key)) labelOf.set(f.key, f.label);

  payloadsBox.replaceChildren(
    loaded.payloads.length
      ? h(
          "table",
          {},
          h("tr", {}, h("th", {}, "Nguồn"), h("th", {}, "Xuất lúc"), h("th", {}, "Hồ sơ"), h("th", {}, "")),
          ...loaded.payloads.map((p) =>
            h(
              "tr",
              { "data-testid": "payload-row" },
              h("td", {}, p.payload.source),
              h("td", {}, formatStamp(p.payload.exportedAt)),
              h("td", {}, p.payload.profiles.map((pr) => pr.title).join(", ")),
              h(
                "td",
                {},
                button("Xoá", "delete-payload", async () => {
                  await deletePayload(p.id);
                  showStatus(status, `Đã xoá dữ liệu «${p.payload.source}».`, "ok");
                }),
              ),
            ),
          ),
        )
      : h("p", { class: "muted" }, "Chưa có dữ liệu nào."),
  );

  const forms = Object.entries(loaded.pins);
  pinsBox.replaceChildren(
    forms.length
      ? h(
          "div",
          {},
          ...forms.map(([formKey, pins]) =>
            h(
              "div",
              {},
              h("h3", {}, formKey),
              h(
                "table",
                {},
                ...Object.entries(pins).map(([fieldId, key]) =>
                  h(
                    "tr",
                    { "data-testid": "pin-row" },
                    // Pins made before labels were kept show the field's id.
                    h("td", { title: fieldId }, loaded.pinLabels[formKey]?.[fieldId] ?? fieldId),
                    h("td", {}, `→ ${labelOf.get(key) ?? key}`),
                    h(
                      "td",
                      {},
                      button("Xoá", "delete-pin", async () => {
                        await setPin(formKey, fieldId, undefined);
                        showStatus(status, "Đã xoá ghim.", "ok");
                      }),
                    ),
                  ),
                ),
              ),
            ),
          ),
        )
      : h("p", { class: "muted" }, "Chưa có ghim nào. Ghim được đặt trong báo cáo sau khi điền."),
  );
}

async function afterImport(outcome: ImportOutcome): Promise<void> {
  if (outcome.ok) input.value = "";
  await render();
  showStatus(status, outcome.message, outcome.ok ? "ok" : "error");
}

wireImport(afterImport);
profileFilter.addEventListener("input", renderProfiles);
byId("delete-all").addEventListener("click", async () => {
  if (!confirm("Xoá tất cả dữ liệu đã lưu? Ghim vẫn được giữ.")) return;
  await deleteAllPayloads();
  await render();
  showStatus(status, "Đã xoá tất cả dữ liệu đã lưu.", "ok");
});

void render();
