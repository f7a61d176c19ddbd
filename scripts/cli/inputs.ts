/**
 * The files a command line names: a folder stands for the files in it (a maildir, a directory
 * of saved bounces), as it does for Sisimai, and so does a path too long for the shell to
 * expand into arguments.
 */
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';

/** As many files as the web page reads from a dropped folder. */
export const MAX_FOLDER_FILES = 100_000;

export interface Inputs {
  files: string[];
  /** One line each, for standard error: a folder that could not be read, or was cut short. */
  errors: string[];
}

/**
 * The arguments with every folder replaced by its files, depth first and by name (the same
 * order on every machine). Hidden entries (".name", a maildir's `.Trash`) and symbolic links to
 * folders are skipped, so a link cannot make the walk go round. Anything else is kept as given,
 * for the reader to open and, if it cannot, say why.
 */
export function expandInputs(args: readonly string[], command: string): Inputs {
  const files: string[] = [];
  const errors: string[] = [];
  let full = false;
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      errors.push(`${command}: cannot read ${dir}: ${codeOf(error)}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (files.length >= MAX_FOLDER_FILES) {
        full = true;
        return;
      }
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() || (entry.isSymbolicLink() && isFile(path))) files.push(path);
    }
  };
  for (const arg of args) {
    if (arg !== '-' && isFolder(arg)) walk(arg);
    else files.push(arg);
  }
  if (full)
    errors.push(
      `${command}: only the first ${MAX_FOLDER_FILES.toLocaleString('en')} files were read`,
    );
  return { files, errors };
}

const isFolder = (path: string) => statOf(path)?.isDirectory() ?? false;
const isFile = (path: string) => statOf(path)?.isFile() ?? false;

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}
