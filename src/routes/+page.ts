// The start page is rendered at build time, so its text shows before any script runs (see
// concepts/[slug]/+page.ts for the measurement); its status strip fills in once the page is live.
export const ssr = true;
