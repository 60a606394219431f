// The extension's icon, drawn at build time at each size the stores and browsers ask for
// (16, 32, 48, 128): a form sheet on the union's blue, with a red tick. Shapes are sampled 4×4
// per pixel for smooth edges and written as PNG with Node's zlib, so no image file is kept.
import { crc32, deflateSync } from "node:zlib";
import { ICONS } from "./src/manifest";

export const ICON_SIZES = Object.keys(ICONS).map(Number);

type Rgba = readonly [number, number, number, number];
type Shape = { inside: (x: number, y: number) => boolean; color: Rgba };

const blue: Rgba = [20, 85, 184, 255];
const white: Rgba = [255, 255, 255, 255];
const red: Rgba = [211, 47, 47, 255];

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number) {
  return (x: number, y: number): boolean => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

/** The drawing in unit coordinates, back to front. */
const shapes: Shape[] = [
  { inside: roundedRect(0.02, 0.02, 0.98, 0.98, 0.2), color: blue },
  { inside: roundedRect(0.2, 0.12, 0.72, 0.86, 0.06), color: white },
  ...[0.28, 0.42, 0.56].map((y) => ({ inside: roundedRect(0.28, y, 0.64, y + 0.07, 0.03), color: blue })),
  { inside: (x: number, y: number) => (x - 0.72) ** 2 + (y - 0.74) ** 2 <= 0.2 ** 2, color: red },
  {
    inside: (x: number, y: number) =>
      Math.min(segmentDistance(x, y, 0.62, 0.74, 0.7, 0.82), segmentDistance(x, y, 0.7, 0.82, 0.83, 0.65)) <=
      0.045,
    color: white,
  },
];

/** RGBA pixels of the icon at this size. */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let color: Rgba | undefined;
          for (const shape of shapes) if (shape.inside(x, y)) color = shape.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 255;
          }
        }
      }
      const n = samples * samples;
      const at = (py * size + px) * 4;
      // Colour averaged over the covered samples; coverage is the alpha.
      const covered = a / 255;
      pixels[at] = covered ? Math.round(r / covered) : 0;
      pixels[at + 1] = covered ? Math.round(g / covered) : 0;
      pixels[at + 2] = covered ? Math.round(b / covered) : 0;
      pixels[at + 3] = Math.round(a / n);
    }
  }
  return pixels;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG file of RGBA pixels. */
export function encodePng(size: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // no filter
    Buffer.from(pixels.buffer, pixels.byteOffset + y * size * 4, size * 4).copy(rows, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", new Uint8Array()),
  ]);
}

export function iconPng(size: number): Buffer {
  return encodePng(size, drawIcon(size));
}

/** Where each size lives inside the extension, as the manifest names it. */
export function iconPath(size: number): string {
  return ICONS[String(size)]!;
}
