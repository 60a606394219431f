// What the succession kinds share on the targets sheet: the columns of posts and terms, and reading
// them back; and the one form terms are compared in.
import { postLabels } from "../../labels";
import { choiceOf, column } from "../../templates/column";
import { type Post, term } from "../../vocabulary";
import { type FieldProblem, needs } from "./kind";

export const postsColumn = column(
  "successionPosts",
  "Chức danh quy hoạch",
  "choiceList",
  false,
  "Với yêu cầu có quy hoạch.",
  {
    ...choiceOf(postLabels),
    width: 200,
  },
);

export const termsColumn = column(
  "terms",
  "Nhiệm kỳ",
  "choiceList",
  false,
  "Với yêu cầu có quy hoạch, ví dụ: 2025–2030; 2030–2035.",
);

/** Terms compare in one form: "2022 - 2027" and "2022–2027" are one term. */
export const termKey = (t: string | undefined): string | undefined => t?.trim().replace(/\s*[-–—]\s*/, "–");

/** The terms of a row (each checked), and, when asked, its posts; with what is missing or wrong. */
export function readTerms(
  cells: Readonly<Record<string, unknown>>,
  choiceLabel: string,
  withPosts: boolean,
): { posts?: Post[]; terms: string[]; problems: FieldProblem[] } {
  const posts = cells.successionPosts as Post[] | undefined;
  const rawTerms = cells.terms as string[] | undefined;
  const problems: FieldProblem[] = [];
  if (withPosts && !posts) problems.push(needs("successionPosts", choiceLabel));
  if (!rawTerms) problems.push(needs("terms", choiceLabel));
  const terms: string[] = [];
  for (const text of rawTerms ?? []) {
    const parsed = term.safeParse(text);
    if (parsed.success) terms.push(parsed.data);
    else problems.push({ key: "terms", message: `"${text}" không phải nhiệm kỳ (dạng 2025–2030)` });
  }
  return { ...(posts ? { posts } : {}), terms, problems };
}
