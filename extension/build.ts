// Builds the extension into dist/extension/ and dist/extension-firefox/ (filled in by the extension work).
export async function buildExtension(): Promise<void> {}
