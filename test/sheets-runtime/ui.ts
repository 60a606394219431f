// Ui: menus, alerts, prompts, sidebars and dialogs, all recorded for tests to read.
import { KIND, type Service } from "./counting";
import type { Env, Toast } from "./env";
import { MemoryHtmlOutput } from "./html";

export const Button = Object.freeze({ CLOSE: "CLOSE", OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO" });
export const ButtonSet = Object.freeze({
  OK: "OK",
  OK_CANCEL: "OK_CANCEL",
  YES_NO: "YES_NO",
  YES_NO_CANCEL: "YES_NO_CANCEL",
});
export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

export type MenuEntry =
  | { label: string; functionName: string }
  | { separator: true }
  | { subMenu: MenuRecord };
export interface MenuRecord {
  name: string;
  /** true for createAddonMenu(). */
  addon: boolean;
  items: MenuEntry[];
}
export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  response: ButtonName;
  /**
   * Locks the script held while the alert waited for a click. An alert blocks the script until the
   * user answers, so a lock held then keeps every other run of the add-on waiting too.
   */
  heldLocks: string[];
}
export interface PromptRecord extends AlertRecord {
  responseText: string;
}
export interface HtmlShown {
  title: string;
  html: string;
  width: number | null;
  height: number | null;
}
export interface DialogRecord extends HtmlShown {
  modal: boolean;
}

export class MemoryMenu implements Service {
  readonly [KIND] = "Menu";
  readonly items: Array<
    { label: string; functionName: string } | { separator: true } | { subMenu: MemoryMenu }
  > = [];

  constructor(
    private readonly ui: MemoryUi,
    readonly name: string,
    readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): this {
    if (typeof functionName !== "string" || !functionName) {
      throw this.ui.env.realm.error(
        "The parameters (String) don't match the method signature for Ui.Menu.addItem.",
      );
    }
    this.items.push({ label: String(caption), functionName });
    return this;
  }
  addSeparator(): this {
    this.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: MemoryMenu): this {
    this.items.push({ subMenu: menu });
    return this;
  }
  addToUi(): void {
    this.ui.menus.push(this._record());
  }
  /** A plain picture of the menu as it is now (what addToUi shows). */
  _record(): MenuRecord {
    return {
      name: this.name,
      addon: this.addon,
      items: this.items.map((item) =>
        "subMenu" in item ? { subMenu: item.subMenu._record() } : { ...item },
      ),
    };
  }
  toString(): string {
    return "Menu";
  }
}

class MemoryPromptResponse implements Service {
  readonly [KIND] = "PromptResponse";
  constructor(
    private readonly text: string,
    private readonly button: ButtonName,
  ) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): ButtonName {
    return this.button;
  }
  toString(): string {
    return "PromptResponse";
  }
}

export class MemoryUi implements Service {
  readonly [KIND] = "Ui";
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly sidebars: HtmlShown[] = [];
  readonly dialogs: DialogRecord[] = [];
  /** Toasts shown through Spreadsheet.toast(). */
  readonly toasts: Toast[];

  constructor(
    readonly env: Env,
    /** Buttons the user will press, in order; when none is left: OK (or YES for YES_NO sets). */
    readonly responses: ButtonName[],
    /** Text the user will type into prompts, in order ("" when none is left). */
    readonly promptTexts: string[],
    private readonly addonName: string,
  ) {
    this.toasts = env.toasts;
  }

  get Button() {
    return Button;
  }
  get ButtonSet() {
    return ButtonSet;
  }

  createMenu(caption: string): MemoryMenu {
    return new MemoryMenu(this, String(caption), false);
  }
  createAddonMenu(): MemoryMenu {
    return new MemoryMenu(this, this.addonName, true);
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(first: string, second?: string, third?: string): ButtonName {
    const { title, prompt, buttons } = dialogArguments(first, second, third);
    const response = this.#nextResponse(buttons);
    this.alerts.push({ title, prompt, buttons, response, heldLocks: this.env.heldLocks() });
    return response;
  }
  prompt(first: string, second?: string, third?: string): MemoryPromptResponse {
    const { title, prompt, buttons } = dialogArguments(first, second, third);
    const response = this.#nextResponse(buttons);
    const responseText = this.promptTexts.shift() ?? "";
    this.prompts.push({ title, prompt, buttons, response, responseText, heldLocks: this.env.heldLocks() });
    return new MemoryPromptResponse(responseText, response);
  }
  showSidebar(userInterface: MemoryHtmlOutput): void {
    this.sidebars.push(this.#shown(userInterface, "showSidebar"));
  }
  showModalDialog(userInterface: MemoryHtmlOutput, title: string): void {
    this.dialogs.push({
      ...this.#shown(userInterface, "showModalDialog"),
      title: String(title),
      modal: true,
    });
  }
  showModelessDialog(userInterface: MemoryHtmlOutput, title: string): void {
    this.dialogs.push({
      ...this.#shown(userInterface, "showModelessDialog"),
      title: String(title),
      modal: false,
    });
  }

  #shown(output: unknown, method: string): HtmlShown {
    if (!(output instanceof MemoryHtmlOutput)) {
      throw this.env.realm.error(
        `The parameters (Object) don't match the method signature for Ui.${method}.`,
      );
    }
    return {
      title: output.getTitle(),
      html: output.getContent(),
      width: output.width,
      height: output.height,
    };
  }

  #nextResponse(buttons: ButtonSetName): ButtonName {
    return this.responses.shift() ?? (buttons.startsWith("YES") ? "YES" : "OK");
  }
  toString(): string {
    return "Ui";
  }
}

function dialogArguments(first: string, second?: string, third?: string) {
  if (third !== undefined)
    return { title: String(first), prompt: String(second), buttons: third as ButtonSetName };
  if (second !== undefined && second in ButtonSet)
    return { title: "", prompt: String(first), buttons: second as ButtonSetName };
  return { title: "", prompt: String(first), buttons: "OK" as ButtonSetName };
}
