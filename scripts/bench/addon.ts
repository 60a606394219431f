// Benchmark part "addon": prints its figures (filled in with the addon work).
export async function run(): Promise<void> {}
