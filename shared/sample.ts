// Deterministic sample data: a fictional ward union's workbook as staff would have typed it
// (with a few deliberate mistakes for the reader to find), and a large city-wide dataset for
// the benchmark. Seeded PRNG only: the same seed always gives the same rows.
import { isoToDate } from "./dates";
import {
  digitalSkillLabels,
  educationLabels,
  genderLabels,
  languageLevelLabels,
  politicalTheoryLabels,
  postLabels,
  reviewRatingLabels,
  rotationKindLabels,
  sectorLabels,
  successionStatusLabels,
  trainingKindLabels,
} from "./labels";
import type {
  CadreValues,
  DigitalSkills,
  Education,
  Gender,
  IsoDate,
  LanguageLevel,
  PlanData,
  PoliticalTheory,
  Position,
  Post,
  ReviewRating,
  ReviewValues,
  RotationValues,
  Sector,
  SubmissionValues,
  SuccessionValues,
  TrainingKind,
  TrainingValues,
  UnitValues,
} from "./model";
import { standardsPreset } from "./succession/standards-preset";
import { preset2023 } from "./targets/preset-2023";
import {
  type CellValue,
  defaultLevels,
  modelToRows,
  readWorkbook,
  type Settings,
  type SheetId,
  settingsRows,
  sheetTemplates,
  targetRows,
  templateById,
  type WorkbookRead,
} from "./templates";
import { fold } from "./text";

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32).

interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    chance: (p) => next() < p,
  };
}

/** Picks a value by weight: [[value, weight], ...]. */
function weighted<T>(random: Random, table: ReadonlyArray<readonly [T, number]>): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let x = random.next() * total;
  for (const [value, w] of table) {
    x -= w;
    if (x < 0) return value;
  }
  return table[table.length - 1]![0];
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const iso = (year: number, month: number, day: number): IsoDate => `${year}-${pad(month)}-${pad(day)}`;
const randomDate = (random: Random, year: number, fromMonth = 1, toMonth = 12): IsoDate =>
  iso(year, random.int(fromMonth, toMonth), random.int(1, 28));

// ---------------------------------------------------------------------------------------------
// Vietnamese names.

// Pools written as one line each: a name is family + middle + given name.
const words = (text: string) => text.split(" ");
const familyNames = words(
  "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Trương Lâm Mai Tô Châu Cao La Thái",
);
const middleNames: Record<Gender, string[]> = {
  male: words("Văn Hữu Đức Minh Quốc Thanh Hoàng Gia Tuấn Công Nhật Trọng Anh"),
  female: words("Thị Ngọc Thanh Thu Mỹ Kim Bảo Phương Thùy Hồng Khánh Diệu Thúy"),
};
const givenNames: Record<Gender, string[]> = {
  male: words(
    "An Bình Cường Dũng Đạt Hải Hiếu Hoàng Huy Khang Khoa Kiên Long Lộc Minh Nam Nghĩa Phát Phúc Quân Sơn Tài Thắng Thịnh Toàn Trí Trung Tuấn Việt Vũ Đăng Duy Tiệp",
  ),
  female: words(
    "Anh Châu Chi Diễm Duyên Giang Hà Hạnh Hằng Hiền Hoa Hương Huyền Lan Linh Loan Mai My Ngân Nhi Như Oanh Phương Quyên Tâm Thảo Thủy Trang Trâm Uyên Vy Yến Hạ",
  ),
};

function personName(random: Random, gender: Gender): string {
  // Joined in one piece, as a cell's text comes from Sheets (a chain of + would be stored in parts).
  return [random.pick(familyNames), random.pick(middleNames[gender]), random.pick(givenNames[gender])].join(
    " ",
  );
}

/** "Nguyễn Thị Mai" → "nguyenthimai": for e-mail addresses. */
function asciiName(name: string): string {
  return fold(name).replace(/[^a-z]/g, "");
}

// ---------------------------------------------------------------------------------------------
// The sample ward.

export const sampleSettings: Settings = {
  unitName: "Đoàn phường Tân Phú",
  planYear: 2023,
  term: "2022–2027",
  levels: defaultLevels,
  presetId: "ke-hoach-can-bo-2023",
  keyPosts: ["secretary", "deputySecretary"],
  minCandidates: 2,
  ageRule: "year",
  parentBody: "BCH TP. HỒ CHÍ MINH",
  placeName: "Phường Tân Phú",
  signerName: "Trần Minh Khoa",
  signerTitle: "Bí thư",
  recipients: "Ban Tổ chức Thành Đoàn (để báo cáo); Lưu VP",
};

const ward = sampleSettings.unitName;
const thcs = "Liên đội THCS Hoàng Diệu";
const thptA = "Đoàn trường THPT Tân Phú";
const thptB = "Đoàn trường THPT Trần Quang Khải";
const college = "Đoàn trường Cao đẳng Công nghệ Tân Phú";

