// Builds the add-on into dist/apps-script/ (filled in by the add-on work).
export async function buildAppsScript(): Promise<void> {}
