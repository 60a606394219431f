// npm run build: every deliverable into dist/. Each part owns its build next to its code.
import { buildAppsScript } from "../apps-script/build";
import { buildExtension } from "../extension/build";

const parts: Array<[string, () => Promise<unknown>]> = [
  ["Tiện ích Google Sheets → dist/apps-script", buildAppsScript],
  ["Tiện ích trình duyệt → dist/extension, dist/extension-firefox", buildExtension],
];

for (const [name, run] of parts) {
  const started = Date.now();
  await run();
  console.log(`✓ ${name} (${Date.now() - started} ms)`);
}
