// Placeholder until the check command lands; replaced in the same series of commits.
export async function run(_args: string[]): Promise<number> {
  process.stderr.write('check: not built yet\n');
  return 2;
}
