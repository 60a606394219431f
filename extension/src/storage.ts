// Everything the extension keeps, in storage.local only: imported payloads, the last profile
// used (for the shortcut) and the pins (form field → payload field, per form, with the form field's
// label as the user saw it, for the options page).
import browser from "webextension-polyfill";
import type { Payload, Profile } from "../../shared/payload";

export interface SavedPayload {
  id: string;
  importedAt: string;
  payload: Payload;
}

export interface StoredState {
  payloads: SavedPayload[];
  /** The payload shown in the popup. */
  activePayloadId?: string;
  lastProfile?: { payloadId: string; profileId: string };
  pins: Record<string, Record<string, string>>;
  /** The label of each pinned form field, as pins: per form, by field id. */
  pinLabels: Record<string, Record<string, string>>;
  /** Sites (origins) where personal fields are written without asking each time. */
  allowedSites: string[];
}

// Read-modify-write updates run one after another, so two quick changes never lose one.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(update: () => Promise<T>): Promise<T> {
  const next = queue.then(update, update);
  queue = next.catch(() => undefined);
  return next;
}

export async function loadState(): Promise<StoredState> {
  const raw = (await browser.storage.local.get([
    "payloads",
    "activePayloadId",
    "lastProfile",
    "pins",
    "pinLabels",
    "allowedSites",
  ])) as Partial<StoredState>;
  return {
    payloads: raw.payloads ?? [],
    activePayloadId: raw.activePayloadId,
    lastProfile: raw.lastProfile,
    pins: raw.pins ?? {},
    pinLabels: raw.pinLabels ?? {},
    allowedSites: raw.allowedSites ?? [],
  };
}

/** storage.local holds this much without the unlimitedStorage permission (Chromium and Firefox). */
export const STORAGE_QUOTA_BYTES = 10 * 1024 * 1024;

/** Said when the browser refuses to store more: the user can free room and try again. */
export class QuotaError extends Error {
  constructor(readonly neededBytes: number) {
    super(
      `Bộ nhớ của tiện ích không đủ chỗ (tối đa khoảng ${Math.round(STORAGE_QUOTA_BYTES / 1048576)} MB, dữ liệu này cần khoảng ${(neededBytes / 1048576).toFixed(1)} MB). Hãy xoá bớt dữ liệu cũ ở trang «Dữ liệu đã lưu» rồi nhập lại; dữ liệu đã lưu vẫn giữ nguyên.`,
    );
  }
}

function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

/** Keep a validated payload; the same export (source and time) imported again replaces itself. */
export function savePayload(payload: Payload): Promise<SavedPayload> {
  return serial(async () => {
    const state = await loadState();
    const saved: SavedPayload = {
      id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      importedAt: new Date().toISOString(),
      payload,
    };
    const others = state.payloads.filter(
      (p) => !(p.payload.source === payload.source && p.payload.exportedAt === payload.exportedAt),
    );
    const payloads = [...others, saved];
    // Checked before writing: Chromium refuses with an error, but a quiet failure is worse.
    const needed = new TextEncoder().encode(JSON.stringify({ ...state, payloads })).length;
    if (needed > STORAGE_QUOTA_BYTES) throw new QuotaError(needed);
    try {
      await browser.storage.local.set({ payloads, activePayloadId: saved.id });
    } catch (error) {
      if (isQuotaError(error)) throw new QuotaError(needed);
      throw error;
    }
    return saved;
  });
}

export async function setActivePayload(id: string): Promise<void> {
  await browser.storage.local.set({ activePayloadId: id });
}

export function deletePayload(id: string): Promise<void> {
  return serial(async () => {
    const state = await loadState();
    await browser.storage.local.set({ payloads: state.payloads.filter((p) => p.id !== id) });
  });
}

export function deleteAllPayloads(): Promise<void> {
  return serial(() => browser.storage.local.remove(["payloads", "activePayloadId", "lastProfile"]));
}

export async function setLastProfile(payloadId: string, profileId: string): Promise<void> {
  await browser.storage.local.set({ lastProfile: { payloadId, profileId } });
}

/** Pins a form field to a payload field (undefined: unpins it); `fieldLabel` is what the options page shows. */
export function setPin(
  formKey: string,
  fieldId: string,
  payloadKey: string | undefined,
  fieldLabel?: string,
): Promise<void> {
  return serial(async () => {
    const { pins, pinLabels } = await loadState();
    const form = { ...(pins[formKey] ?? {}) };
    const labels = { ...(pinLabels[formKey] ?? {}) };
    if (payloadKey) form[fieldId] = payloadKey;
    else delete form[fieldId];
    if (payloadKey && fieldLabel) labels[fieldId] = fieldLabel;
    else if (!payloadKey) delete labels[fieldId];
    const put = (all: Record<string, Record<string, string>>, one: Record<string, string>) => {
      if (Object.keys(one).length) all[formKey] = one;
      else delete all[formKey];
    };
    put(pins, form);
    put(pinLabels, labels);
    await browser.storage.local.set({ pins, pinLabels });
  });
}

/** Always allow personal fields on this site (origin), or stop allowing it. */
export function setSiteAllowed(origin: string, allowed: boolean): Promise<void> {
  return serial(async () => {
    const { allowedSites } = await loadState();
    const others = allowedSites.filter((o) => o !== origin);
    await browser.storage.local.set({ allowedSites: allowed ? [...others, origin] : others });
  });
}

export function findProfile(
  state: StoredState,
  payloadId: string | undefined,
  profileId: string | undefined,
): { saved: SavedPayload; profile: Profile } | undefined {
  const saved = state.payloads.find((p) => p.id === payloadId);
  const profile = saved?.payload.profiles.find((p) => p.id === profileId);
  return saved && profile ? { saved, profile } : undefined;
}
