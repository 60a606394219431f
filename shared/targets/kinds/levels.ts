// Levels: a cadre's education, political theory or language level is at least the one asked. One
// module makes the three kinds: they differ only in their scale, labels and wording.
import { educationLabels, languageLevelLabels, politicalTheoryLabels } from "../../labels";
import { column } from "../../templates/column";
import { remembering } from "../../text";
import { educationLevels, languageLevels, politicalTheoryLevels } from "../../vocabulary";
import { z } from "../../zod";
import { educationReason, languageReason, politicalTheoryReason } from "../format";
import { INVALID, type Judge, NO, UNKNOWN, YES } from "../judging";
import type { CadreTable } from "../plan-index";
import { needs, type RequirementKind } from "./kind";

/** Options of "Mức tối thiểu": every level label once; the requirement says which scale applies. */
const minimumLevelOptions = [
  ...new Set([
    ...Object.values(educationLabels),
    ...Object.values(politicalTheoryLabels),
    ...Object.values(languageLevelLabels),
  ]),
];

const minLevelColumn = column(
  "minLevel",
  "Mức tối thiểu",
  "choice",
  false,
  "Với yêu cầu trình độ, lý luận, ngoại ngữ.",
  {
    options: minimumLevelOptions,
  },
);

function levelKind<K extends "education" | "politicalTheory" | "languageLevel", L extends string>(
  kind: K,
  levels: readonly [L, ...L[]],
  labels: Record<L, string>,
  choiceLabel: string,
  /** "chưa ghi trình độ chuyên môn" */
  missing: string,
  reason: (has: L, min: L) => string,
  codes: (cadres: CadreTable) => Uint8Array,
): RequirementKind<{ kind: K; min: L }> {
  const schema = z.object({ kind: z.literal(kind), min: z.enum(levels) }) as unknown as z.ZodType<{
    kind: K;
    min: L;
  }>;
  const byLabel = new Map(levels.map((level) => [labels[level].toLowerCase(), level]));
  return {
    schema,
    subjects: ["cadres"],
    choices: { [kind]: choiceLabel },
    columns: [minLevelColumn],
    toRow: (r) => ({ choice: kind, cells: { minLevel: labels[r.min] } }),
    fromRow(_choice, cells) {
      const label = cells.minLevel as string | undefined;
      if (label === undefined) return [needs("minLevel", choiceLabel)];
      const min = byLabel.get(label.toLowerCase());
      if (min === undefined) {
        const allowed = levels.map((level) => labels[level]).join(", ");
        return [{ key: "minLevel", message: `"${label}" không phải mức của "${choiceLabel}" (${allowed})` }];
      }
      return { kind, min };
    },
    judge(r, { index }): Judge {
      const { cadres } = index;
      const code = codes(cadres);
      const wanted = levels.indexOf(r.min) + 1;
      const short = remembering((has: number) => reason(levels[has - 1]!, r.min));
      return {
        verdict(k) {
          const has = code[k]!;
          if (has === 0 || has === INVALID) return UNKNOWN;
          return has >= wanted ? YES : NO;
        },
        reason(k) {
          const has = code[k]!;
          if (has === 0) return missing;
          if (has === INVALID) return cadres.records[k]!.invalid![kind]!;
          return short(has);
        },
      };
    },
  };
}

export const education = levelKind(
  "education",
  educationLevels,
  educationLabels,
  "Trình độ chuyên môn tối thiểu",
  "chưa ghi trình độ chuyên môn",
  educationReason,
  (c) => c.education,
);

export const politicalTheory = levelKind(
  "politicalTheory",
  politicalTheoryLevels,
  politicalTheoryLabels,
  "Lý luận chính trị tối thiểu",
  "chưa ghi trình độ lý luận chính trị",
  politicalTheoryReason,
  (c) => c.politicalTheory,
);

export const languageLevel = levelKind(
  "languageLevel",
  languageLevels,
  languageLevelLabels,
  "Ngoại ngữ tối thiểu",
  "chưa ghi trình độ ngoại ngữ",
  languageReason,
  (c) => c.languageLevel,
);
