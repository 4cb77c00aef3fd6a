// A static app: every route is prerendered, so any static host can serve it and the service
// worker can cache it. Most are an empty shell that the browser fills in from this device's data;
// the start page, the concept index and the concept pages turn `ssr` back on, so their text is in
// the HTML file and shows before any script runs (concepts/[slug]/+page.ts has the measurement).
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';