/** Who holds which post: one slot per cadre. `age` decides birth year, education and the like. */
interface Slot {
  union?: Post;
  federation?: Post;
  pioneers?: Post;
  fullTime?: boolean;
  age: "adult" | "student" | "child";
  /** The post was taken in 2023 (newly assigned). */
  newly?: boolean;
  education?: Education | null;
  notes?: string;
}

const adult = (union?: Post, more: Partial<Slot> = {}): Slot => ({ union, age: "adult", ...more });
const many = (n: number, make: () => Slot): Slot[] => Array.from({ length: n }, make);

interface UnitPlan {
  unit: UnitValues;
  slots: Slot[];
}

function residential(n: number, secretary: Partial<Slot>, federation: Partial<Slot> = {}): UnitPlan {
  return {
    unit: { name: `Chi đoàn Khu phố ${n}`, level: "Cơ sở", sector: "residential", parent: ward },
    slots: [
      adult("secretary", secretary),
      adult("deputySecretary"),
      adult("executiveCommittee", { federation: "federationChair", ...federation }),
      ...many(3, () => adult("executiveCommittee")),
      ...many(3, () => adult("branchSecretary")),
      ...many(2, () => adult("collaborator")),
    ],
  };
}

function highSchool(name: string): UnitPlan {
  return {
    unit: { name, level: "Cơ sở", sector: "schools", parent: ward },
    slots: [
      adult("secretary"),
      adult("deputySecretary"),
      ...many(2, () => adult("executiveCommittee")),
      ...many(2, () => ({ union: "executiveCommittee", age: "student" }) as Slot),
      ...many(7, () => ({ union: "branchSecretary", age: "student" }) as Slot),
    ],
  };
}

const unitPlans: UnitPlan[] = [
  {
    unit: { name: ward, level: "Phường, xã", parent: "Thành Đoàn Thành phố Hồ Chí Minh" },
    slots: [
      adult("secretary", { federation: "federationChair", fullTime: true, education: "master" }),
      adult("deputySecretary", { pioneers: "pioneerCouncilChair", fullTime: true }),
      adult("deputySecretary", { fullTime: true, newly: true }),
      ...many(3, () => adult("standingCommittee", { fullTime: true })),
      adult("inspectionCommittee"),
      ...many(4, () => adult("executiveCommittee")),
      adult("fullTimeStaff", { fullTime: true, federation: "federationViceChair" }),
      adult("fullTimeStaff", { fullTime: true }),
      adult(undefined, { federation: "federationCommittee" }),
      adult(undefined, { federation: "federationCommittee" }),
    ],
  },
  // T07 (ward secretaries hold a university degree): one unknown, so the result is not sure.
  residential(1, { newly: true, education: "university" }),
  residential(2, { education: "master" }),
  residential(3, { education: null }, { newly: true }),
  residential(4, { education: "university" }),
  highSchool(thptA),
  highSchool(thptB),
  {
    unit: { name: thcs, level: "Cơ sở", sector: "schools", parent: ward },
    slots: [
      {
        union: "secretary",
        pioneers: "pioneerLeader",
        age: "adult",
        newly: true,
        notes: "Tổng phụ trách Đội",
      },
      adult("executiveCommittee"),
      ...many(12, () => ({ pioneers: "pioneerCommander", age: "child" }) as Slot),
    ],
  },
  {
    unit: { name: college, level: "Cơ sở", sector: "schools", parent: ward },
    slots: [
      adult("secretary", { fullTime: true }),
      adult("deputySecretary", { federation: "federationChair" }),
      ...many(3, () => adult("executiveCommittee")),
      ...many(6, () => ({ union: "branchSecretary", age: "student" }) as Slot),
    ],
  },
  {
    unit: {
      name: "Đoàn cơ sở Công ty TNHH May mặc Phú Thạnh",
      level: "Cơ sở",
      sector: "workers",
      parent: ward,
    },
    slots: [
      adult("secretary"),
      adult("deputySecretary"),
      ...many(5, () => adult("executiveCommittee")),
      ...many(2, () => adult("collaborator")),
    ],
  },
  {
    unit: { name: "Chi đoàn Ủy ban nhân dân phường", level: "Cơ sở", sector: "publicService", parent: ward },
    slots: [adult("secretary"), adult("deputySecretary"), ...many(4, () => adult("executiveCommittee"))],
  },
  {
    unit: { name: "Chi đoàn Công an phường Tân Phú", level: "Cơ sở", sector: "armedForces", parent: ward },
    slots: [adult("secretary"), adult("deputySecretary"), ...many(4, () => adult("executiveCommittee"))],
  },
  {
    unit: {
      name: "Chi đoàn Ban Chỉ huy Quân sự phường",
      level: "Cơ sở",
      sector: "armedForces",
      parent: ward,
    },
    slots: [adult("secretary"), adult("deputySecretary"), ...many(3, () => adult("executiveCommittee"))],
  },
];

