// Placeholder until the spf command lands; replaced in the same series of commits.
export async function run(_args: string[]): Promise<number> {
  process.stderr.write('spf: not built yet\n');
  return 2;
}
