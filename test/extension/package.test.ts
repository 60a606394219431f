// npm run package: the store zips for Chromium and Firefox, read back with a small ZIP reader:
// the manifest at the root, the icons, the scripts, and no test hook of the test build in them.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { drawIcon, encodePng } from "../../extension/icon";
import { manifest } from "../../extension/src/manifest";
import { packageExtension } from "../../scripts/package";

/** The files of a ZIP archive by name, read through its central directory. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = archive.readUInt16LE(at + 10);
    const packed = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30);
    const comment = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString("utf8", at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(dataAt, dataAt + packed);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

describe("store packages", () => {
  it("writes one zip per browser, manifest at the root, icons and scripts in, test hooks out", async () => {
    const dir = await mkdtemp(join(tmpdir(), "packages-"));
    try {
      const written = await packageExtension(dir);
      const { version } = JSON.parse(await readFile("package.json", "utf8")) as { version: string };
      expect(written.map((p) => basename(p))).toEqual([
        `dien-bieu-mau-thanh-doan-chromium-${version}.zip`,
        `dien-bieu-mau-thanh-doan-firefox-${version}.zip`,
      ]);
      for (const [path, target] of [
        [written[0]!, "chromium"],
        [written[1]!, "firefox"],
      ] as const) {
        const files = unzip(await readFile(path));
        expect(JSON.parse(files.get("manifest.json")!.toString("utf8"))).toEqual(manifest(target, version));
        for (const name of [
          "background.js",
          "content.js",
          "popup.js",
          "popup.html",
          "options.js",
          "options.html",
          "ui.css",
        ])
          expect(files.has(name), name).toBe(true);
        for (const size of [16, 32, 48, 128]) {
          const png = files.get(`icons/icon-${size}.png`)!;
          expect(png.subarray(1, 4).toString()).toBe("PNG");
          expect(png.readUInt32BE(16)).toBe(size);
        }
        const code = ["background.js", "popup.js", "content.js"]
          .map((n) => files.get(n)!.toString("utf8"))
          .join("\n");
        // The test build's hooks: the shortcut's handler on the worker, ?tab= in the popup, 127.0.0.1.
        expect(code).not.toContain("cadreHandleCommand");
        expect(code).not.toContain("127.0.0.1");
        expect(files.get("popup.js")!.toString("utf8")).not.toMatch(/get\(\s*`?["'`]tab["'`]/);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("icon", () => {
  it("is drawn opaque in the middle and transparent in the corners, at every size", () => {
    for (const size of [16, 32, 48, 128]) {
      const pixels = drawIcon(size);
      const alpha = (x: number, y: number) => pixels[(y * size + x) * 4 + 3]!;
      expect(alpha(0, 0)).toBe(0);
      expect(alpha(size >> 1, size >> 1)).toBe(255);
      expect(encodePng(size, pixels).subarray(0, 8)).toEqual(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      );
    }
  });
});
