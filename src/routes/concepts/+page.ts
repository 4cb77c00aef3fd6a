// The concept index is rendered at build time, so its list shows before any script runs (see
// [slug]/+page.ts for the measurement); the search works once the page is live.
export const ssr = true;