/** Former pioneer commanders now in a high school union (T09 asks for 7). */
const commandersToHighSchool = 8;
/** High school union cadres now at the college (T10 asks for 5: not met). */
const highSchoolToCollege = 4;

/** The sample ward's data, every record complete (PlanData as a fully valid workbook gives it). */
interface Ward extends PlanData {
  units: UnitValues[];
  cadres: CadreValues[];
  trainings: TrainingValues[];
  successions: SuccessionValues[];
  rotations: RotationValues[];
  reviews: ReviewValues[];
  submissions: SubmissionValues[];
}

function makeCadre(random: Random, id: string, unit: string, slot: Slot): CadreValues {
  const gender: Gender = random.chance(0.5) ? "female" : "male";
  const fullName = personName(random, gender);
  const born =
    slot.age === "child"
      ? random.int(2009, 2010)
      : slot.age === "student"
        ? random.int(2005, 2007)
        : random.int(1985, 2000);
  const positions: Position[] = [];
  const since = (): IsoDate =>
    slot.newly ? randomDate(random, 2023, 2, 6) : randomDate(random, 2019, 1, 12);
  if (slot.union) positions.push({ organization: "union", post: slot.union, since: since() });
  if (slot.federation) positions.push({ organization: "federation", post: slot.federation, since: since() });
  if (slot.pioneers) positions.push({ organization: "pioneers", post: slot.pioneers, since: since() });
  const cadre: CadreValues = { id, fullName, dateOfBirth: randomDate(random, born), gender, unit, positions };
  if (slot.age === "adult") {
    cadre.fullTime = slot.fullTime ? "fullTime" : "notFullTime";
    const education =
      slot.education !== undefined
        ? slot.education
        : weighted<Education | null>(random, [
            ["university", 62],
            ["college", 10],
            ["master", 8],
            ["vocational", 6],
            ["highSchool", 4],
            [null, 10],
          ]);
    if (education) cadre.education = education;
    const theory = weighted<PoliticalTheory | null>(random, [
      ["elementary", 50],
      ["intermediate", 15],
      ["none", 25],
      [null, 10],
    ]);
    if (theory) cadre.politicalTheory = theory;
    const language = weighted<LanguageLevel | null>(random, [
      ["B1", 15],
      ["B2", 6],
      ["A2", 25],
      ["A1", 10],
      ["none", 24],
      [null, 20],
    ]);
    if (language) cadre.languageLevel = language;
    cadre.partyMember = random.chance(0.45);
    cadre.email = `${asciiName(fullName)}${random.int(1, 99)}@gmail.com`;
  } else if (slot.age === "student") {
    cadre.education = "highSchool";
    cadre.fullTime = "notFullTime";
  }
  if (slot.age !== "child") {
    const digital = weighted<DigitalSkills | null>(random, [
      ["basic", 50],
      ["intermediate", 30],
      ["advanced", 5],
      [null, 15],
    ]);
    if (digital) cadre.digitalSkills = digital;
    cadre.phone = `0${random.pick(["90", "91", "93", "97", "98", "86", "70", "77"])}${random.int(1_000_000, 9_999_999)}`;
  }
  // What forms ask of a person: a CCCD number that agrees with the birth date and gender
  // (province 079, Hồ Chí Minh City), ethnicity, religion, hometown, address, Đoàn and Party dates.
  const birthYear = Number(cadre.dateOfBirth!.slice(0, 4));
  const centuryCode = (birthYear >= 2000 ? 2 : 0) + (gender === "female" ? 1 : 0);
  cadre.idNumber = `079${centuryCode}${String(birthYear % 100).padStart(2, "0")}${random.int(100_000, 999_999)}`;
  cadre.ethnicity = weighted(random, [
    ["Kinh", 92],
    ["Hoa", 6],
    ["Khmer", 2],
  ]);
  cadre.religion = weighted(random, [
    ["Không", 80],
    ["Phật giáo", 12],
    ["Công giáo", 8],
  ]);
  cadre.hometown = random.pick(hometowns);
  cadre.currentAddress = `${random.int(1, 250)} đường số ${random.int(1, 30)}, khu phố ${random.int(1, 6)}, phường Tân Phú, Thành phố Hồ Chí Minh`;
  if (slot.age !== "child") cadre.unionJoinDate = randomDate(random, birthYear + random.int(15, 17));
  if (cadre.partyMember)
    cadre.partyJoinDate = randomDate(random, Math.min(2023, birthYear + random.int(20, 24)));
  if (slot.notes) cadre.notes = slot.notes;
  return cadre;
}

const hometowns = [
  "Thành phố Hồ Chí Minh",
  "Long An",
  "Tiền Giang",
  "Bến Tre",
  "Đồng Tháp",
  "Quảng Ngãi",
  "Nghệ An",
  "Thanh Hóa",
  "Bình Định",
  "Hà Nội",
];

