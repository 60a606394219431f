// The smaller services: LockService, PropertiesService, Utilities, Session, Logger, ScriptApp and a
// quiet console that records what the add-on logs.
import { bytesOf, MemoryBlob, signedBytes } from "./blob";
import { KIND, type Service } from "./counting";
import { formatSimpleDate } from "./dates";
import { isDate, type Realm } from "./realm";

// ---------- LockService ----------

export type LockKind = "document" | "script" | "user";
export interface LockEvent {
  kind: LockKind;
  event: "acquired" | "refused" | "timeout" | "released" | "released-at-exit";
  timeoutMs?: number;
}

/** Who holds each lock: this execution, another (simulated) execution, or nobody. */
export class LockTable {
  readonly holders: Record<LockKind, "execution" | "other" | null> = {
    document: null,
    script: null,
    user: null,
  };
  /** For a lock held by another execution: after how many ms of waiting it lets go (never when absent). */
  readonly releaseAfter: Partial<Record<LockKind, number>> = {};
  readonly events: LockEvent[] = [];
  readonly locks = new Set<MemoryLock>();

  constructor(private readonly wait: (ms: number) => void) {}

  /** Tries to take the lock for this execution, waiting (simulated) up to timeoutMs. */
  take(kind: LockKind, timeoutMs: number): boolean {
    if (this.holders[kind] === "other") {
      const after = this.releaseAfter[kind];
      if (after === undefined || after > timeoutMs) {
        this.wait(timeoutMs);
        return false;
      }
      this.wait(after);
      this.holders[kind] = null;
      delete this.releaseAfter[kind];
    }
    this.holders[kind] = "execution";
    return true;
  }

  /** The end of an execution releases whatever it still holds, as Apps Script does. */
  endExecution(): void {
    for (const lock of this.locks) lock._dropAtExit();
    this.locks.clear();
  }
}

export class MemoryLock implements Service {
  readonly [KIND] = "Lock";
  private held = false;

  constructor(
    private readonly table: LockTable,
    private readonly kind: LockKind,
    private readonly realm: Realm,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    if (this.held) return true;
    this.held = this.table.take(this.kind, Number(timeoutInMillis) || 0);
    this.table.events.push({
      kind: this.kind,
      event: this.held ? "acquired" : "refused",
      timeoutMs: timeoutInMillis,
    });
    if (this.held) this.table.locks.add(this);
    return this.held;
  }
  waitLock(timeoutInMillis: number): void {
    if (this.held) return;
    this.held = this.table.take(this.kind, Number(timeoutInMillis) || 0);
    if (!this.held) {
      this.table.events.push({ kind: this.kind, event: "timeout", timeoutMs: timeoutInMillis });
      throw this.realm.error("Lock timeout: another process was holding the lock for too long.");
    }
    this.table.events.push({ kind: this.kind, event: "acquired", timeoutMs: timeoutInMillis });
    this.table.locks.add(this);
  }
  hasLock(): boolean {
    return this.held;
  }
  releaseLock(): void {
    if (!this.held) return;
    this.held = false;
    this.table.locks.delete(this);
    if (![...this.table.locks].some((l) => l.kind === this.kind)) this.table.holders[this.kind] = null;
    this.table.events.push({ kind: this.kind, event: "released" });
  }
  _dropAtExit(): void {
    if (!this.held) return;
    this.held = false;
    this.table.holders[this.kind] = null;
    this.table.events.push({ kind: this.kind, event: "released-at-exit" });
  }
  toString(): string {
    return "Lock";
  }
}

export class MemoryLockService implements Service {
  readonly [KIND] = "LockService";
  constructor(
    private readonly table: LockTable,
    private readonly realm: Realm,
  ) {}
  getDocumentLock(): MemoryLock {
    return new MemoryLock(this.table, "document", this.realm);
  }
  getScriptLock(): MemoryLock {
    return new MemoryLock(this.table, "script", this.realm);
  }
  getUserLock(): MemoryLock {
    return new MemoryLock(this.table, "user", this.realm);
  }
  toString(): string {
    return "LockService";
  }
}

// ---------- PropertiesService ----------

/** Apps Script's limits: 9 kB per value, 500 kB per store. */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

export class MemoryProperties implements Service {
  readonly [KIND] = "Properties";
  constructor(
    readonly store: Map<string, string>,
    private readonly realm: Realm,
  ) {}

