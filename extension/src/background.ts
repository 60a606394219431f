// Service worker (Firefox: background script). Only the keyboard shortcut lives here: it fills
// the current tab with the last used profile. The shortcut is a user gesture, so activeTab applies.
import browser from "webextension-polyfill";
import { fillTab } from "./fill-tab";
import { FILL_COMMAND } from "./manifest";
import { findProfile, loadState } from "./storage";

/** Returns how many fields were filled, or undefined when there is nothing to do. */
async function handleCommand(command: string, tab?: { id?: number }): Promise<number | undefined> {
  if (command !== FILL_COMMAND) return undefined;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const state = await loadState();
  const found = findProfile(state, state.lastProfile?.payloadId, state.lastProfile?.profileId);
  if (tabId === undefined || !found) return undefined;
  const reports = await fillTab(tabId, found.profile.fields, state.pins);
  const filled = reports.reduce((n, r) => n + r.filled.length, 0);
  await browser.action.setBadgeText({ tabId, text: String(filled) });
  return filled;
}

browser.commands.onCommand.addListener((command, tab) => {
  void handleCommand(command, tab);
});

// Headless browsers cannot press an extension shortcut; tests call the same handler.
(globalThis as { cadreHandleCommand?: typeof handleCommand }).cadreHandleCommand = handleCommand;