const resolutionTitles = [
  "Học tập, quán triệt Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII",
  "Quán triệt Nghị quyết Đại hội Đoàn Thành phố lần thứ XI",
];
const topicTitles = [
  "Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023",
  "Chuyên đề: Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng",
  "Chuyên đề: Tình hình kinh tế – xã hội Thành phố 6 tháng đầu năm 2023",
  "Chuyên đề: Thanh niên với công cuộc chuyển đổi số",
];
const languageTitles = ["Câu lạc bộ tiếng Anh cán bộ Đoàn", "Lớp tiếng Anh giao tiếp cho cán bộ Đoàn – Hội"];
const digitalTitles = ["Tập huấn kỹ năng số cho cán bộ Đoàn", "Hội thi “Cán bộ Đoàn với chuyển đổi số”"];

function training(
  cadreId: string,
  kind: TrainingKind,
  title: string,
  startDate: IsoDate,
  more = {},
): TrainingValues {
  return { cadreId, kind, title, startDate, ...more };
}

function generateWard(seed: number): Ward {
  const random = seeded(seed);
  const w: Ward = {
    units: [],
    cadres: [],
    trainings: [],
    successions: [],
    rotations: [],
    reviews: [],
    submissions: [],
  };
  const slots = new Map<string, Slot>();
  let next = 1;
  const add = (unit: string, slot: Slot): CadreValues => {
    const cadre = makeCadre(random, `CB${pad(next++, 3)}`, unit, slot);
    w.cadres.push(cadre);
    slots.set(cadre.id, slot);
    return cadre;
  };

  for (const plan of unitPlans) {
    w.units.push(plan.unit);
    for (const slot of plan.slots) add(plan.unit.name, slot);
  }
  // Moves within 2023: pioneer commanders to a high school union, high school cadres to the college.
  for (let i = 0; i < commandersToHighSchool; i++) {
    const to = i % 2 === 0 ? thptA : thptB;
    const cadre = add(to, { union: "branchSecretary", age: "student", notes: `Nguyên Chỉ huy Đội ${thcs}` });
    w.rotations.push({
      cadreId: cadre.id,
      kind: "placement",
      fromUnit: thcs,
      fromPost: "pioneerCommander",
      toUnit: to,
      toPost: "branchSecretary",
      date: randomDate(random, 2023, 9, 10),
    });
  }
  for (let i = 0; i < highSchoolToCollege; i++) {
    const from = i % 2 === 0 ? thptA : thptB;
    const cadre = add(college, {
      union: "executiveCommittee",
      age: "student",
      notes: `Nguyên cán bộ ${from}`,
    });
    w.rotations.push({
      cadreId: cadre.id,
      kind: "placement",
      fromUnit: from,
      fromPost: random.pick(["secretary", "executiveCommittee", "branchSecretary"] as const),
      toUnit: college,
      toPost: "executiveCommittee",
      date: randomDate(random, 2023, 10, 11),
    });
  }
  // A few moves of adult cadres between the ward union and its base units.
  const kp1Secretary = w.cadres.find(
    (c) => c.unit === "Chi đoàn Khu phố 1" && c.positions[0]?.post === "secretary",
  )!;
  w.rotations.push({
    cadreId: kp1Secretary.id,
    kind: "promotion",
    fromUnit: "Chi đoàn Khu phố 1",
    fromPost: "deputySecretary",
    toUnit: "Chi đoàn Khu phố 1",
    toPost: "secretary",
    date: kp1Secretary.positions[0]!.since!,
  });
  const staff = w.cadres.filter(
    (c) => c.unit === ward && c.positions.some((p) => p.post === "fullTimeStaff"),
  );
  for (const cadre of staff) {
    w.rotations.push({
      cadreId: cadre.id,
      kind: "rotation",
      fromUnit: ward,
      fromPost: "fullTimeStaff",
      toUnit: ward,
      toPost: "fullTimeStaff",
      date: randomDate(random, 2023, 3, 5),
      notes: "Luân chuyển giữa các ban",
    });
  }

  // Trainings: most cadres meet most targets, some do not.
  for (const cadre of w.cadres) {
    const slot = slots.get(cadre.id)!;
    const id = cadre.id;
    if (random.chance(0.95)) {
      const title = random.pick(resolutionTitles);
      w.trainings.push(
        training(id, "resolutionStudy", title, randomDate(random, 2023, 3, 5), { result: "Hoàn thành" }),
      );
    }
    if (cadre.positions.some((p) => p.organization === "union")) {
      const topics = weighted(random, [
        [0, 4],
        [1, 8],
        [2, 60],
        [3, 28],
      ]);
      for (let i = 0; i < topics; i++) {
        w.trainings.push(
          training(id, "topic", topicTitles[i]!, randomDate(random, 2023, 2 + i * 3, 4 + i * 3)),
        );
      }
    }
    const skills = weighted(random, [
      [0, 6],
      [1, 14],
      [2, 60],
      [3, 20],
    ]);
    for (let i = 0; i < skills; i++) {
      const language = random.chance(0.5);
      w.trainings.push(
        training(
          id,
          language ? "foreignLanguage" : "digitalSkills",
          random.pick(language ? languageTitles : digitalTitles),
          randomDate(random, 2023, 4, 11),
        ),
      );
    }
    if (slot.fullTime && cadre.unit === ward) {
      const start = randomDate(random, 2023, 6, 7);
      w.trainings.push(
        training(id, "professionalSkills", "Tập huấn nghiệp vụ công tác Đoàn – Hội – Đội năm 2023", start, {
          endDate: start.replace(/-(\d\d)$/, (_, d: string) => `-${pad(Math.min(28, Number(d) + 2))}`),
          certificate: "Giấy chứng nhận",
        }),
      );
    }
    // T03/T04: the newly assigned attend the course for new cadres, except one federation chair.
    if (slot.newly && !(slot.federation === "federationChair" && cadre.unit === "Chi đoàn Khu phố 3")) {
      w.trainings.push(
        training(
          id,
          "newDutyBasics",
          "Lớp bồi dưỡng cán bộ Đoàn – Hội – Đội mới nhận nhiệm vụ",
          iso(2023, 7, 15),
          {
            endDate: iso(2023, 7, 16),
            result: "Đạt",
          },
        ),
      );
    }
    // Last year's class: outside the 2023 period, it must not count.
    if (random.chance(0.1))
      w.trainings.push(training(id, "topic", topicTitles[0]!, randomDate(random, 2022, 5, 12)));
  }
  // T08: at least three in long courses.
  const longCourses: Array<[string, TrainingKind, string]> = [
    [ward, "youthWorkIntermediate", "Trung cấp công tác thanh niên khóa 2023"],
    ["Chi đoàn Khu phố 2", "politicalTheoryIntermediate", "Trung cấp lý luận chính trị – hành chính"],
    [thcs, "pioneerLeaderCourse", "Lớp chức danh Tổng phụ trách Đội năm 2023"],
    [college, "youthWorkIntermediate", "Trung cấp công tác thanh niên khóa 2023"],
  ];
  for (const [unit, kind, title] of longCourses) {
    const cadre = w.cadres.find((c) => c.unit === unit && c.positions[0]?.post !== "pioneerCommander")!;
    w.trainings.push(
      training(cadre.id, kind, title, iso(2023, 3, 6), { endDate: iso(2023, 11, 30), result: "Tốt nghiệp" }),
    );
  }
  w.trainings.push(
    training(w.cadres[0]!.id, "sourcing", "Lớp bồi dưỡng tạo nguồn cán bộ Đoàn", iso(2023, 5, 20)),
  );

  // Succession: secretary and deputy of every unit for both terms, but Khu phố 4 lacks one.
  for (const unit of w.units) {
    const members = w.cadres.filter((c) => c.unit === unit.name && slots.get(c.id)?.age === "adult");
    const deputy = members.find((c) => c.positions.some((p) => p.post === "deputySecretary")) ?? members[0];
    const others = members.filter((c) => c !== deputy);
    if (!deputy) continue;
    for (const term of ["2022–2027", "2027–2032"]) {
      w.successions.push({
        cadreId: deputy.id,
        unit: unit.name,
        post: "secretary",
        term,
        status: term === "2022–2027" ? "approved" : "proposed",
      });
      if (unit.name === "Chi đoàn Khu phố 4" && term === "2027–2032") continue;
      const candidate = random.pick(others.length ? others : [deputy]);
      w.successions.push({
        cadreId: candidate.id,
        unit: unit.name,
        post: "deputySecretary",
        term,
        status: "approved",
      });
    }
  }
  const removed = w.cadres.find(
    (c) => c.unit === "Chi đoàn Khu phố 2" && c.positions[0]?.post === "branchSecretary",
  )!;
  w.successions.push({
    cadreId: removed.id,
    unit: "Chi đoàn Khu phố 2",
    post: "deputySecretary",
    term: "2022–2027",
    status: "removed",
    notes: "Chuyển công tác",
  });

  // Reviews of last year, adults only.
  for (const cadre of w.cadres) {
    if (slots.get(cadre.id)?.age !== "adult") continue;
    const rating = weighted<ReviewRating>(random, [
      ["excellent", 20],
      ["good", 55],
      ["fair", 20],
      ["poor", 5],
    ]);
    w.reviews.push({ cadreId: cadre.id, year: 2022, rating });
  }

  // Submissions of the 2023 plan (deadline 11/8/2023): most on time, two late, one missing.
  const document = "Kế hoạch công tác cán bộ Đoàn – Hội – Đội năm 2023";
  for (const unit of w.units.slice(1)) {
    const submission: SubmissionValues = { unit: unit.name, document, deadline: iso(2023, 8, 11) };
    if (unit.name === "Chi đoàn Khu phố 3") submission.received = iso(2023, 8, 15);
    else if (unit.sector === "workers") submission.received = iso(2023, 8, 21);
    else if (unit.name === "Chi đoàn Ban Chỉ huy Quân sự phường") submission.notes = "Chưa nộp";
    else submission.received = iso(2023, 8, random.int(1, 11));
    w.submissions.push(submission);
  }
  return w;
}

