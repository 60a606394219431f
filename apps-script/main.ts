// Every entry point of the add-on. The build turns each export into a top-level function of
// Code.js, which is what menus, triggers and google.script.run call.
export { checkTargets, goToResultRow } from "./check-targets";
export { createTemplates } from "./create-templates";
export { exportForForms } from "./export-for-forms";
export { showHelp } from "./help";
export { onInstall, onOpen } from "./menu";
export { choosePlan } from "./plan-choice";
export { createReport } from "./report";
export { trackSubmissions } from "./submissions";
export { validateData } from "./validate";
