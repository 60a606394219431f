// The add-on menu. onOpen may run in AuthMode.NONE: it builds the menu and reads nothing.
export const menuItems: ReadonlyArray<readonly [label: string, functionName: string]> = [
  ["Tạo các trang kế hoạch", "createTemplates"],
  ["Chọn kế hoạch mẫu", "choosePlan"],
  ["Kiểm tra dữ liệu", "validateData"],
  ["Kiểm tra chỉ tiêu (một chạm)", "checkTargets"],
  ["Lập báo cáo gửi cấp trên", "createReport"],
  ["Theo dõi nộp kế hoạch", "trackSubmissions"],
  ["Xuất dữ liệu cho biểu mẫu", "exportForForms"],
  ["Hướng dẫn", "showHelp"],
];

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  menuItems.forEach(([label, functionName], i) => {
    if (i === menuItems.length - 1) menu.addSeparator();
    menu.addItem(label, functionName);
  });
  menu.addToUi();
}

/** Installing from the Marketplace does not fire onOpen for the open spreadsheet. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
