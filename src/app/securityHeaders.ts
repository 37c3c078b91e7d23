/**
 * The HTTP headers the static site is served with: `vite preview` sends them (so the end-to-end
 * tests run under them) and the build writes them to dist/_headers for hosts that read that
 * file. README "Serving the site" says how to set them elsewhere.
 *
 * - scripts only from the page's origin, no eval, no inline script;
 * - styles only from the origin: Svelte's component styles are extracted into a CSS file, and
 *   Chart.js sizes its canvas through the CSSOM, which CSP does not restrict;
 * - images from the origin plus data: (the empty favicon) and blob: (nothing else);
 * - the Monte Carlo worker from the origin; connect-src 'self' so nothing can be sent anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/**
 * The offline service worker's script (src/app/offline.ts) is how a new version is found: no
 * cache between the site and the browser may keep an old one.
 */
const SERVICE_WORKER_HEADERS: Record<string, string> = { 'Cache-Control': 'no-cache' };

/** The same headers in the `_headers` format (Netlify, Cloudflare Pages), sw.js's besides. */
export function headersFile(): string {
  const block = (path: string, headers: Record<string, string>) => [
    path,
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
  ];
  return [...block('/*', SECURITY_HEADERS), ...block('/sw.js', SERVICE_WORKER_HEADERS), ''].join(
    '\n',
  );
}
