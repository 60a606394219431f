// What real forms call our fields and our values, beside the labels the export gives. Forms are
// written by many hands: "CMND/CCCD", "Số định danh cá nhân", "Ngày kết nạp Đoàn", "Nguyên quán"…
// These tables work whatever aliases a payload carries. Texts are written as staff write them and
// folded when used.

/** Labels forms use for a payload field, by payload key. */
export const labelSynonyms: Readonly<Record<string, readonly string[]>> = {
  // Each entry is a wording the export's labels do not reach by the matching rules: a longer label
  // that starts with one of these ("Họ và tên khai sinh"), or puts "Số", "Địa chỉ", "Trình độ"
  // before it ("Số CMND", "Địa chỉ email"), needs no entry of its own.
  "cadre.fullName": ["Họ và tên", "Họ tên", "Họ, chữ đệm và tên", "Tên bạn", "Tên của bạn"],
  "cadre.dateOfBirth": ["Ngày sinh", "Sinh ngày", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh"],
  "cadre.gender": ["Giới tính", "Nam/Nữ", "Phái"],
  "cadre.idNumber": [
    "CCCD",
    "Căn cước công dân",
    "Căn cước",
    "CMND/CCCD",
    "CCCD/CMND",
    "CMND",
    "Chứng minh nhân dân",
    "Thẻ CMND",
    "Số định danh cá nhân",
    "Mã định danh cá nhân",
  ],
  "cadre.ethnicity": ["Dân tộc"],
  "cadre.religion": ["Tôn giáo"],
  "cadre.hometown": ["Quê quán", "Nguyên quán", "Quê"],
  "cadre.currentAddress": [
    "Nơi ở hiện nay",
    "Nơi ở hiện tại",
    "Chỗ ở hiện nay",
    "Chỗ ở hiện tại",
    "Địa chỉ hiện nay",
    "Địa chỉ hiện tại",
    "Địa chỉ liên hệ",
  ],
  "cadre.unionJoinDate": ["Ngày vào Đoàn", "Ngày kết nạp Đoàn"],
  "cadre.partyJoinDate": ["Ngày vào Đảng", "Ngày kết nạp Đảng"],
  "cadre.phone": ["Điện thoại", "SĐT", "Di động"],
  "cadre.email": ["Email", "E-mail", "Thư điện tử"],
  "cadre.politicalTheory": ["Lý luận chính trị", "Trình độ chính trị"],
  "cadre.languageLevel": ["Ngoại ngữ"],
  "cadre.education": ["Trình độ chuyên môn", "Trình độ đào tạo"],
  "cadre.partyMember": ["Đảng viên"],
};

/**
 * Values forms offer under other names: each group is one meaning. "Đại học" is what our data
 * says; a form may offer "Cử nhân" or "Kỹ sư" for it. Thạc sĩ / Thạc sỹ and the like need no
 * entry: i and y after a consonant are the same letter when comparing (see spellingKey).
 */
export const valueSynonyms: readonly (readonly string[])[] = [
  ["Đại học", "Cử nhân", "Kỹ sư", "Đại học (cử nhân)", "Tốt nghiệp đại học"],
  ["Thạc sĩ", "Cao học", "Thạc sĩ (cao học)"],
  ["Tiến sĩ", "TS"],
  ["Trung học phổ thông", "THPT", "12/12", "Tốt nghiệp THPT", "Phổ thông trung học"],
  ["Nam", "Nam giới", "Male"],
  ["Nữ", "Nữ giới", "Female"],
  ["Không", "Không tôn giáo", "Không có"],
];
