// Submission: a unit sent the document asked (on time, when asked so). A unit's rows of the
// submissions sheet are its submissions of the document: one verdict per unit, whatever the number
// of rows. A row is of the document when its title holds the words asked in their order ("Kế hoạch
// công tác cán bộ" takes "Kế hoạch thực hiện công tác cán bộ Đoàn – Hội – Đội năm 2023"), and is
// due within the target's period. The deadline is the requirement's when it has one, else the row's.
import { formatDate } from "../../dates";
import type { Submission } from "../../model";
import { column } from "../../templates/column";
import { fold } from "../../text";
import { isoDate } from "../../vocabulary";
import { z } from "../../zod";
import { lateReason, notSubmittedReason } from "../format";
import { type Judge, NO, UNKNOWN, YES } from "../judging";
import { needs, type RequirementKind } from "./kind";

const schema = z.object({
  kind: z.literal("submission"),
  document: z.string().trim().min(1),
  onTime: z.boolean(),
  /** The deadline every unit has; without it, each row's own. */
  deadline: isoDate.optional(),
});
export type SubmissionRequirement = z.infer<typeof schema>;

const choices = { submission: "Nộp văn bản", submissionOnTime: "Nộp văn bản đúng hạn" } as const;

/** Short forms staff write in document titles. */
const abbreviations: Record<string, string> = {
  kh: "ke hoach",
  bc: "bao cao",
  ctcb: "cong tac can bo",
  cb: "can bo",
  dhd: "doan hoi doi",
};

function words(title: string): string[] {
  return fold(title)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .flatMap((w) => (abbreviations[w] ?? w).split(" "));
}

/** Whether `title` holds every word of `wanted`, in the same order (other words between them allowed). */
export function documentMatches(wanted: string, title: string): boolean {
  const want = words(wanted);
  const have = words(title);
  let at = 0;
  for (const word of have) if (word === want[at]) at++;
  return at === want.length && want.length > 0;
}

/** The unit's rows of the document due in the period, each with the deadline it is held to. */
export function rowsOfDocument(
  submissions: readonly Submission[],
  r: SubmissionRequirement,
  period: { from: string; to: string },
): Array<{ row: Submission; deadline?: string }> {
  return submissions.flatMap((row) => {
    if (row.document === undefined || !documentMatches(r.document, row.document)) return [];
    const deadline = r.deadline ?? row.deadline;
    if (deadline !== undefined && !(period.from <= deadline && deadline <= period.to)) return [];
    return [{ row, deadline }];
  });
}

/** Where a unit stands with a document. */
export type SubmissionState = "onTime" | "late" | "missing" | "notDue" | "unsure";

export interface SubmissionStanding {
  state: SubmissionState;
  /** The deadline held to (the latest of the rows when they differ), if one is known. */
  deadline?: string;
  /** The receipt that decides: the first on time, else the first late one. */
  received?: string;
  /** Days after the deadline: to the receipt when late; to today or the end of the period when missing. */
  daysLate: number;
  /** Vietnamese: why it is late, missing, not due or unsure (empty when on time). */
  reason: string;
}

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * Where a unit stands, from its rows of the document (rowsOfDocument): on time if one row was
 * received by its deadline; late if all were received after; unsure if a row's receipt or deadline
 * cell was not valid; else missing once the deadline has passed, not due before.
 */
