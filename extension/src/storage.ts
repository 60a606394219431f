// Everything the extension keeps, in storage.local only: imported payloads, the last profile
// used (for the shortcut) and the pins (form field → payload field, per form).
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
  ])) as Partial<StoredState>;
  return {
    payloads: raw.payloads ?? [],
    activePayloadId: raw.activePayloadId,
    lastProfile: raw.lastProfile,
    pins: raw.pins ?? {},
  };
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
    await browser.storage.local.set({ payloads: [...others, saved], activePayloadId: saved.id });
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

export function setPin(formKey: string, fieldId: string, payloadKey: string | undefined): Promise<void> {
  return serial(async () => {
    const { pins } = await loadState();
    const form = { ...(pins[formKey] ?? {}) };
    if (payloadKey) form[fieldId] = payloadKey;
    else delete form[fieldId];
    if (Object.keys(form).length) pins[formKey] = form;
    else delete pins[formKey];
    await browser.storage.local.set({ pins });
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
