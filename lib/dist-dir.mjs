/**
 * The build folder `next build` writes and `next start` serves, relative to the project:
 * NEXT_DIST_DIR (the end-to-end suite and the bench build into their own), else `.next`.
 * next.config.mjs, the server and the scripts all read it here.
 * @param {Record<string, string | undefined>} [environment]
 * @returns {string}
 */
export function distDirName(environment = process.env) {
  return environment.NEXT_DIST_DIR?.trim() || '.next';
}
