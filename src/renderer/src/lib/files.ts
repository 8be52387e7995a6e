/**
 * The renderer's one file interface: in the desktop app the shell's save and open dialogs (through
 * the contract), in browser mode a download and a file input. Screens never know which.
 */
import type { ExportFile, OpenedFile } from '@shared/data-model';
import { api } from './api';

const desktop = () => window.api !== undefined;

function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves a file the person asked for; resolves to the name it was saved under, or null when they cancelled. */
export async function saveFile(file: ExportFile): Promise<string | null> {
  if (!desktop()) {
    download(file);
    return file.fileName;
  }
  const outcome = await api.filesSave({ fileName: file.fileName, content: file.content });
  return outcome.saved ? outcome.fileName : null;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/** Reads a picked file as base64 (the checks, encoding included, are main's). */
export async function readPicked(file: File): Promise<OpenedFile> {
  return { name: file.name, base64: toBase64(new Uint8Array(await file.arrayBuffer())) };
}

/**
 * Lets the person pick a backup file. Call it straight from a click: browsers open a file chooser
 * only during the click itself.
 */
export function openBackupFile(): Promise<OpenedFile | null> {
  if (desktop()) return api.filesOpen();
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      resolve(file ? readPicked(file) : null);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}
