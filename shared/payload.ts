// The document the add-on exports and the extension imports to fill forms.
import { z } from "./zod";

export const PAYLOAD_FORMAT = "cadre-plan-autofill";
export const PAYLOAD_VERSION = 1;

export const fieldTypes = ["text", "number", "date", "choice", "choices", "boolean"] as const;
export type FieldType = (typeof fieldTypes)[number];

const base = {
  /** Stable key, e.g. "unit.name", "cadre.dateOfBirth", "target.T01.percent". */
  key: z.string().min(1),
  /** The label a form would use for it, in Vietnamese. */
  label: z.string().min(1),
  /** Other labels forms use for the same thing. */
  aliases: z.array(z.string()).default([]),
};

export const PayloadFieldSchema = z.discriminatedUnion("type", [
  z.object({ ...base, type: z.literal("text"), value: z.string() }),
  z.object({ ...base, type: z.literal("number"), value: z.number() }),
  z.object({
    ...base,
    type: z.literal("date"),
    value: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ngày phải có dạng yyyy-mm-dd"),
  }),
  z.object({ ...base, type: z.literal("choice"), value: z.string() }),
  z.object({ ...base, type: z.literal("choices"), value: z.array(z.string()) }),
  z.object({ ...base, type: z.literal("boolean"), value: z.boolean() }),
]);
export type PayloadField = z.infer<typeof PayloadFieldSchema>;

export const ProfileSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(["unit", "cadre"]),
  title: z.string().min(1),
  fields: z.array(PayloadFieldSchema),
  /** Values left out because their cells in the sheet were not valid: the label and why. */
  omitted: z.array(z.object({ label: z.string().min(1), reason: z.string().min(1) })).optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const PayloadSchema = z
  .object({
    format: z.literal(PAYLOAD_FORMAT),
    version: z.literal(PAYLOAD_VERSION),
    exportedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T/, "exportedAt phải là thời điểm ISO 8601"),
    source: z.string().min(1),
    profiles: z.array(ProfileSchema).min(1),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    for (const [i, profile] of p.profiles.entries()) {
      if (seen.has(profile.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["profiles", i, "id"],
          message: `trùng mã hồ sơ "${profile.id}"`,
        });
      }
      seen.add(profile.id);
    }
  });
export type Payload = z.infer<typeof PayloadSchema>;

/** Validate a payload given as text; Vietnamese messages naming where it is wrong. */
export function parsePayload(json: string): { ok: true; payload: Payload } | { ok: false; errors: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, errors: ["Dữ liệu không phải JSON hợp lệ."] };
  }
  const parsed = PayloadSchema.safeParse(raw);
  if (parsed.success) return { ok: true, payload: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.slice(0, 10).map((issue) => {
      const where = issue.path.length ? issue.path.join(".") : "(gốc)";
      return `${where}: ${issue.message}`;
    }),
  };
}
