// @ts-check
/**
 * A language link also remembers the reader's choice in a cookie, so `/` sends them to that
 * language next time. The link names the cookie and the language; without script it is still a link.
 */
const ONE_YEAR_S = 31_536_000;

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-remember-locale]') : null;
  if (!(link instanceof HTMLElement)) return;
  const { rememberLocale: locale, cookie } = link.dataset;
  if (!locale || !cookie) return;
  document.cookie = `${cookie}=${locale}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
});
