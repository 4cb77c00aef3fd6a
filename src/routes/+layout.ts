// A static, client-rendered app: every route is prerendered as an empty shell that the browser
// fills in, so any static host can serve it and the service worker can cache it.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';
