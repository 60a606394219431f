// An in-memory Google Sheets / Apps Script runtime: the services the add-on calls, kept in memory,
// counting every call, for tests, benchmarks and `npm start`.
import vm from "node:vm";
import { MemoryCharts } from "./charts";
import { CallCounter, type CallCounts } from "./counting";
import type { Env, Toast } from "./env";
import type { CellValue } from "./grid";
import { MemoryHtmlService } from "./html";
import { createRealm, type Realm } from "./realm";
import {
  AuthMode,
  type LockEvent,
  type LockKind,
  LockTable,
  type LogEntry,
  MemoryLockService,
  MemoryLogger,
  MemoryProperties,
  MemoryPropertiesService,
  MemoryScriptApp,
  MemorySession,
  MemoryUtilities,
  recordingConsole,
} from "./services";
import type { MemorySheet } from "./sheet";
import { MemorySpreadsheet, MemorySpreadsheetApp } from "./spreadsheet";
import { type ButtonName, MemoryUi } from "./ui";

export type { CallCounts } from "./counting";
export type { MemoryRange } from "./range";
export type { LockEvent, LockKind, LogEntry } from "./services";
export type { MemorySheet } from "./sheet";
export { type SheetSnapshot, type SpreadsheetSnapshot, snapshot } from "./snapshot";
export type { MemorySpreadsheet } from "./spreadsheet";
export type {
  AlertRecord,
  DialogRecord,
  HtmlShown,
  MemoryUi,
  MenuEntry,
  MenuRecord,
  PromptRecord,
} from "./ui";

export type AuthModeName = "NONE" | "LIMITED" | "FULL";

export interface RuntimeOptions {
  spreadsheetName?: string;
  /** Script and spreadsheet time zone (default Asia/Ho_Chi_Minh). */
  timeZone?: string;
  /** Fixes the clock: `new Date()` and `Date.now()` in the add-on read this (Utilities.sleep moves it on). */
  now?: Date;
  authMode?: AuthModeName;
  /** Buttons the user presses in alerts and prompts, in order (then OK, or YES for yes/no questions). */
  uiResponses?: ButtonName[];
  /** Text the user types into prompts, in order. */
  promptTexts?: string[];
  /** Spreadsheet locale (default vi_VN: "1,5" as a displayed number). */
  locale?: string;
  /** Convert typed text as Sheets does ("0912" → 912, "TRUE" → true, "15/03/2024" → date); default true. */
  parseStrings?: boolean;
  /** Name of the add-on menu made by createAddonMenu(). */
  addonName?: string;
  /** Who runs the script (Session.getActiveUser, and whom protections ask about); default the owner. */
  activeUserEmail?: string;
  effectiveUserEmail?: string;
  /** Who owns the spreadsheet: may edit whatever is protected (default chu-so-huu@example.com). */
  ownerEmail?: string;
}

export interface HoldLockOptions {
  /** The other execution lets go after this many ms of waiting (waitLock/tryLock with a longer timeout succeed). */
  releaseAfterMs?: number;
}

export interface SheetsRuntime {
  /** The add-on's global object: SpreadsheetApp, HtmlService, LockService, PropertiesService, Utilities, Session, Logger, console, ScriptApp, Charts. */
  globals: Record<string, unknown>;
  /** The vm context made from `globals` (loadAddon runs the bundle in it). */
  context: vm.Context;
  /** The document, for inspection (calls through it are not counted). */
  spreadsheet: MemorySpreadsheet;
  /** Menus, alerts, prompts, sidebars, dialogs and toasts shown. */
  ui: MemoryUi;
  calls: CallCounts;
  /** Cells the add-on wrote since the start (or the last resetCalls): every cell of every written range. */
  readonly cellsWritten: number;
  /** Resets the call counts and cellsWritten. */
  resetCalls(): void;
  /** Another person runs the next menu command (protections then ask about them). */
  setActiveUser(email: string): void;
  /** Replaces a sheet's contents (creating and growing the sheet as needed), as if typed in. Not counted. */
  setSheetValues(name: string, values: unknown[][]): void;
  /**
   * Puts formulas on a sheet's cells (null: none) as a file holds them, keeping the values there as
   * their last result. Not counted.
   */
  setSheetFormulas(name: string, formulas: ReadonlyArray<ReadonlyArray<string | null | undefined>>): void;
  /** A sheet's values over its data range ([] when empty), dates as Date. */
  getSheetValues(name: string): unknown[][];
  /** Another execution takes the lock: the add-on's tryLock fails, waitLock times out. */
  holdLock(kind: LockKind, options?: HoldLockOptions): void;
  /** The other execution lets go of every lock it holds. */
  releaseHeldLock(): void;
  lockEvents: LockEvent[];
  /** console.* and Logger.log output of the add-on. */
  logs: LogEntry[];
  /** Milliseconds passed to each Utilities.sleep. */
  sleeps: number[];
  properties: Record<"document" | "user" | "script", Map<string, string>>;
  /** HTML files by name without ".html" (loadAddon adds the ones beside Code.js). */
  htmlFiles: Map<string, string>;
  authMode: AuthModeName;
  setAuthMode(mode: AuthModeName): void;
  /** The event object Sheets passes to onOpen/onInstall in the current auth mode. */
  openEvent(): { authMode: string; source?: unknown };
  /** The runtime's clock (fixed when `now` was given). */
  now(): Date;
  /** Ends one execution: locks still held are released, as at the end of an Apps Script run. */
  endExecution(): void;
}