// ---------------------------------------------------------------------------------------------
// The sample workbook and its deliberate mistakes.

export interface DeliberateError {
  sheet: string;
  /** 1-based row in the sheet (row 1 is the header). */
  row: number;
  header: string;
  /** What was typed. */
  value: CellValue;
  what: string;
}

const cadresName = templateById("cadres").name;
const trainingsName = templateById("trainings").name;

/** Mistakes planted in the sample; reading the sample must report each one, and nothing else. */
export const sampleDeliberateErrors: DeliberateError[] = [
  { sheet: cadresName, row: 24, header: "Họ và tên", value: "", what: "họ tên bắt buộc để trống" },
  {
    sheet: cadresName,
    row: 43,
    header: "Chức vụ Đoàn",
    value: "Bí thư chi bộ",
    what: "chức vụ không có trong danh sách",
  },
  { sheet: cadresName, row: 64, header: "Email", value: "tranthimai.gmail.com", what: "email thiếu @" },
  {
    sheet: cadresName,
    row: 88,
    header: "Chuyển đổi số",
    value: "Tốt",
    what: "mức chuyển đổi số không có trong danh sách (người này vẫn được tính ở mọi chỉ tiêu khác)",
  },
  { sheet: trainingsName, row: 6, header: "Từ ngày", value: "31/02/2023", what: "ngày không có thật" },
  {
    sheet: trainingsName,
    row: 11,
    header: "Mã cán bộ",
    value: "CB999",
    what: "mã cán bộ không có ở trang Cán bộ",
  },
];

