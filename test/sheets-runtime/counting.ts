// Call counting: the add-on sees every service object through a Proxy that counts each method
// call as "Kind.method" (e.g. "Range.getValues"). Test code holding the raw objects counts nothing.

/** Each service class names its kind, as Apps Script's toString() does ("Range", "Sheet"…). */
export const KIND = Symbol("apps-script-kind");

export interface Service {
  readonly [KIND]: string;
}

export interface CallCounts {
  total: number;
  byMethod: Record<string, number>;
}

/** Decides, per call, whether it is allowed (AuthMode.NONE forbids most services). */
export type CallGuard = (kind: string, method: string) => void;

/** Marks objects whose own string-keyed fields belong to the script (template.data = …). */
export const OPEN_FIELDS = Symbol("open-fields");

const rawByProxy = new WeakMap<object, object>();
const proxyByRaw = new WeakMap<object, object>();
const serviceLists = new WeakSet<object>();
/** Names never counted: they are JavaScript plumbing, not Apps Script calls. */
const PLUMBING = new Set(["constructor", "toString", "valueOf", "toJSON"]);

function isService(value: unknown): value is Service {
  return typeof value === "object" && value !== null && KIND in value;
}

/** Marks an array (flat or 2-D) whose items are service objects, so the proxy wraps them. */
export function serviceList<T extends unknown[]>(list: T): T {
  serviceLists.add(list);
  return list;
}

/** The raw object behind a proxy (or the value itself). */
export function rawOf<T>(value: T): T {
  if (typeof value === "object" && value !== null) return (rawByProxy.get(value) as T | undefined) ?? value;
  return value;
}

export class CallCounter {
  readonly counts: CallCounts = { total: 0, byMethod: {} };
  constructor(private readonly guard: CallGuard) {}

  reset(): void {
    this.counts.total = 0;
    this.counts.byMethod = {};
  }

  /** The counting face of a service object (stable: one proxy per object). */
  expose<T>(value: T): T {
    if (isService(value)) return this.proxyOf(value) as T;
    if (Array.isArray(value) && serviceLists.has(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.expose(value[i]);
    }
    return value;
  }

  private proxyOf(target: Service): object {
    const known = proxyByRaw.get(target);
    if (known) return known;
    const counter = this;
    const proxy = new Proxy(target, {
      get(object, property) {
        const value = Reflect.get(object, property, object);
        if (typeof property === "symbol") return value;
        if (typeof value !== "function") {
          // Own data fields are the runtime's internals; only prototype getters (enums) show,
          // except on objects whose own fields are the script's (HtmlTemplate variables).
          return Object.hasOwn(object, property) && !(OPEN_FIELDS in object) ? undefined : value;
        }
        if (property.startsWith("_")) return undefined;
        if (PLUMBING.has(property)) return value.bind(object);
        return function counted(...args: unknown[]) {
          const name = `${object[KIND]}.${property}`;
          counter.guard(object[KIND], property);
          counter.counts.total++;
          counter.counts.byMethod[name] = (counter.counts.byMethod[name] ?? 0) + 1;
          return counter.expose(value.apply(object, args.map(rawOf)));
        };
      },
    });
    proxyByRaw.set(target, proxy);
    rawByProxy.set(proxy, target);
    return proxy;
  }
}
