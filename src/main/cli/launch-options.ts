/** Browser mode's command line, beyond `--data-dir` and `--port`: the flags that answer and exit, and opening a browser. */

export const HELP_FLAGS = ['--help', '-h'] as const;
export const VERSION_FLAGS = ['--version', '-v'] as const;
export const NO_BROWSER_FLAG = '--no-browser';

const has = (argv: readonly string[], flags: readonly string[]) => argv.some((arg) => flags.includes(arg));

export const wantsHelp = (argv: readonly string[]): boolean => has(argv, HELP_FLAGS);
export const wantsVersion = (argv: readonly string[]): boolean => has(argv, VERSION_FLAGS);

/**
 * Whether to open the address in the default browser: not when asked not to, not under CI, and not on
 * a Linux machine without a graphical session (no browser could show it).
 */
export function shouldOpenBrowser(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, platform = process.platform): boolean {
  if (argv.includes(NO_BROWSER_FLAG) || env.CI) return false;
  if (platform !== 'win32' && platform !== 'darwin' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return false;
  return true;
}

/** Opens a URL in the default browser; resolves to false when no browser could be started. */
export async function openInBrowser(url: string): Promise<boolean> {
  try {
    const { default: open } = await import('open');
    // `open` resolves once the launcher has started and rejects when it cannot be started.
    await open(url);
    return true;
  } catch {
    return false;
  }
}

/** True for the error Node gives when the port asked for is taken. */
export function isPortInUse(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
}
