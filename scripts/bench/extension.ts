// Benchmark part "extension": prints its figures (filled in with the extension work).
export async function run(): Promise<void> {}
