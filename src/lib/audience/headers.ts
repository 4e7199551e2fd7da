/**
 * The HTTP headers every audience folder is served with, in one place for the
 * `_headers` file (Netlify, Cloudflare Pages) and the nginx configuration.
 */

/**
 * No inline script or style anywhere; Pagefind needs WebAssembly compilation and a
 * blob worker.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  ],
  ['X-Robots-Tag', 'noindex, nofollow'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** The `_headers` file: security headers on every path, long caching for hashed assets. */
export function headersFile(): string {
  const all = SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`).join('\n');
  return `/*\n${all}\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n`;
}
