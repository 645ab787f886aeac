/**
 * The one Content-Security-Policy of the app, for the Electron window and the loopback host alike.
 * The renderer's index.html carries the same string (without frame-ancestors) in a meta tag.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
