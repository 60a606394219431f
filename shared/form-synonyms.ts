// What real forms call our fields and our values, beside the labels the export gives. Forms are
// written by many hands: "CMND/CCCD", "Số định danh cá nhân", "Ngày kết nạp Đoàn", "Nguyên quán"…
// These tables work whatever aliases a payload carries. Texts are written as staff write them and
// folded when used.

/** Labels forms use for a payload field, by payload key. */
export const labelSynonyms: Readonly<Record<string, readonly string[]>> = {
  "cadre.fullName": [
    "Họ và tên",
    "Họ tên",
    "Họ và tên khai sinh",
    "Họ, chữ đệm và tên",
    "Họ tên đầy đủ",
    "Họ và tên đầy đủ",
    // "Your name": a contact form asks the whole name so.
    "Tên bạn",
    "Tên của bạn",
  ],
  "cadre.dateOfBirth": ["Ngày sinh", "Sinh ngày", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh"],
  "cadre.gender": ["Giới tính", "Nam/Nữ", "Phái"],
  "cadre.idNumber": [
    "Số CCCD",
    "CCCD",
    "Căn cước công dân",
    "Số căn cước công dân",
    "Số căn cước",
    "Căn cước",
    "CMND/CCCD",
    "Số CMND/CCCD",
    "CCCD/CMND",
    "Số CCCD/CMND",
    "CMND",
    "Số CMND",
    "Chứng minh nhân dân",
    "Số chứng minh nhân dân",
    "Thẻ CMND",
    "Số định danh cá nhân",
    "Mã định danh cá nhân",
    "Số định danh",
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
    "Địa chỉ nơi ở hiện nay",
    "Địa chỉ liên hệ",
  ],
  "cadre.unionJoinDate": [
    "Ngày vào Đoàn",
    "Ngày kết nạp Đoàn",
    "Ngày kết nạp vào Đoàn",
    "Ngày vào Đoàn TNCS Hồ Chí Minh",
    "Ngày vào Đoàn Thanh niên Cộng sản Hồ Chí Minh",
  ],
  "cadre.partyJoinDate": [
    "Ngày vào Đảng",
    "Ngày kết nạp Đảng",
    "Ngày kết nạp vào Đảng",
    "Ngày vào Đảng Cộng sản Việt Nam",
    "Ngày vào Đảng CSVN",
  ],
  "cadre.phone": ["Số điện thoại", "Điện thoại", "SĐT", "Điện thoại di động", "Số di động", "Di động"],
  "cadre.email": ["Email", "E-mail", "Thư điện tử", "Địa chỉ email", "Địa chỉ thư điện tử"],
  "cadre.politicalTheory": ["Lý luận chính trị", "Trình độ lý luận chính trị", "Trình độ chính trị"],
  "cadre.languageLevel": ["Ngoại ngữ", "Trình độ ngoại ngữ"],
  "cadre.education": ["Trình độ chuyên môn", "Trình độ chuyên môn cao nhất", "Trình độ đào tạo"],
  "cadre.partyMember": ["Đảng viên", "Là Đảng viên"],
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
