// Reading and writing one form field the way a user would: native value setter plus the events
// React-like pages listen to, clicks for options. Each write returns how to undo it.
import type { FillValue, FormFieldInfo } from "../../../shared/form-match";

export interface FieldHandle {
  info: FormFieldInfo;
  /** The element the user sees for this field (visibility is checked on it again before a late write). */
  el: Element;
  /** Nothing entered or chosen yet. */
  isEmpty(): boolean;
  /** Whether apply() would write this value (the option exists, and clicking it is safe). */
  canWrite(value: FillValue): boolean;
  /** Write the value; returns the undo, or undefined when the field offers no such value. */
  apply(value: FillValue): (() => void) | undefined;
  /** The field now holds the value (checked after the page had a moment to react). */
  holds(value: FillValue): boolean;
}

type TextControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Set through the prototype's setter so trackers on the instance (React) see a real change. */
export function setNativeValue(el: TextControl, value: string): void {
  const win = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const proto =
    el.tagName === "SELECT"
      ? win?.HTMLSelectElement.prototype
      : el.tagName === "TEXTAREA"
        ? win?.HTMLTextAreaElement.prototype
        : win?.HTMLInputElement.prototype;
  const setter = proto && Object.getOwnPropertyDescriptor(proto, "value")?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
  el.dispatchEvent(new Event("change", { bubbles: true }));
}

export function textHandle(info: FormFieldInfo, el: TextControl): FieldHandle {
  return {
    info,
    el,
    isEmpty: () => el.value.trim() === "",
    canWrite: (value) => value.kind === "text",
    apply(value) {
      if (value.kind !== "text") return undefined;
      const before = el.value;
      setNativeValue(el, value.text);
      return () => setNativeValue(el, before);
    },
    holds: (value) => value.kind === "text" && el.value === value.text,
  };
}

/** Choose an option by its place: through the prototype's setter, then the page's events. */
function setSelectedIndex(el: HTMLSelectElement, index: number): void {
  const win = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const setter =
    win && Object.getOwnPropertyDescriptor(win.HTMLSelectElement.prototype, "selectedIndex")?.set;
  if (setter) setter.call(el, index);
  else el.selectedIndex = index;
  el.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
  el.dispatchEvent(new Event("change", { bubbles: true }));
}

/**
 * A <select>: choose the option whose text is the wanted one. By its value where the value is
 * the option's own (as React expects), by its place where other options share that value (a page
 * listing months 5 to 12 all as value "4" would otherwise show "4").
 */
export function selectHandle(info: FormFieldInfo, el: HTMLSelectElement): FieldHandle {
  const indexOf = (text: string): number => Array.from(el.options).findIndex((o) => o.text.trim() === text);
  const shared = (index: number): boolean =>
    Array.from(el.options).some((o, i) => i !== index && o.value === el.options[index]!.value);
  const choose = (index: number): void => {
    if (shared(index)) setSelectedIndex(el, index);
    else setNativeValue(el, el.options[index]!.value);
  };
  const wanted = (value: FillValue): number =>
    value.kind === "options" && value.options.length === 1 ? indexOf(value.options[0]!) : -1;
  return {
    info,
    el,
    isEmpty: () => el.value === "" || el.selectedIndex <= 0,
    canWrite: (value) => wanted(value) >= 0,
    apply(value) {
      const index = wanted(value);
      if (index < 0) return undefined;
      const before = el.selectedIndex;
      choose(index);
      return () => setSelectedIndex(el, before);
    },
    holds: (value) => {
      const index = wanted(value);
      return index >= 0 && el.selectedIndex === index;
    },
  };
}

/**
 * What a click on this element could do besides choosing: submit a form (a <button> is type
 * submit unless told otherwise, and a click inside one reaches it) or follow a link. Such
 * options are left to the user: filling never submits nor navigates.
 */
export function clickIsUnsafe(el: Element): boolean {
  const button = el.closest("button");
  if (button && (button.getAttribute("type") ?? "submit").toLowerCase() === "submit") return true;
  if (el.closest("a[href],area[href],input[type=submit],input[type=image]")) return true;
  return false;
}