export function submissionStanding(
  rows: ReadonlyArray<{ row: Submission; deadline?: string }>,
  document: string,
  today: string,
  periodEnd: string,
  /** The deadline the requirement gives every unit, if any. */
  askedDeadline?: string,
): SubmissionStanding {
  const received = rows
    .filter((x) => x.row.received !== undefined)
    .sort((a, b) => (a.row.received! < b.row.received! ? -1 : a.row.received! > b.row.received! ? 1 : 0));
  const onTime = received.find((x) => x.deadline !== undefined && x.row.received! <= x.deadline);
  if (onTime)
    return {
      state: "onTime",
      deadline: onTime.deadline,
      received: onTime.row.received,
      daysLate: 0,
      reason: "",
    };
  // A row whose receipt or deadline cell was not valid may be the one on time.
  const doubtful = rows.find(
    (x) =>
      x.row.invalid?.received !== undefined ||
      (x.deadline === undefined && x.row.invalid?.deadline !== undefined),
  );
  if (doubtful) {
    const reason = doubtful.row.invalid?.received ?? doubtful.row.invalid?.deadline ?? "";
    return { state: "unsure", daysLate: 0, reason };
  }
  const deadlines = rows.flatMap((x) => (x.deadline ? [x.deadline] : [])).sort();
  const deadline = askedDeadline ?? deadlines[deadlines.length - 1];
  const first = received[0];
  if (first) {
    if (first.deadline === undefined)
      return { state: "unsure", received: first.row.received, daysLate: 0, reason: "chưa ghi hạn nộp" };
    return {
      state: "late",
      deadline: first.deadline,
      received: first.row.received,
      daysLate: days(first.deadline, first.row.received!),
      reason: lateReason(first.row.received!, first.deadline),
    };
  }
  if (deadline !== undefined && today <= deadline) {
    return {
      state: "notDue",
      deadline,
      daysLate: 0,
      reason: `chưa nộp "${document}", chưa đến hạn (${formatDate(deadline)})`,
    };
  }
  // Counted to today, or to the end of the plan's period once it is over (a 2023 plan is not late by years).
  const until = today < periodEnd ? today : periodEnd;
  return {
    state: "missing",
    ...(deadline ? { deadline } : {}),
    daysLate: deadline ? Math.max(0, days(deadline, until)) : 0,
    reason: notSubmittedReason(document, deadline),
  };
}

/** One unit's verdict on a document, with its reason. */
export function submissionVerdict(
  rows: ReadonlyArray<{ row: Submission; deadline?: string }>,
  r: SubmissionRequirement,
  today: string,
  periodEnd: string,
): { verdict: typeof YES | typeof NO | typeof UNKNOWN; reason: string } {
  const standing = submissionStanding(rows, r.document, today, periodEnd, r.deadline);
  switch (standing.state) {
    case "onTime":
      return { verdict: YES, reason: "" };
    case "late":
      return r.onTime ? { verdict: NO, reason: standing.reason } : { verdict: YES, reason: "" };
    case "missing":
      return { verdict: NO, reason: standing.reason };
    default:
      return { verdict: UNKNOWN, reason: standing.reason };
  }
}

export const submission: RequirementKind<SubmissionRequirement> = {
  schema,
  subjects: ["units"],
  choices,
  columns: [
    column(
      "document",
      "Văn bản",
      "text",
      false,
      "Với yêu cầu nộp văn bản: tên văn bản. Văn bản có đủ các chữ này theo thứ tự được tính " +
        '(ví dụ "Kế hoạch công tác cán bộ" nhận cả "Kế hoạch thực hiện công tác cán bộ Đoàn – Hội – Đội năm 2026").',
      { width: 240 },
    ),
    column(
      "deadline",
      "Hạn nộp",
      "date",
      false,
      'Với yêu cầu nộp văn bản: hạn chung. Để trống thì lấy hạn ở trang "Nộp kế hoạch".',
    ),
  ],
  toRow: (r) => ({
    choice: r.onTime ? "submissionOnTime" : "submission",
    cells: { document: r.document, deadline: r.deadline },
  }),
  fromRow(choice, cells) {
    const document = cells.document as string | undefined;
    if (!document) return [needs("document", choices[choice as keyof typeof choices])];
    const deadline = cells.deadline as string | undefined;
    return {
      kind: "submission",
      document,
      onTime: choice === "submissionOnTime",
      ...(deadline ? { deadline } : {}),
    };
  },
  judge(r, { target, index, options }): Judge {
    const period = target.period as { from: string; to: string };
    const verdicts = index.units.map((unit) => {
      if (unit.name === undefined) {
        return { verdict: UNKNOWN, reason: unit.invalid?.name ?? "đơn vị chưa có tên" } as const;
      }
      const submissions = index.submissionsByUnit.get(index.key(unit.name)) ?? [];
      return submissionVerdict(rowsOfDocument(submissions, r, period), r, options.today, period.to);
    });
    const notes = index.data.submissions.some(
      (s) => s.unit === undefined && s.document !== undefined && documentMatches(r.document, s.document),
    )
      ? ["có dòng nộp văn bản chưa ghi đơn vị: không được tính cho đơn vị nào"]
      : [];
    return { verdict: (u) => verdicts[u]!.verdict, reason: (u) => verdicts[u]!.reason, notes };
  },
};
