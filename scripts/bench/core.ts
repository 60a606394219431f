// Benchmark part "core": prints its figures (filled in with the core work).
export async function run(): Promise<void> {}
