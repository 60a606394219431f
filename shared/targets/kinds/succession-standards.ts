// Planned people fit their post: every person a unit plans for the terms asked meets the standard
// of the post at the unit's level (age at the term's first and last day, education, political
// theory; sheet "Tiêu chuẩn chức danh"). A person whose birth date or level is not known leaves the
// unit unknown.
import { plannedFindings } from "../../succession/check";
import { column } from "../../templates/column";
import { term } from "../../vocabulary";
import { z } from "../../zod";
import { type Judge, NO, UNKNOWN, YES } from "../judging";
import { type FieldProblem, needs, type RequirementKind } from "./kind";

const schema = z.object({ kind: z.literal("successionStandards"), terms: z.array(term).min(1) });
export type SuccessionStandardsRequirement = z.infer<typeof schema>;

const choiceLabel = "Người quy hoạch đạt tiêu chuẩn";
const fails = new Set(["tooOldFirst", "agesOut", "education", "politicalTheory"]);

export const successionStandards: RequirementKind<SuccessionStandardsRequirement> = {
  schema,
  subjects: ["units"],
  choices: { successionStandards: choiceLabel },
  columns: [
    column(
      "terms",
      "Nhiệm kỳ",
      "choiceList",
      false,
      "Với yêu cầu có quy hoạch, ví dụ: 2025–2030; 2030–2035.",
    ),
  ],
  toRow: (r) => ({ choice: "successionStandards", cells: { terms: r.terms } }),
  fromRow(_choice, cells) {
    const rawTerms = cells.terms as string[] | undefined;
    if (!rawTerms) return [needs("terms", choiceLabel)];
    const terms: string[] = [];
    const problems: FieldProblem[] = [];
    for (const text of rawTerms) {
      const parsed = term.safeParse(text);
      if (parsed.success) terms.push(parsed.data);
      else problems.push({ key: "terms", message: `"${text}" không phải nhiệm kỳ (dạng 2025–2030)` });
    }
    return problems.length ? problems : { kind: "successionStandards", terms };
  },
  judge(r, { index, options }): Judge {
    const findings = plannedFindings(index.data, { ageRule: options.ageRule ?? "year" });
    const asked = findings.filter((f) => f.term !== undefined && r.terms.includes(f.term));
    const noStandards = (index.data.absent ?? []).includes("standards");
    const verdicts = index.units.map((unit) => {
      if (unit.name === undefined)
        return { verdict: UNKNOWN, reason: unit.invalid?.name ?? "đơn vị chưa có tên" } as const;
      if (noStandards) return { verdict: UNKNOWN, reason: 'chưa có trang "Tiêu chuẩn chức danh"' } as const;
      const mine = asked.filter((f) => index.key(f.unit) === index.key(unit.name!));
      const failing = mine.filter((f) => fails.has(f.kind));
      const who = (f: (typeof mine)[number]) => `${f.who?.name ?? ""}: ${f.reason}`;
      if (failing.length) return { verdict: NO, reason: failing.map(who).join("; ") } as const;
      const missing = mine.filter((f) => f.kind === "missingData");
      if (missing.length) return { verdict: UNKNOWN, reason: missing.map(who).join("; ") } as const;
      return { verdict: YES, reason: "" } as const;
    });
    return { verdict: (u) => verdicts[u]!.verdict, reason: (u) => verdicts[u]!.reason };
  },
};
