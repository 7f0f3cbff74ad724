import express, { Router } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { ErrorCode } from '../errors';
import { pageHeaders } from './page-headers';

/** Where `npm run build` puts the map page (web/build.mjs). */
export const MAP_DIR = path.join(PROJECT_ROOT, 'dist', 'web', 'map');

/**
 * The three maps (三图) at /map: static files built from web/map, served by the service itself (no
 * CDN). The page needs no token to load; everything it shows comes from /graphql with the user's token.
 */
export function mapRoutes(): Router {
  const router = Router();
  router.use('/map', pageHeaders());
  router.get('/map', (_req, res) => {
    if (!fs.existsSync(path.join(MAP_DIR, 'index.html'))) {
      res.status(404).json({
        errors: [
          {
            message: 'The map page is not built; run npm run build.',
            extensions: { code: ErrorCode.NOT_FOUND, messageZh: '地图页面尚未构建，请先运行 npm run build。' },
          },
        ],
      });
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(MAP_DIR, 'index.html'));
  });
  router.use('/map', express.static(MAP_DIR, { index: false, maxAge: '1h', fallthrough: true }));
  return router;
}