/** What AuthMode.NONE (onOpen of an add-on not yet used in the document) may call. */
const ALLOWED_WITHOUT_AUTH = new Set(["SpreadsheetApp.getUi", "Ui.createMenu", "Ui.createAddonMenu"]);
const FREE_KINDS_WITHOUT_AUTH = new Set(["Menu", "ScriptApp", "Logger", "Utilities", "Blob"]);

/** The add-on's Date, reading the runtime's clock; built in the add-on's realm so `instanceof Date` holds. */
function fixedClockDate(realm: Realm, currentTime: () => number): unknown {
  const build = vm.runInContext(
    `(function (RealDate, currentTime) {
      function Date(...args) {
        if (!new.target) return new RealDate(currentTime()).toString();
        return args.length === 0 ? new RealDate(currentTime()) : new RealDate(...args);
      }
      Date.prototype = RealDate.prototype;
      Date.now = () => currentTime();
      Date.parse = RealDate.parse;
      Date.UTC = RealDate.UTC;
      return Date;
    })`,
    realm.context,
  ) as (realDate: unknown, currentTime: () => number) => unknown;
  return build(realm.date(0).constructor, currentTime);
}

/** Outer-realm copy of a cell value, for test code. */
function plainValue(value: CellValue | undefined): unknown {
  if (value === undefined) return "";
  return value instanceof Date ? new Date(value.getTime()) : value;
}