/** Writes the row's cell under `header`. */
function setCell(rows: CellValue[][], row: number, header: string, value: CellValue): void {
  const column = rows[0]!.indexOf(header);
  rows[row - 1]![column] = value;
}

/**
 * The sample ward union's workbook as a user would have typed it, keyed by sheet name:
 * settings, units, about 150 cadres, their trainings, succession, moves, reviews,
 * submissions, the 2023 preset's targets, and the mistakes of `sampleDeliberateErrors`.
 */
export function generateSampleWorkbook(options: { seed?: number } = {}): Record<string, CellValue[][]> {
  const w = generateWard(options.seed ?? 2023);
  const sheets: Partial<Record<SheetId, CellValue[][]>> = {
    settings: settingsRows(sampleSettings),
    units: modelToRows("units", w.units),
    cadres: modelToRows("cadres", w.cadres),
    trainings: modelToRows("trainings", w.trainings),
    successions: modelToRows("successions", w.successions),
    standards: modelToRows("standards", standardsPreset),
    rotations: modelToRows("rotations", w.rotations),
    reviews: modelToRows("reviews", w.reviews),
    submissions: modelToRows("submissions", w.submissions),
    targets: targetRows(preset2023),
  };
  const cadres = sheets.cadres!;
  const trainings = sheets.trainings!;

  // What people really type: phones whose leading 0 Sheets dropped, dates typed as text,
  // labels without diacritics, "x" for yes. All of these must still be read.
  const header = cadres[0]!;
  const col = (h: string) => header.indexOf(h);
  for (let r = 1; r < cadres.length; r++) {
    const row = cadres[r]!;
    const phone = row[col("Điện thoại")];
    if (r % 9 === 0 && typeof phone === "string" && phone) row[col("Điện thoại")] = Number(phone);
    if (r % 13 === 0 && w.cadres[r - 1]!.dateOfBirth) {
      const [y, m, d] = w.cadres[r - 1]!.dateOfBirth!.split("-");
      row[col("Ngày sinh")] = `${d}/${m}/${y}`;
    }
    if (r % 17 === 0 && row[col("Giới tính")]) row[col("Giới tính")] = fold(String(row[col("Giới tính")]));
    if (r % 11 === 0 && row[col("Đảng viên")] === "Có") row[col("Đảng viên")] = "x";
    if (r % 19 === 0 && row[col("Chức vụ Đoàn")])
      row[col("Chức vụ Đoàn")] = String(row[col("Chức vụ Đoàn")]).toUpperCase();
    // The spellings staff use for the same value; the old "Có"/"Không" of the full-time column.
    const spelled: Record<string, Record<string, string>> = {
      "Trình độ chuyên môn": {
        "Đại học": r % 4 === 0 ? "Cử nhân" : r % 7 === 0 ? "ĐH" : "Đại học",
        "Thạc sĩ": "Thạc sỹ",
      },
      "Lý luận chính trị": { "Trung cấp": r % 3 === 0 ? "Trung cấp LLCT" : "Trung cấp" },
      "Ngoại ngữ": { "B1 (Bậc 3)": r % 2 === 0 ? "Bậc 3" : "B1" },
      "Chuyên trách": {
        "Chuyên trách": r % 5 === 0 ? "Có" : "Chuyên trách",
        "Không chuyên trách": r % 5 === 0 ? "Không" : "Không chuyên trách",
      },
    };
    for (const [h, spellings] of Object.entries(spelled)) {
      const typed = spellings[String(row[col(h)])];
      if (typed) row[col(h)] = typed;
    }
    // A name typed on a phone that sends decomposed marks (NFD): shown as typed, in NFC.
    if (r % 23 === 0) row[col("Họ và tên")] = String(row[col("Họ và tên")]).normalize("NFD");
  }

  // The mistakes. Training rows are inserted (a class of an existing cadre, a class of no one).
  const [blankName, unknownPost, badEmail, badDigital, badDate, unknownCadre] = sampleDeliberateErrors;
  setCell(cadres, blankName!.row, blankName!.header, "");
  setCell(cadres, unknownPost!.row, unknownPost!.header, unknownPost!.value);
  setCell(cadres, badEmail!.row, badEmail!.header, badEmail!.value);
  setCell(cadres, badDigital!.row, badDigital!.header, badDigital!.value);
  const topic = trainingKindLabels.topic;
  trainings.splice(badDate!.row - 1, 0, [w.cadres[5]!.id, topic, topicTitles[1]!, "31/02/2023", "", "", ""]);
  trainings.splice(unknownCadre!.row - 1, 0, [
    "CB999",
    topic,
    topicTitles[2]!,
    isoToDate("2023-06-10"),
    "",
    "",
    "",
  ]);

  const workbook: Record<string, CellValue[][]> = {};
  for (const template of sheetTemplates) {
    const rows = sheets[template.id];
    if (rows) workbook[template.name] = rows;
  }
  return workbook;
}

