import type { RequestHandler } from 'express';

/**
 * The Content-Security-Policy of the pages the service serves (/map, /graphiql): scripts only from
 * the service's own files — no inline script, no eval — so text from the graph that slipped into the
 * page as markup still could not run. Styles may be inline (ECharts, Cytoscape and GraphiQL set
 * style attributes); images may be data: or blob: URLs (exported charts). Nothing may frame the pages.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every served page carries: the CSP, no MIME sniffing, no referrer, no framing. */
export function pageHeaders(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader('Content-Security-Policy', PAGE_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  };
}
