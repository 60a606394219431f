// HtmlService: outputs, files (the .html beside Code.js) and templates with scriptlets:
// <? code ?>, <?= printed, escaped ?>, <?!= printed raw ?>.
import vm from "node:vm";
import { MemoryBlob } from "./blob";
import { KIND, OPEN_FIELDS, rawOf, type Service, serviceList } from "./counting";
import type { Realm } from "./realm";

export const SandboxMode = Object.freeze({ EMULATED: "EMULATED", IFRAME: "IFRAME", NATIVE: "NATIVE" });
export const XFrameOptionsMode = Object.freeze({ ALLOWALL: "ALLOWALL", DEFAULT: "DEFAULT" });

export interface HtmlEnv {
  realm: Realm;
  /** HTML files by name without ".html". */
  files: Map<string, string>;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Printing inside <script>: a JavaScript literal that cannot close the script element. */
function scriptLiteral(value: unknown): string {
  const json = JSON.stringify(value === undefined ? null : value) ?? "null";
  return json.replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

class MemoryMetaTag implements Service {
  readonly [KIND] = "HtmlOutputMetaTag";
  constructor(
    private readonly name: string,
    private readonly content: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getContent(): string {
    return this.content;
  }
}

export class MemoryHtmlOutput implements Service {
  readonly [KIND] = "HtmlOutput";
  title = "";
  width: number | null = null;
  height: number | null = null;
  sandboxMode: string = SandboxMode.IFRAME;
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  faviconUrl = "";
  readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(
    private readonly env: HtmlEnv,
    public content = "",
  ) {}

  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.content += escapeHtml(String(addedContent));
    return this;
  }
  clear(): this {
    this.content = "";
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getWidth(): number {
    return this.width ?? 0;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getHeight(): number {
    return this.height ?? 0;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  setSandboxMode(mode: string): this {
    this.sandboxMode = String(mode);
    return this;
  }
  setXFrameOptionsMode(mode: string): this {
    this.xFrameOptionsMode = String(mode);
    return this;
  }
  setFaviconUrl(iconUrl: string): this {
    this.faviconUrl = String(iconUrl);
    return this;
  }
  getFaviconUrl(): string {
    return this.faviconUrl;
  }
  addMetaTag(name: string, content: string): this {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
  getMetaTags(): MemoryMetaTag[] {
    return serviceList(this.env.realm.array(this.metaTags.map((t) => new MemoryMetaTag(t.name, t.content))));
  }
  asTemplate(): MemoryHtmlTemplate {
    return new MemoryHtmlTemplate(this.env, this.content);
  }
  getBlob(): MemoryBlob {
    return new MemoryBlob(this.env.realm, this.content, "text/html", this.title || null);
  }
  getAs(contentType: string): MemoryBlob {
    return this.getBlob().setContentType(contentType);
  }
  toString(): string {
    return "HtmlOutput";
  }
}

/** Compiles a template into the body of a function(__data, __print, __raw) run with `with (__data)`. */
export function compileTemplate(source: string): string {
  const lines: string[] = ["var __out = [];"];
  const scriptlet = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let seen = "";
  let last = 0;
  for (let match = scriptlet.exec(source); match; match = scriptlet.exec(source)) {
    const text = source.slice(last, match.index);
    seen += text;
    if (text) lines.push(`__out.push(${JSON.stringify(text)});`);
    const code = match[2]!.trim();
    if (match[1] === "!=") lines.push(`__out.push(__raw(${code}));`);
    else if (match[1] === "=") {
      const inScript = seen.toLowerCase().lastIndexOf("<script") > seen.toLowerCase().lastIndexOf("</script");
      lines.push(`__out.push(__print(${code}, ${inScript}));`);
    } else lines.push(code);
    last = match.index + match[0].length;
  }
  const rest = source.slice(last);
  if (rest) lines.push(`__out.push(${JSON.stringify(rest)});`);
  lines.push('return __out.join("");');
  return lines.join("\n");
}

export class MemoryHtmlTemplate implements Service {
  readonly [KIND] = "HtmlTemplate";
  readonly [OPEN_FIELDS] = true;
  readonly #env: HtmlEnv;
  readonly #source: string;

  constructor(env: HtmlEnv, source: string) {
    this.#env = env;
    this.#source = source;
  }

  getRawContent(): string {
    return this.#source;
  }
  getCode(): string {
    return compileTemplate(this.#source);
  }
  getCodeWithComments(): string {
    return this.getCode();
  }
  /** Runs the scriptlets in the add-on's realm: they see the template's fields and the add-on's functions. */
  evaluate(): MemoryHtmlOutput {
    const { realm } = this.#env;
    const data = realm.object(Object.fromEntries(Object.entries(this)));
    const run = vm.runInContext(
      `(function (__data, __print, __raw) { with (__data) { ${this.getCode()} } })`,
      realm.context,
    ) as (
      data: object,
      print: (value: unknown, inScript: boolean) => string,
      raw: (value: unknown) => string,
    ) => string;
    const print = (value: unknown, inScript: boolean) =>
      inScript
        ? scriptLiteral(value)
        : escapeHtml(value === null || value === undefined ? "" : String(value));
    const raw = (value: unknown) => (value === null || value === undefined ? "" : String(value));
    return new MemoryHtmlOutput(this.#env, run(data, print, raw));
  }
  toString(): string {
    return "HtmlTemplate";
  }
}

export class MemoryHtmlService implements Service {
  readonly [KIND] = "HtmlService";

  constructor(private readonly env: HtmlEnv) {}

  get SandboxMode() {
    return SandboxMode;
  }
  get XFrameOptionsMode() {
    return XFrameOptionsMode;
  }

  #file(filename: string): string {
    const name = String(filename).replace(/\.html$/, "");
    const content = this.env.files.get(name);
    if (content === undefined) throw this.env.realm.error(`No HTML file named ${name} was found.`);
    return content;
  }
  #text(source: unknown): string {
    if (source === undefined || source === null) return "";
    const raw = rawOf(source);
    if (typeof raw === "object" && raw !== null && "getDataAsString" in raw) {
      return (raw as MemoryBlob).getDataAsString();
    }
    return String(source);
  }

  createHtmlOutput(html?: unknown): MemoryHtmlOutput {
    return new MemoryHtmlOutput(this.env, this.#text(html));
  }
  createHtmlOutputFromFile(filename: string): MemoryHtmlOutput {
    return new MemoryHtmlOutput(this.env, this.#file(filename));
  }
  createTemplate(html: unknown): MemoryHtmlTemplate {
    return new MemoryHtmlTemplate(this.env, this.#text(html));
  }
  createTemplateFromFile(filename: string): MemoryHtmlTemplate {
    return new MemoryHtmlTemplate(this.env, this.#file(filename));
  }
  getUserAgent(): string {
    return "Mozilla/5.0 (sheets-runtime)";
  }
  toString(): string {
    return "HtmlService";
  }
}