/** Click for the user, unless the click could submit or navigate; true when clicked. */
function safeClick(el: HTMLElement): boolean {
  if (clickIsUnsafe(el)) return false;
  el.click();
  return true;
}

function isChecked(el: Element): boolean {
  return el.tagName === "INPUT"
    ? (el as HTMLInputElement).checked
    : el.getAttribute("aria-checked") === "true";
}

/** One checkbox (native or role=checkbox) answering yes / no. */
export function checkboxHandle(info: FormFieldInfo, el: HTMLElement): FieldHandle {
  return {
    info,
    el,
    isEmpty: () => !isChecked(el),
    canWrite: (value) => value.kind === "checked" && (isChecked(el) === value.checked || !clickIsUnsafe(el)),
    apply(value) {
      if (value.kind !== "checked") return undefined;
      if (isChecked(el) === value.checked) return () => {};
      if (!safeClick(el)) return undefined;
      return () => {
        if (isChecked(el) === value.checked) safeClick(el);
      };
    },
    holds: (value) => value.kind === "checked" && isChecked(el) === value.checked,
  };
}

export interface OptionControl {
  text: string;
  el: HTMLElement;
}

/** Radio or checkbox group (native or role-based): click the options to reach the wanted set. */
export function groupHandle(info: FormFieldInfo, options: OptionControl[], multiple: boolean): FieldHandle {
  const checkedSet = (): Set<HTMLElement> => new Set(options.filter((o) => isChecked(o.el)).map((o) => o.el));
  const wantedSet = (value: FillValue): Set<HTMLElement> | undefined => {
    if (value.kind !== "options") return undefined;
    const els = value.options.map((t) => options.find((o) => o.text === t)?.el);
    if (els.some((e) => !e) || (!multiple && els.length !== 1)) return undefined;
    return new Set(els as HTMLElement[]);
  };
  const reach = (target: Set<HTMLElement>): void => {
    for (const { el } of options) {
      const want = target.has(el);
      if (isChecked(el) === want) continue;
      if (want || multiple) safeClick(el);
      else if (el.tagName === "INPUT") {
        // A radio cannot be unchecked by a click: clear it for undo only.
        (el as HTMLInputElement).checked = false;
        el.dispatchEvent(new Event("change", { bubbles: true }));
      } else el.setAttribute("aria-checked", "false");
    }
  };
  return {
    info,
    el: options[0]!.el,
    isEmpty: () => checkedSet().size === 0,
    canWrite: (value) => wantedSet(value) !== undefined && !options.some((o) => clickIsUnsafe(o.el)),
    apply(value) {
      const target = wantedSet(value);
      if (!target || options.some((o) => clickIsUnsafe(o.el))) return undefined;
      const before = checkedSet();
      reach(target);
      return () => reach(before);
    },
    holds(value) {
      const target = wantedSet(value);
      if (!target) return false;
      const now = checkedSet();
      return now.size === target.size && [...target].every((e) => now.has(e));
    },
  };
}

/**
 * A role=listbox dropdown (Google Forms): open it, click the option. `placeholder` is its
 * empty "Chọn" option, which undo chooses again when nothing was chosen before.
 */
export function listboxHandle(
  info: FormFieldInfo,
  listbox: HTMLElement,
  options: OptionControl[],
  placeholder?: HTMLElement,
): FieldHandle {
  const selected = (): OptionControl | undefined =>
    options.find((o) => o.el.getAttribute("aria-selected") === "true");
  const choose = (option: HTMLElement | undefined): void => {
    if (option && safeClick(listbox)) safeClick(option);
  };
  return {
    info,
    el: listbox,
    isEmpty: () => selected() === undefined,
    canWrite(value) {
      const option = value.kind === "options" ? options.find((o) => o.text === value.options[0]) : undefined;
      return option !== undefined && !clickIsUnsafe(listbox) && !clickIsUnsafe(option.el);
    },
    apply(value) {
      if (value.kind !== "options") return undefined;
      const option = options.find((o) => o.text === value.options[0]);
      if (!option || clickIsUnsafe(listbox) || clickIsUnsafe(option.el)) return undefined;
      const before = selected()?.el ?? placeholder;
      choose(option.el);
      return () => choose(before);
    },
    holds: (value) => value.kind === "options" && selected()?.text === value.options[0],
  };
}
