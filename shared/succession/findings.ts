// How the succession check's findings are shown: what each kind is called, in which order they are
// listed (unit by unit, in the order of the units sheet, then person by person), and how many of
// each kind there are. Used by the result sheet, the sidebar and the report to send up.
import { postLabels } from "../labels";
import type { Post, Unit } from "../model";
import { comparePersonNames, nameKey } from "../text";
import { type Finding, type FindingKind, findingKinds, type SuccessionCheck } from "./check";

/** Short Vietnamese names of the kinds, as a column or a count says them. */
export const findingKindLabels: Record<FindingKind, string> = {
  tooOldFirst: "Quá tuổi lần đầu giữ chức",
  agesOut: "Quá tuổi trước khi hết nhiệm kỳ",
  education: "Chưa đạt trình độ chuyên môn",
  politicalTheory: "Chưa đạt lý luận chính trị",
  tooFewCandidates: "Chưa đủ người quy hoạch",
  tooManyPosts: "Quy hoạch quá 3 chức danh",
  holderAgesOut: "Đang giữ chức, quá tuổi trong nhiệm kỳ",
  missingData: "Thiếu dữ liệu",
};

/** The kind of a label as the result sheet writes it (reading the sheet back). */
export function findingKindOf(label: string): FindingKind | undefined {
  return findingKinds.find((kind) => findingKindLabels[kind] === label.trim());
}

/**
 * Unit by unit (units sheet order, then other names as they come), within a unit what is about
 * the unit itself first, then person by person; a person's findings in the order of the check.
 */
export function sortFindings(findings: readonly Finding[], units: readonly Unit[]): Finding[] {
  const rank = new Map<string, number>();
  units.forEach((unit, i) => {
    if (unit.name && !rank.has(nameKey(unit.name))) rank.set(nameKey(unit.name), i);
  });
  const rankOf = (name: string) => {
    const key = nameKey(name);
    if (!rank.has(key)) rank.set(key, rank.size + units.length);
    return rank.get(key)!;
  };
  return findings
    .map((finding, order) => ({ finding, order, unit: rankOf(finding.unit) }))
    .sort((a, b) => {
      if (a.unit !== b.unit) return a.unit - b.unit;
      const aWho = a.finding.who?.name;
      const bWho = b.finding.who?.name;
      if (!aWho || !bWho) return aWho ? 1 : bWho ? -1 : a.order - b.order;
      return comparePersonNames(aWho, bWho) || a.order - b.order;
    })
    .map((entry) => entry.finding);
}

/** How many findings of each kind, kinds in their order, only those found. */
export function findingCounts(findings: readonly Finding[]): Array<{ kind: FindingKind; count: number }> {
  return findingKinds
    .map((kind) => ({ kind, count: findings.filter((f) => f.kind === kind).length }))
    .filter((entry) => entry.count > 0);
}

/** "Quá tuổi lần đầu giữ chức: 1 · Chưa đủ người quy hoạch: 4 (11 vấn đề)", or that there is none. */
export function findingCountsText(findings: readonly Finding[]): string {
  if (findings.length === 0) return "Không có vấn đề nào.";
  const parts = findingCounts(findings).map(({ kind, count }) => `${findingKindLabels[kind]}: ${count}`);
  return `${parts.join(" · ")} (${findings.length} vấn đề)`;
}

/** "Bí thư 2030–2035": the post and term a finding is about. */
export function findingPost(finding: Finding): string {
  return [finding.post ? postLabels[finding.post] : "", finding.term ?? ""].filter(Boolean).join(" ");
}

/** For each key post of the next term: the units that must plan for it, and those with enough people. */
export function depthByPost(
  depth: SuccessionCheck["depth"],
): Array<{ post: Post; term: string; units: number; enough: number; short: string[] }> {
  const posts = [...new Set(depth.map((d) => d.post))];
  return posts.map((post) => {
    const rows = depth.filter((d) => d.post === post);
    return {
      post,
      term: rows[0]!.term,
      units: rows.length,
      enough: rows.filter((d) => d.candidates >= d.needed).length,
      short: rows.filter((d) => d.candidates < d.needed).map((d) => d.unit),
    };
  });
}
