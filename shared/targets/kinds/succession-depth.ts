// Enough people planned: for each post × term asked, the unit has at least `minCandidates` distinct
// people planned (not removed). A row whose post, term or status was left blank or not valid may
// be one of them: the unit is then unknown rather than short.
import { postLabels } from "../../labels";
import { choiceOf, column } from "../../templates/column";
import { nameKey } from "../../text";
import { posts, term } from "../../vocabulary";
import { z } from "../../zod";
import { type Judge, NO, UNKNOWN, YES } from "../judging";
import { type FieldProblem, needs, type RequirementKind } from "./kind";

const schema = z.object({
  kind: z.literal("successionDepth"),
  posts: z.array(z.enum(posts)).min(1),
  terms: z.array(term).min(1),
  minCandidates: z.number().int().min(1),
});
export type SuccessionDepthRequirement = z.infer<typeof schema>;

const choiceLabel = "Đủ người quy hoạch chức danh";

export const successionDepth: RequirementKind<SuccessionDepthRequirement> = {
  schema,
  subjects: ["units"],
  choices: { successionDepth: choiceLabel },
  columns: [
    column("successionPosts", "Chức danh quy hoạch", "choiceList", false, "Với yêu cầu có quy hoạch.", {
      ...choiceOf(postLabels),
      width: 200,
    }),
    column(
      "terms",
      "Nhiệm kỳ",
      "choiceList",
      false,
      "Với yêu cầu có quy hoạch, ví dụ: 2025–2030; 2030–2035.",
    ),
    column(
      "minCandidates",
      "Số người quy hoạch tối thiểu",
      "integer",
      false,
      "Với yêu cầu đủ người quy hoạch: số người tối thiểu cho mỗi chức danh, mỗi nhiệm kỳ; mặc định 2.",
    ),
  ],
  toRow: (r) => ({
    choice: "successionDepth",
    cells: { successionPosts: r.posts, terms: r.terms, minCandidates: r.minCandidates },
  }),
  fromRow(_choice, cells) {
    const chosen = cells.successionPosts as SuccessionDepthRequirement["posts"] | undefined;
    const rawTerms = cells.terms as string[] | undefined;
    const minCandidates = (cells.minCandidates as number | undefined) ?? 2;
    const problems: FieldProblem[] = [];
    if (!chosen) problems.push(needs("successionPosts", choiceLabel));
    if (!rawTerms) problems.push(needs("terms", choiceLabel));
    if (minCandidates < 1)
      problems.push({ key: "minCandidates", message: "số người tối thiểu phải từ 1 trở lên" });
    const terms: string[] = [];
    for (const text of rawTerms ?? []) {
      const parsed = term.safeParse(text);
      if (parsed.success) terms.push(parsed.data);
      else problems.push({ key: "terms", message: `"${text}" không phải nhiệm kỳ (dạng 2025–2030)` });
    }
    return chosen && problems.length === 0
      ? { kind: "successionDepth", posts: chosen, terms, minCandidates }
      : problems;
  },
  judge(r, { index }): Judge {
    const verdicts = index.units.map((unit) => {
      if (unit.name === undefined)
        return { verdict: UNKNOWN, reason: unit.invalid?.name ?? "đơn vị chưa có tên" } as const;
      const entries = (index.successionsByUnit.get(index.key(unit.name)) ?? []).filter(
        (e) => e.status !== "removed",
      );
      const short: string[] = [];
      const unsure: string[] = [];
      for (const t of r.terms) {
        for (const post of r.posts) {
          const termOf = (e: { term?: string }) => e.term?.replace(/\s*[-–—]\s*/, "–");
          const sure = new Set(
            entries
              .filter((e) => e.status !== undefined && e.post === post && termOf(e) === t)
              .map((e) => nameKey(e.cadreId ?? `#${e.row}`)),
          );
          if (sure.size >= r.minCandidates) continue;
          const maybe = entries.filter(
            (e) =>
              (e.post === undefined || e.post === post) &&
              (e.term === undefined || termOf(e) === t) &&
              (e.post === undefined || e.term === undefined || e.status === undefined),
          ).length;
          const text = `${sure.size === 0 ? "chưa có ai" : `chỉ có ${sure.size} người`} được quy hoạch ${postLabels[post]} nhiệm kỳ ${t} (cần ${r.minCandidates})`;
          (sure.size + maybe >= r.minCandidates ? unsure : short).push(text);
        }
      }
      if (short.length) return { verdict: NO, reason: short.join("; ") } as const;
      if (unsure.length)
        return {
          verdict: UNKNOWN,
          reason: `${unsure.join("; ")}; có dòng quy hoạch chưa rõ chức danh, nhiệm kỳ hoặc tình trạng`,
        } as const;
      return { verdict: YES, reason: "" } as const;
    });
    return { verdict: (u) => verdicts[u]!.verdict, reason: (u) => verdicts[u]!.reason };
  },
};
