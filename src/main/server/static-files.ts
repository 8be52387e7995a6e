import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2'
};

function decodePath(urlPath: string): string | undefined {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
}

/**
 * Reads a file under `root` for a URL path; `undefined` if absent or outside the root, `'malformed'`
 * when the path's percent-encoding is broken (`/%`, `/%ff`).
 */
export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | undefined | 'malformed'> {
  const decoded = decodePath(urlPath);
  if (decoded === undefined || decoded.includes('\0')) return 'malformed';
  const relative = urlPath === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  if (!file.startsWith(normalize(root) + sep)) return undefined;
  try {
    const body = await readFile(file);
    return { body, type: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}
