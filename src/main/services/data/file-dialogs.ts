/** The desktop's save and open dialogs as the services see them; the Electron side lives in src/main/file-dialogs.ts. */
export interface FileDialogs {
  /** Asks where to save `fileName`, writes it, and returns the chosen path; null when cancelled. */
  save(fileName: string, content: string | Uint8Array): Promise<string | null>;
  /** Asks for a backup file to import and returns its name and bytes; null when cancelled. */
  open(): Promise<{ name: string; bytes: Uint8Array } | null>;
  /** Prints the window as it shows now (the dossier, with its print stylesheet) to a PDF the person saves; null when cancelled. */
  printToPdf(fileName: string): Promise<string | null>;
}
