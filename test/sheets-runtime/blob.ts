// Blob and base64 as Utilities gives them: bytes are Java bytes (-128…127), text is UTF-8.
import { KIND, type Service } from "./counting";
import type { Realm } from "./realm";

/** Apps Script byte arrays hold signed bytes. */
export function signedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

export function bytesOf(data: unknown): Uint8Array {
  if (typeof data === "string") return new Uint8Array(Buffer.from(data, "utf8"));
  if (Array.isArray(data)) return Uint8Array.from(data, (b) => Number(b) & 0xff);
  if (data instanceof Uint8Array) return new Uint8Array(data);
  throw new TypeError("Expected a string or a byte array");
}

export class MemoryBlob implements Service {
  readonly [KIND] = "Blob";
  private bytes: Uint8Array;

  constructor(
    private readonly realm: Realm,
    data: unknown,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    this.bytes = bytesOf(data ?? "");
  }

  getBytes(): number[] {
    return this.realm.array(signedBytes(this.bytes));
  }
  getDataAsString(charset?: string): string {
    if (charset && !/^utf-?8$/i.test(charset)) return Buffer.from(this.bytes).toString("latin1");
    return Buffer.from(this.bytes).toString("utf8");
  }
  setDataFromString(string: string): this {
    this.bytes = bytesOf(String(string));
    return this;
  }
  setBytes(data: number[]): this {
    this.bytes = bytesOf(data);
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): this {
    this.name = String(name);
    return this;
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string | null): this {
    this.contentType = contentType;
    return this;
  }
  copyBlob(): MemoryBlob {
    return new MemoryBlob(this.realm, this.bytes, this.contentType, this.name);
  }
  getBlob(): this {
    return this;
  }
  isGoogleType(): boolean {
    return false;
  }
  toString(): string {
    return "Blob";
  }
}
