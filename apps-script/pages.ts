// Sidebars and dialogs: an HTML page from html/ (Sidebar, Dialog, Export) whose `content` is
// HTML built here, every cell value in it passed through escapeHtml first.
export type PageFile = "Sidebar" | "Dialog" | "Export";

function page(file: PageFile, content: string): GoogleAppsScript.HTML.HtmlOutput {
  const template = HtmlService.createTemplateFromFile(file);
  template.content = content;
  return template.evaluate();
}

export function showSidebar(title: string, content: string): void {
  SpreadsheetApp.getUi().showSidebar(page("Sidebar", content).setTitle(title));
}

export function showDialog(
  title: string,
  content: string,
  size: { width: number; height: number },
  file: PageFile = "Dialog",
): void {
  const output = page(file, content).setWidth(size.width).setHeight(size.height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}
