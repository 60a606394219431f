// Succession: a unit has someone planned (not removed) for every post × term asked. An entry whose
// post, term or status cell was left blank or not valid may be the one missing: the unit is then
// unknown rather than short.

import { postLabels } from "../../labels";
import type { SuccessionEntry } from "../../model";
import { posts, term } from "../../vocabulary";
import { z } from "../../zod";
import { successionReason } from "../format";
import { type Judge, NO, UNKNOWN, YES } from "../judging";
import type { RequirementKind } from "./kind";
import { postsColumn, readTerms, termKey, termsColumn } from "./succession-columns";

const schema = z.object({
  kind: z.literal("succession"),
  posts: z.array(z.enum(posts)).min(1),
  terms: z.array(term).min(1),
});
export type SuccessionRequirement = z.infer<typeof schema>;

const choiceLabel = "Có quy hoạch";

/** For each post × term asked: planned, maybe (an entry not fully known could fill it), or missing. */
export function successionGaps(
  entries: readonly SuccessionEntry[],
  r: Pick<SuccessionRequirement, "posts" | "terms">,
): { missing: Array<{ post: SuccessionRequirement["posts"][number]; term: string }>; doubtful: string[] } {
  const live = entries.filter((e) => e.status !== "removed");
  const missing: Array<{ post: SuccessionRequirement["posts"][number]; term: string }> = [];
  const doubtful: string[] = [];
  for (const t of r.terms) {
    for (const post of r.posts) {
      const known = live.some(
        (e) => e.status !== undefined && e.post === post && termKey(e.term) === termKey(t),
      );
      if (known) continue;
      const maybe = live.find(
        (e) =>
          (e.post === undefined || e.post === post) &&
          (e.term === undefined || termKey(e.term) === termKey(t)) &&
          (e.post === undefined || e.term === undefined || e.status === undefined),
      );
      if (maybe) {
        const why = maybe.invalid
          ? Object.values(maybe.invalid).join("; ")
          : `dòng ${maybe.row} chưa đủ thông tin`;
        doubtful.push(`chưa rõ quy hoạch ${postLabels[post]} nhiệm kỳ ${t}: ${why}`);
      } else missing.push({ post, term: t });
    }
  }
  return { missing, doubtful };
}

export const succession: RequirementKind<SuccessionRequirement> = {
  schema,
  subjects: ["units"],
  choices: { succession: choiceLabel },
  columns: [postsColumn, termsColumn],
  toRow: (r) => ({ choice: "succession", cells: { successionPosts: r.posts, terms: r.terms } }),
  fromRow(_choice, cells) {
    const { posts: chosen, terms, problems } = readTerms(cells, choiceLabel, true);
    return chosen && problems.length === 0 ? { kind: "succession", posts: chosen, terms } : problems;
  },
  judge(r, { index }): Judge {
    const verdicts = index.units.map((unit) => {
      if (unit.name === undefined) {
        return { verdict: UNKNOWN, reason: unit.invalid?.name ?? "đơn vị chưa có tên" } as const;
      }
      const { missing, doubtful } = successionGaps(
        index.successionsByUnit.get(index.key(unit.name)) ?? [],
        r,
      );
      if (missing.length > 0) return { verdict: NO, reason: successionReason(missing) } as const;
      if (doubtful.length > 0) return { verdict: UNKNOWN, reason: doubtful.join("; ") } as const;
      return { verdict: YES, reason: "" } as const;
    });
    return { verdict: (u) => verdicts[u]!.verdict, reason: (u) => verdicts[u]!.reason };
  },
};
