import { protocol } from 'electron';
import { APP_SCHEME, rendererResponse } from './renderer-files';

/** Declares `app://` as a secure standard scheme; Electron requires this before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the renderer folder, and nothing outside it, on `app://caio/`. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request.url));
}
