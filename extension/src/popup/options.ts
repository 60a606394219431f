// The options page: import, list and delete saved payloads and pinned mappings.
import { deleteAllPayloads, deletePayload, loadState, setPin } from "../storage";
import { byId, formatStamp, h, showStatus } from "../ui/dom";
import { type ImportOutcome, wireImport } from "../ui/import-payload";

const payloadsBox = byId("payloads");
const pinsBox = byId("pins");
const status = byId("status");
const input = byId<HTMLTextAreaElement>("payload-input");

function button(label: string, testId: string, onClick: () => Promise<void>): HTMLButtonElement {
  const b = h("button", { class: "danger", "data-testid": testId }, label);
  b.addEventListener("click", () => void onClick().then(render));
  return b;
}

async function render(): Promise<void> {
  const state = await loadState();
  const labelOf = new Map(
    state.payloads.flatMap((p) =>
      p.payload.profiles.flatMap((pr) => pr.fields.map((f) => [f.key, f.label] as const)),
    ),
  );

  payloadsBox.replaceChildren(
    state.payloads.length
      ? h(
          "table",
          {},
          h("tr", {}, h("th", {}, "Nguồn"), h("th", {}, "Xuất lúc"), h("th", {}, "Hồ sơ"), h("th", {}, "")),
          ...state.payloads.map((p) =>
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

  const forms = Object.entries(state.pins);
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
                    h("td", { title: fieldId }, state.pinLabels[formKey]?.[fieldId] ?? fieldId),
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
byId("delete-all").addEventListener("click", async () => {
  if (!confirm("Xoá tất cả dữ liệu đã lưu? Ghim vẫn được giữ.")) return;
  await deleteAllPayloads();
  await render();
  showStatus(status, "Đã xoá tất cả dữ liệu đã lưu.", "ok");
});

void render();
