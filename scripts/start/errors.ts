/** A problem the user can fix, said in one Vietnamese sentence; the script exits with code 1. */
export class StartError extends Error {
  override name = "StartError";
}