  #put(entries: Array<[string, string]>): void {
    for (const [, value] of entries) {
      if (Buffer.byteLength(value) > MAX_VALUE_BYTES) throw this.realm.error("Argument too large: value");
    }
    const next = new Map(this.store);
    for (const [key, value] of entries) next.set(key, value);
    let size = 0;
    for (const [key, value] of next) size += Buffer.byteLength(key) + Buffer.byteLength(value);
    if (size > MAX_STORE_BYTES) {
      throw this.realm.error(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    }
    for (const [key, value] of entries) this.store.set(key, value);
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  setProperty(key: string, value: unknown): this {
    this.#put([[String(key), String(value)]]);
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    const entries = Object.entries(properties).map(([k, v]): [string, string] => [k, String(v)]);
    if (deleteAllOthers) this.store.clear();
    this.#put(entries);
    return this;
  }
  getProperties(): Record<string, string> {
    return this.realm.object(Object.fromEntries(this.store));
  }
  getKeys(): string[] {
    return this.realm.array([...this.store.keys()]);
  }
  deleteProperty(key: string): this {
    this.store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
  toString(): string {
    return "Properties";
  }
}

export class MemoryPropertiesService implements Service {
  readonly [KIND] = "PropertiesService";
  constructor(private readonly stores: Record<"document" | "user" | "script", MemoryProperties>) {}
  getDocumentProperties(): MemoryProperties {
    return this.stores.document;
  }
  getUserProperties(): MemoryProperties {
    return this.stores.user;
  }
  getScriptProperties(): MemoryProperties {
    return this.stores.script;
  }
  toString(): string {
    return "PropertiesService";
  }
}

// ---------- Utilities ----------

export class MemoryUtilities implements Service {
  readonly [KIND] = "Utilities";
  private uuids = 0;

  constructor(
    private readonly realm: Realm,
    /** Records a sleep and moves the simulated clock on. */
    private readonly onSleep: (ms: number) => void,
  ) {}

  get Charset() {
    return Object.freeze({ US_ASCII: "US_ASCII", UTF_8: "UTF_8" });
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== "string" || typeof format !== "string") {
      throw this.realm.error("The parameters don't match the method signature for Utilities.formatDate.");
    }
    try {
      return formatSimpleDate(date, timeZone, format);
    } catch (error) {
      throw this.realm.error((error as Error).message);
    }
  }
  newBlob(data: unknown, contentType?: string, name?: string): MemoryBlob {
    return new MemoryBlob(this.realm, data, contentType ?? null, name ?? null);
  }
  base64Encode(data: unknown): string {
    return Buffer.from(bytesOf(data)).toString("base64");
  }
  base64EncodeWebSafe(data: unknown): string {
    return Buffer.from(bytesOf(data)).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  }
  base64Decode(encoded: string): number[] {
    return this.realm.array(signedBytes(new Uint8Array(Buffer.from(String(encoded), "base64"))));
  }
  base64DecodeWebSafe(encoded: string): number[] {
    return this.base64Decode(String(encoded).replace(/-/g, "+").replace(/_/g, "/"));
  }
  sleep(milliseconds: number): void {
    this.onSleep(Number(milliseconds) || 0);
  }
  /** Deterministic: 00000000-0000-4000-8000-000000000001, …0002, … */
  getUuid(): string {
    this.uuids++;
    return `00000000-0000-4000-8000-${String(this.uuids).padStart(12, "0")}`;
  }
  toString(): string {
    return "Utilities";
  }
}

// ---------- Session, Logger, ScriptApp, console ----------

class MemoryUser implements Service {
  readonly [KIND] = "User";
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

export class MemorySession implements Service {
  readonly [KIND] = "Session";
  constructor(
    private readonly timeZone: string,
    private readonly activeUserEmail: () => string,
    private readonly effectiveUserEmail: string,
  ) {}
  getScriptTimeZone(): string {
    return this.timeZone;
  }
  getActiveUser(): MemoryUser {
    return new MemoryUser(this.activeUserEmail());
  }
  getEffectiveUser(): MemoryUser {
    return new MemoryUser(this.effectiveUserEmail);
  }
  getActiveUserLocale(): string {
    return "vi";
  }
  getTemporaryActiveUserKey(): string {
    return "temporary-active-user-key";
  }
  toString(): string {
    return "Session";
  }
}

export interface LogEntry {
  level: "log" | "info" | "warn" | "error" | "debug" | "Logger";
  message: string;
}

function describe(value: unknown): string {
  if (typeof value === "string") return value;
  if (isDate(value)) return value.toString();
  if (
    value instanceof Error ||
    (typeof value === "object" && value !== null && "stack" in value && "message" in value)
  ) {
    return String(value);
  }
  try {
    return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    return String(value);
  }
}

/** Logger.log(format, …values) with %s placeholders, or Logger.log(value). */
export class MemoryLogger implements Service {
  readonly [KIND] = "Logger";
  constructor(private readonly logs: LogEntry[]) {}
  log(data: unknown, ...values: unknown[]): this {
    let message = describe(data);
    if (values.length) {
      const rest = [...values];
      message = message.replace(/%s|%d/g, () => (rest.length ? describe(rest.shift()) : ""));
    }
    this.logs.push({ level: "Logger", message });
    return this;
  }
  getLog(): string {
    return this.logs
      .filter((e) => e.level === "Logger")
      .map((e) => e.message)
      .join("\n");
  }
  clear(): void {
    for (let i = this.logs.length - 1; i >= 0; i--)
      if (this.logs[i]!.level === "Logger") this.logs.splice(i, 1);
  }
  toString(): string {
    return "Logger";
  }
}

/** console for the add-on: records, prints nothing. */
export function recordingConsole(logs: LogEntry[]): Record<string, (...args: unknown[]) => void> {
  const record =
    (level: LogEntry["level"]) =>
    (...args: unknown[]) => {
      logs.push({ level, message: args.map(describe).join(" ") });
    };
  const noop = () => {};
  return {
    log: record("log"),
    info: record("info"),
    warn: record("warn"),
    error: record("error"),
    debug: record("debug"),
    time: noop,
    timeEnd: noop,
  };
}

export const AuthMode = Object.freeze({
  NONE: "NONE",
  CUSTOM_FUNCTION: "CUSTOM_FUNCTION",
  LIMITED: "LIMITED",
  FULL: "FULL",
});

export class MemoryScriptApp implements Service {
  readonly [KIND] = "ScriptApp";
  get AuthMode() {
    return AuthMode;
  }
  toString(): string {
    return "ScriptApp";
  }
}