/** The sample as the add-on reads it. */
export function sampleData(): WorkbookRead {
  const workbook = generateSampleWorkbook();
  return readWorkbook(workbook);
}

// ---------------------------------------------------------------------------------------------
// A city-wide dataset for the benchmark: rows built directly, with precomputed labels and a pool
// of Date objects, so that 600 000 rows take a few seconds at most.

export function generateCityDataset(options: {
  cadres: number;
  trainings: number;
  units: number;
  seed?: number;
}): Record<string, CellValue[][]> {
  const random = seeded(options.seed ?? 1);
  const header = (id: SheetId) => templateById(id).columns.map((c) => c.header);
  const datePool = new Map<IsoDate, Date>();
  const date = (value: IsoDate): Date => {
    let d = datePool.get(value);
    if (!d) {
      d = isoToDate(value);
      datePool.set(value, d);
    }
    return d;
  };
  /** One of `dates`, as a Date of its own: Sheets gives every date cell its own. */
  const pickDate = (dates: Date[]): Date => new Date(random.pick(dates).getTime());

  // Units: the city union, wards, and base units of every sector under the wards.
  const city = "Thành Đoàn Thành phố Hồ Chí Minh";
  const unitRows: CellValue[][] = [header("units"), [city, defaultLevels[0]!, "", "", ""]];
  const wardCount = Math.max(1, Math.round(options.units / 5));
  const wards: string[] = [];
  const baseUnits: Array<{ name: string; sector: Sector }> = [];
  for (let i = 1; i <= wardCount && unitRows.length - 1 < options.units; i++) {
    const name = `Đoàn phường ${i}`;
    wards.push(name);
    unitRows.push([name, defaultLevels[1]!, "", city, ""]);
  }
  const baseNames: Record<Sector, string> = {
    residential: "Chi đoàn Khu phố",
    workers: "Đoàn cơ sở Công ty",
    publicService: "Chi đoàn Cơ quan",
    schools: "Đoàn trường THPT",
    armedForces: "Chi đoàn Công an",
  };
  const sectorList = Object.keys(baseNames) as Sector[];
  for (let i = 0; unitRows.length - 1 < options.units; i++) {
    const sector = sectorList[i % sectorList.length]!;
    const parent = wards[i % wards.length]!;
    const name = `${baseNames[sector]} ${i + 1} – ${parent}`;
    baseUnits.push({ name, sector });
    unitRows.push([name, defaultLevels[2]!, sectorLabels[sector], parent, ""]);
  }
  const allUnits = [...wards, ...baseUnits.map((u) => u.name)];

  const unionPosts: Post[] = [
    "secretary",
    "deputySecretary",
    "executiveCommittee",
    "branchSecretary",
    "collaborator",
  ];
  const unionPostLabels = unionPosts.map((p) => postLabels[p]);
  const educations = Object.values(educationLabels);
  const theories = Object.values(politicalTheoryLabels);
  const languages = Object.values(languageLevelLabels);
  const digitals = Object.values(digitalSkillLabels);
  const birthDates = Array.from({ length: 2000 }, () => date(randomDate(random, random.int(1980, 2006))));
  const sinceDates = Array.from({ length: 500 }, () => date(randomDate(random, random.int(2018, 2023))));

  const cadreRows: CellValue[][] = [header("cadres")];
  // Made anew for every cell, as Sheets gives each cell its own string.
  const idOf = (i: number) => `CB${String(i).padStart(6, "0")}`;
  const ids: string[] = [];
  for (let i = 1; i <= options.cadres; i++) {
    const id = idOf(i);
    ids.push(id);
    const gender: Gender = random.chance(0.5) ? "female" : "male";
    const federation = random.chance(0.1);
    const pioneers = random.chance(0.05);
    cadreRows.push([
      id,
      personName(random, gender),
      pickDate(birthDates),
      genderLabels[gender],
      random.pick(allUnits),
      random.pick(unionPostLabels),
      pickDate(sinceDates),
      federation ? postLabels.federationCommittee : "",
      federation ? pickDate(sinceDates) : "",
      pioneers ? postLabels.pioneerLeader : "",
      pioneers ? pickDate(sinceDates) : "",
      random.chance(0.1) ? "Có" : "Không",
      random.pick(educations),
      random.pick(theories),
      random.pick(languages),
      random.pick(digitals),
      random.chance(0.4) ? "Có" : "Không",
      `09${random.int(10_000_000, 99_999_999)}`,
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
  }

  const kinds = Object.keys(trainingKindLabels) as TrainingKind[];
  const kindTable: Array<[string, string, number]> = kinds.map((k) => [
    trainingKindLabels[k],
    `Lớp ${trainingKindLabels[k].toLowerCase()} năm 2023`,
    k === "resolutionStudy" || k === "topic" ? 5 : k === "foreignLanguage" || k === "digitalSkills" ? 3 : 1,
  ]);
  const kindPool = kindTable.flatMap(([label, title, w]) =>
    Array.from({ length: w }, () => [label, title] as const),
  );
  const trainingDates = Array.from({ length: 365 }, () => date(randomDate(random, 2023)));
  const trainingRows: CellValue[][] = [header("trainings")];
  for (let i = 0; i < options.trainings; i++) {
    const [label, title] = random.pick(kindPool);
    trainingRows.push([
      idOf(1 + Math.floor(random.next() * ids.length)),
      label,
      title,
      pickDate(trainingDates),
      "",
      "Hoàn thành",
      "",
    ]);
  }

  const status = successionStatusLabels.approved;
  const successionRows: CellValue[][] = [header("successions")];
  const submissionRows: CellValue[][] = [header("submissions")];
  const deadline = date("2023-08-11");
  for (const unit of baseUnits) {
    for (const term of ["2022–2027", "2027–2032"]) {
      successionRows.push([random.pick(ids), unit.name, postLabels.secretary, term, status, ""]);
    }
    // The next term's key posts, two people each most of the time: the succession checks' work.
    for (const post of [postLabels.secretary, postLabels.deputySecretary]) {
      const people = random.chance(0.8) ? 2 : 1;
      for (let i = 0; i < people; i++)
        successionRows.push([random.pick(ids), unit.name, post, "2027–2032", status, ""]);
    }
    const received = random.chance(0.9) ? date(randomDate(random, 2023, 7, 8)) : "";
    submissionRows.push([
      unit.name,
      "Kế hoạch công tác cán bộ Đoàn – Hội – Đội năm 2023",
      deadline,
      received,
      "",
    ]);
  }
  const rotationRows: CellValue[][] = [header("rotations")];
  const schools = baseUnits.filter((u) => u.sector === "schools").map((u) => u.name);
  for (let i = 0; i < Math.ceil(options.cadres / 100); i++) {
    rotationRows.push([
      random.pick(ids),
      rotationKindLabels.placement,
      random.pick(allUnits),
      postLabels.pioneerCommander,
      schools.length ? random.pick(schools) : random.pick(allUnits),
      postLabels.branchSecretary,
      pickDate(trainingDates),
      "",
    ]);
  }
  const ratings = Object.values(reviewRatingLabels);
  const reviewRows: CellValue[][] = [header("reviews")];
  for (let i = 0; i < ids.length; i += 10) reviewRows.push([ids[i]!, 2022, random.pick(ratings), ""]);

  const settings: Settings = { ...sampleSettings, unitName: city, levels: defaultLevels };
  const byId: Record<SheetId, CellValue[][]> = {
    standards: modelToRows("standards", standardsPreset),
    settings: settingsRows(settings),
    units: unitRows,
    cadres: cadreRows,
    trainings: trainingRows,
    successions: successionRows,
    rotations: rotationRows,
    reviews: reviewRows,
    submissions: submissionRows,
    targets: targetRows(preset2023),
  };
  const workbook: Record<string, CellValue[][]> = {};
  for (const template of sheetTemplates) workbook[template.name] = byId[template.id];
  return workbook;
}
