// Training: a cadre has at least `minCount` training records of these kinds, started within the
// target's period. A record whose kind or start date was left blank or not valid may be one of
// them: it makes the cadre unknown when it alone would decide. A cadre with no id cannot be linked
// to its records: unknown.
import { trainingKindLabels } from "../../labels";
import { choiceOf, column } from "../../templates/column";
import { remembering } from "../../text";
import { trainingKinds } from "../../vocabulary";
import { z } from "../../zod";
import { trainingReason } from "../format";
import { inPeriod, type Judge, NO, UNKNOWN, UNKNOWN_CODE, YES } from "../judging";
import { needs, type RequirementKind } from "./kind";

const schema = z.object({
  kind: z.literal("training"),
  trainingKinds: z.array(z.enum(trainingKinds)).min(1),
  minCount: z.number().int().min(1),
});
export type TrainingRequirement = z.infer<typeof schema>;

const choiceLabel = "Tham gia đào tạo, bồi dưỡng";

export const training: RequirementKind<TrainingRequirement> = {
  schema,
  subjects: ["cadres"],
  choices: { training: choiceLabel },
  columns: [
    column("trainingKinds", "Loại đào tạo", "choiceList", false, "Với yêu cầu đào tạo, bồi dưỡng.", {
      ...choiceOf(trainingKindLabels),
      width: 240,
    }),
    column("minCount", "Số lần tối thiểu mỗi người", "integer", false, "Với yêu cầu đào tạo; mặc định 1."),
  ],
  toRow: (r) => ({ choice: "training", cells: { trainingKinds: r.trainingKinds, minCount: r.minCount } }),
  fromRow(_choice, cells) {
    const kinds = cells.trainingKinds as TrainingRequirement["trainingKinds"] | undefined;
    const minCount = (cells.minCount as number | undefined) ?? 1;
    const problems = [];
    if (!kinds) problems.push(needs("trainingKinds", choiceLabel));
    if (minCount < 1) problems.push({ key: "minCount", message: "số lần tối thiểu phải từ 1 trở lên" });
    return kinds && problems.length === 0 ? { kind: "training", trainingKinds: kinds, minCount } : problems;
  },
  judge(r, { target, index }): Judge {
    const { cadres, trainings } = index;
    const { kind, date, starts, dates } = trainings;
    const asked = Uint8Array.from(trainingKinds, (k) => (r.trainingKinds.includes(k) ? 1 : 0));
    const countedDate = Uint8Array.from(dates, (d) => (inPeriod(d, target) ? 1 : 0));
    // Records that count, and records that may count (a kind or date not known), of the cadre
    // last counted: kept here rather than in an object per cadre, as this runs for every cadre.
    let have = 0;
    let maybe = 0;
    const count = (k: number): void => {
      have = 0;
      maybe = 0;
      for (let i = starts[k]!; i < starts[k + 1]!; i++) {
        const kindCode = kind[i]!;
        const dateCode = date[i]!;
        const kindFits = kindCode === 255 ? 2 : asked[kindCode]!;
        const dateFits = dateCode === UNKNOWN_CODE ? 2 : countedDate[dateCode]!;
        if (kindFits === 0 || dateFits === 0) continue;
        if (kindFits === 1 && dateFits === 1) have++;
        else maybe++;
      }
    };
    const short = remembering((have: number) => trainingReason(r.trainingKinds, have, r.minCount));
    const notes =
      trainings.orphans > 0
        ? [
            `${trainings.orphans} dòng đào tạo không gắn được với cán bộ nào (mã cán bộ trống hoặc không có trong danh sách): không được tính cho ai`,
          ]
        : [];
    return {
      notes,
      verdict(k) {
        if (cadres.ids[k] === "") return UNKNOWN;
        count(k);
        if (have >= r.minCount) return YES;
        return have + maybe >= r.minCount ? UNKNOWN : NO;
      },
      reason(k) {
        const record = cadres.records[k]!;
        if (cadres.ids[k] === "") {
          return `${record.invalid?.id ?? "chưa có mã cán bộ"}: chưa tìm được các lớp đã học`;
        }
        count(k);
        if (have + maybe < r.minCount) return short(have);
        return `${short(have)}; có ${maybe} dòng đào tạo chưa rõ loại hoặc ngày, có thể được tính`;
      },
    };
  },
};
