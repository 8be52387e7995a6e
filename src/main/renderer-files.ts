/** Where the desktop renderer is served from, and which files that address may reach. Plain Node. */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_TYPES } from './server/static-files';
import { SECURITY_HEADERS } from './server/security-headers';

/** The app's own privileged scheme: a secure, standard origin (`app://caio`) instead of `file://`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'caio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * The file under `root` that an `app://caio/…` URL names, or null when it must be refused: another
 * scheme or host, a `..` segment (plain or percent-encoded), a backslash, a NUL byte, an absolute or
 * drive-letter path, or anything that would resolve outside `root`.
 */
export function resolveRendererFile(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // Malformed percent-encoding.
  }
  path = path.replace(/^\//, '') || 'index.html';
  if (path.includes('\0') || path.includes('\\') || path.startsWith('/') || /^[a-z]:/i.test(path)) return null;
  if (path.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  const base = resolve(root);
  const file = resolve(base, path);
  const inside = relative(base, file);
  if (!inside || inside.startsWith('..') || isAbsolute(inside) || !file.startsWith(base + sep)) return null;
  return file;
}

/** The response for an `app://` request: the file with its type and the app's security headers, 403 or 404. */
export async function rendererResponse(root: string, url: string): Promise<Response> {
  const file = resolveRendererFile(root, url);
  if (!file) return new Response('Forbidden', { status: 403, headers: SECURITY_HEADERS });
  try {
    const body = await readFile(file);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }
    });
  } catch {
    return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
  }
}
