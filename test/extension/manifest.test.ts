import { describe, expect, it } from "vitest";
import { FILL_COMMAND, GECKO_ID, manifest, TEST_HOST } from "../../extension/src/manifest";

describe("manifests", () => {
  it("release manifests ask for little and inject nothing on page load", () => {
    for (const target of ["chromium", "firefox"] as const) {
      const m = manifest(target, "1.2.3");
      expect(m.manifest_version).toBe(3);
      expect(m.permissions).toEqual(["activeTab", "scripting", "storage"]);
      expect(m.host_permissions).toBeUndefined();
      expect(m.content_scripts).toBeUndefined();
      expect(JSON.stringify(m)).not.toContain("127.0.0.1");
      expect(JSON.stringify(m)).not.toContain("<all_urls>");
      expect(m.commands).toHaveProperty(FILL_COMMAND);
      // The icon at each size the stores and browsers ask for, on the toolbar too.
      expect(Object.keys(m.icons as object)).toEqual(["16", "32", "48", "128"]);
      expect((m.action as { default_icon: unknown }).default_icon).toEqual(m.icons);
    }
  });

  it("Chromium uses a service worker, Firefox background scripts and a gecko id", () => {
    expect(manifest("chromium", "1.0.0").background).toEqual({ service_worker: "background.js" });
    const firefox = manifest("firefox", "1.0.0");
    expect(firefox.background).toEqual({ scripts: ["background.js"] });
    expect(firefox).toHaveProperty("browser_specific_settings.gecko.id", GECKO_ID);
  });

  it("the test build only adds 127.0.0.1", () => {
    const { host_permissions, ...rest } = manifest("test", "1.0.0");
    expect(host_permissions).toEqual([TEST_HOST]);
    expect(rest).toEqual(manifest("chromium", "1.0.0"));
  });
});