export function createSheetsRuntime(options: RuntimeOptions = {}): SheetsRuntime {
  const timeZone = options.timeZone ?? "Asia/Ho_Chi_Minh";
  const globals: Record<string, unknown> = {};
  const realm = createRealm(globals);
  let authMode: AuthModeName = options.authMode ?? "FULL";
  let clock = options.now?.getTime();
  const now = () => new Date(clock ?? Date.now());
  const advance = (ms: number) => {
    if (clock !== undefined) clock += ms;
  };

  let sheetIds = 0;
  let chartIds = 0;
  const toasts: Toast[] = [];
  const owner = options.ownerEmail ?? "chu-so-huu@example.com";
  // Session.getActiveUser() stays "" unless told, as it is for people outside the script's domain.
  let sessionEmail = options.activeUserEmail ?? "";
  let activeUser = options.activeUserEmail || owner;
  const tally = { cellsWritten: 0 };
  const env: Env = {
    realm,
    locale: options.locale ?? "vi_VN",
    parseStrings: options.parseStrings ?? true,
    now,
    toasts,
    nextSheetId: () => (sheetIds === 0 ? sheetIds++ : 100_000 + 7_919 * sheetIds++),
    nextChartId: () => 1_000_000_007 + 104_729 * chartIds++,
    users: { owner, active: () => activeUser },
    heldLocks: () =>
      (["document", "script", "user"] as const).filter((kind) => locks.holders[kind] === "execution"),
    tally,
  };
  const spreadsheet = new MemorySpreadsheet(
    env,
    options.spreadsheetName ?? "Kế hoạch công tác cán bộ",
    "1MemorySpreadsheet0000000000000000000000000",
    timeZone,
  );
  const ui = new MemoryUi(
    env,
    [...(options.uiResponses ?? [])],
    [...(options.promptTexts ?? [])],
    options.addonName ?? "Add-on",
  );

  const counter = new CallCounter((kind, method) => {
    if (
      authMode !== "NONE" ||
      FREE_KINDS_WITHOUT_AUTH.has(kind) ||
      ALLOWED_WITHOUT_AUTH.has(`${kind}.${method}`)
    )
      return;
    throw realm.error(`You do not have permission to call ${kind}.${method} in AuthMode.NONE.`);
  });

  const locks = new LockTable(advance);
  const logs: LogEntry[] = [];
  const sleeps: number[] = [];
  const properties = {
    document: new Map<string, string>(),
    user: new Map<string, string>(),
    script: new Map<string, string>(),
  };
  const htmlFiles = new Map<string, string>();

  Object.assign(globals, {
    SpreadsheetApp: counter.expose(new MemorySpreadsheetApp(env, spreadsheet, ui)),
    HtmlService: counter.expose(new MemoryHtmlService({ realm, files: htmlFiles })),
    LockService: counter.expose(new MemoryLockService(locks, realm)),
    PropertiesService: counter.expose(
      new MemoryPropertiesService({
        document: new MemoryProperties(properties.document, realm),
        user: new MemoryProperties(properties.user, realm),
        script: new MemoryProperties(properties.script, realm),
      }),
    ),
    Utilities: counter.expose(
      new MemoryUtilities(realm, (ms) => {
        sleeps.push(ms);
        advance(ms);
      }),
    ),
    Session: counter.expose(
      new MemorySession(timeZone, () => sessionEmail, options.effectiveUserEmail ?? ""),
    ),
    Logger: counter.expose(new MemoryLogger(logs)),
    ScriptApp: counter.expose(new MemoryScriptApp()),
    Charts: counter.expose(new MemoryCharts()),
    console: realm.object(recordingConsole(logs)),
  });
  if (clock !== undefined) globals.Date = fixedClockDate(realm, () => now().getTime());

  function sheetNamed(name: string): MemorySheet {
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`No sheet named "${name}"`);
    return sheet;
  }

  return {
    globals,
    context: realm.context,
    spreadsheet,
    ui,
    calls: counter.counts,
    get cellsWritten() {
      return tally.cellsWritten;
    },
    resetCalls: () => {
      counter.reset();
      tally.cellsWritten = 0;
    },
    setActiveUser(email) {
      activeUser = email;
      sessionEmail = email;
    },
    setSheetValues(name, values) {
      const sheet =
        spreadsheet.getSheetByName(name) ?? spreadsheet._addSheet(name, spreadsheet.sheets.length);
      sheet.clearContents();
      // A loop, not Math.max(...rows): spreading 150,000 rows overflows the stack.
      let width = 0;
      for (const row of values) width = Math.max(width, row.length);
      if (values.length === 0 || width === 0) return;
      sheet._ensureSize(values.length, width);
      const rows = values.map((row) => [...row, ...new Array<unknown>(width - row.length).fill("")]);
      sheet.getRange(1, 1, rows.length, width).setValues(rows);
    },
    setSheetFormulas(name, formulas) {
      const sheet = sheetNamed(name);
      formulas.forEach((row, r) => {
        row.forEach((formula, c) => {
          if (formula) sheet.cells.formulas.set(r, c, String(formula));
        });
      });
      sheet._touch();
    },
    getSheetValues(name) {
      const sheet = sheetNamed(name);
      const lastRow = sheet.getLastRow();
      const lastColumn = sheet.getLastColumn();
      const out: unknown[][] = [];
      for (let r = 0; r < lastRow; r++) {
        const row: unknown[] = [];
        for (let c = 0; c < lastColumn; c++) row.push(plainValue(sheet.cells.values.get(r, c)));
        out.push(row);
      }
      return out;
    },
    holdLock(kind, holdOptions = {}) {
      if (locks.holders[kind] === "execution")
        throw new Error(`The ${kind} lock is held by the running execution`);
      locks.holders[kind] = "other";
      if (holdOptions.releaseAfterMs !== undefined) locks.releaseAfter[kind] = holdOptions.releaseAfterMs;
    },
    releaseHeldLock() {
      for (const kind of ["document", "script", "user"] as const) {
        if (locks.holders[kind] === "other") locks.holders[kind] = null;
        delete locks.releaseAfter[kind];
      }
    },
    lockEvents: locks.events,
    logs,
    sleeps,
    properties,
    htmlFiles,
    get authMode() {
      return authMode;
    },
    setAuthMode(mode) {
      authMode = mode;
    },
    openEvent() {
      const event: { authMode: string; source?: unknown } = { authMode: AuthMode[authMode] };
      if (authMode !== "NONE") event.source = counter.expose(spreadsheet);
      return realm.object(event);
    },
    now,
    endExecution: () => locks.endExecution(),
  };
}

/** The runtime's services typed as Apps Script's (the cast happens here, once). */
export interface TypedServices {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  Logger: GoogleAppsScript.Base.Logger;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Charts: GoogleAppsScript.Charts.Charts;
}

export function typedServices(runtime: SheetsRuntime): TypedServices {
  return runtime.globals as unknown as TypedServices;
}
