// Service worker (Firefox: background script). Only the keyboard shortcut lives here: it fills
// the current tab with the last used profile. The shortcut is a user gesture, so activeTab applies.
// Personal fields are not written by the shortcut (there is no window to confirm them in) unless
// the site is always allowed; the badge then says how many wait in the popup.
import browser from "webextension-polyfill";
import { fillTab } from "./fill-tab";
import { FILL_COMMAND } from "./manifest";
import { findProfile, loadState } from "./storage";

declare const __TEST_BUILD__: boolean | undefined;

/** Returns how many fields were filled and held back, or undefined when there is nothing to do. */
async function handleCommand(
  command: string,
  tab?: { id?: number },
): Promise<{ filled: number; pending: number } | undefined> {
  if (command !== FILL_COMMAND) return undefined;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const state = await loadState();
  const found = findProfile(state, state.lastProfile?.payloadId, state.lastProfile?.profileId);
  if (tabId === undefined || !found) return undefined;
  try {
    const reports = await fillTab(tabId, {
      fields: found.profile.fields,
      pins: state.pins,
      allowedSites: state.allowedSites,
    });
    const filled = reports.reduce((n, r) => n + r.filled.length, 0);
    const pending = reports.reduce((n, r) => n + r.pending.length, 0);
    await browser.action.setBadgeBackgroundColor({ tabId, color: pending ? "#b45309" : "#15803d" });
    await browser.action.setBadgeText({ tabId, text: pending ? `${filled}+${pending}` : String(filled) });
    await browser.action.setTitle({
      tabId,
      title: pending
        ? `Đã điền ${filled} trường; ${pending} trường thông tin cá nhân chờ bạn xác nhận: bấm vào tiện ích.`
        : `Đã điền ${filled} trường.`,
    });
    return { filled, pending };
  } catch {
    await browser.action.setBadgeBackgroundColor({ tabId, color: "#b91c1c" });
    await browser.action.setBadgeText({ tabId, text: "!" });
    await browser.action.setTitle({
      tabId,
      title: "Không điền được trang này: bấm vào tiện ích để xem lý do.",
    });
    return undefined;
  }
}

browser.commands.onCommand.addListener((command, tab) => {
  void handleCommand(command, tab);
});

// Headless browsers cannot press an extension shortcut; the test build lets tests call the handler.
if (typeof __TEST_BUILD__ !== "undefined" && __TEST_BUILD__) {
  (globalThis as { cadreHandleCommand?: typeof handleCommand }).cadreHandleCommand = handleCommand;
}
