// The three manifests: Chromium (release), Firefox (release) and the test build, which adds
// host access to 127.0.0.1 only so the end-to-end tests can fill local pages.

export const FILL_COMMAND = "fill-last-profile";
const GOOGLE_FORMS = "https://docs.google.com/forms/*";
export const TEST_HOST = "http://127.0.0.1/*";
export const GECKO_ID = "dien-bieu-mau@ke-hoach-can-bo";

export type Target = "chromium" | "firefox" | "test";

/** The icon at each size, as the manifest lists them (files written by the build). */
export const ICONS: Record<string, string> = Object.fromEntries(
  [16, 32, 48, 128].map((size) => [String(size), `icons/icon-${size}.png`]),
);

export function manifest(target: Target, version: string): Record<string, unknown> {
  const base: Record<string, unknown> = {
    manifest_version: 3,
    name: "Điền biểu mẫu Thành Đoàn",
    short_name: "Điền biểu mẫu",
    version,
    description:
      "Điền biểu mẫu của Thành Đoàn từ dữ liệu kế hoạch công tác cán bộ đã xuất; chỉ chạy khi bạn bấm, không tự gửi.",
    icons: ICONS,
    permissions: ["activeTab", "scripting", "storage"],
    // Asked for on the user's click only, for a Google Form embedded in another site.
    optional_host_permissions: [GOOGLE_FORMS],
    action: { default_title: "Điền biểu mẫu", default_popup: "popup.html", default_icon: ICONS },
    options_ui: { page: "options.html", open_in_tab: true },
    commands: {
      [FILL_COMMAND]: {
        suggested_key: { default: "Alt+Shift+F" },
        description: "Điền trang hiện tại theo hồ sơ dùng gần nhất",
      },
    },
  };
  if (target === "firefox") {
    return {
      ...base,
      background: { scripts: ["background.js"] },
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: "140.0",
          data_collection_permissions: { required: ["none"] },
        },
        // Firefox for Android knows data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: "142.0" },
      },
    };
  }
  return {
    ...base,
    background: { service_worker: "background.js" },
    ...(target === "test" ? { host_permissions: [TEST_HOST] } : {}),
  };
}
