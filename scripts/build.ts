// npm run build: every deliverable into dist/. Each part owns its build next to its code.
const parts: Array<[string, () => Promise<unknown>]> = [];

for (const [name, run] of parts) {
  const started = Date.now();
  await run();
  console.log(`✓ ${name} (${Date.now() - started} ms)`);
}
export {};
