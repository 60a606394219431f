// Building UI with text nodes only: payload text never goes through innerHTML.

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return el;
}

export function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Thiếu phần tử #${id}`);
  return el as T;
}

/** A status line: kind drives the colour. */
export function showStatus(el: HTMLElement, text: string, kind: "info" | "ok" | "error" = "info"): void {
  el.textContent = text;
  el.dataset.kind = kind;
}

/** "2025-08-01T09:30:00+07:00" → "01/08/2025 09:30" (as written, no time-zone shift). */
export function formatStamp(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  const time = iso.slice(11, 16);
  return `${d}/${m}/${y}${time ? ` ${time}` : ""}`;
}

/** The given nodes without the conditional blanks (null, undefined, false). */
export function present<T>(items: Array<T | null | undefined | false>): T[] {
  return items.filter((item): item is T => item !== null && item !== undefined && item !== false);
}
