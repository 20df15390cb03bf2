import type { HelmetOptions } from 'helmet';

/**
 * The Content-Security-Policy of every answer. The explorer and GraphiQL are bundled by Vite into
 * files served from this origin, so scripts and styles come from 'self' only: no inline script or
 * <style>, no eval, nothing from a CDN. What the pages need beyond that, and why:
 * - img-src data: blob: the favicon (`data:,`), cytoscape's PNG export and GraphiQL's icons;
 * - font-src data: GraphiQL's stylesheet embeds its fonts as data: URLs;
 * - connect-src 'self': the pages talk to /graphql and the CSV exports only.
 * Inline style attributes stay refused: the pages set styles through the CSSOM (element.style),
 * which CSP allows. `upgrade-insecure-requests` is left out so a plain-HTTP deployment (or
 * http://localhost) still loads its assets; TLS belongs to the load balancer in front.
 */
export const contentSecurityPolicy: HelmetOptions['contentSecurityPolicy'] = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
  },
};
