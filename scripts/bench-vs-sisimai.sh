#!/usr/bin/env bash
# npm run bench:sisimai — the whole `classify` process against Debian's Sisimai on the same
# files, side by side: every corpus message copied five times into a temporary maildir, then
# hyperfine runs the commands (warm-up runs first, then the mean of ten runs each).
#   needs: apt-get install -y libsisimai-perl hyperfine   and the corpus (../shared/corpus or $BOUNCE_CORPUS)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${BOUNCE_CORPUS:-../shared/corpus}"
[ -f "$corpus/dev.json" ] || { echo "bench:sisimai: no corpus at $corpus (set BOUNCE_CORPUS)"; exit 0; }
command -v hyperfine >/dev/null || { echo "bench:sisimai: needs hyperfine (apt-get install -y hyperfine)"; exit 1; }
perl -MSisimai -e 1 2>/dev/null || { echo "bench:sisimai: needs Sisimai (apt-get install -y libsisimai-perl)"; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
node -e '
  const fs = require("fs"), path = require("path");
  const [corpus, dir] = process.argv.slice(1);
  const files = JSON.parse(fs.readFileSync(path.join(corpus, "dev.json"), "utf8")).files;
  for (const f of files) for (let k = 0; k < 5; k++)
    fs.copyFileSync(path.join(corpus, f.file), path.join(dir, `${k}-${f.file.replace(/\//g, "_")}`));
  console.log(`${files.length * 5} files in ${dir}`);
' "$corpus" "$dir"
node --no-regexp-tier-up scripts/run-bundled.mjs scripts/cli.ts classify --json "$dir/0-emails_maildir_not_is-not-bounce-01.eml" >/dev/null
# The folder is one argument, as Sisimai takes it: the shell's expansion of thousands of paths
# would be longer than one command line may be under npm.
hyperfine --warmup 2 --runs 10 \
  -n "bounce-doctor (npm run -s cli)" "npm run -s cli -- classify --json $dir" \
  -n "bounce-doctor (no npm)" "node --no-regexp-tier-up scripts/run-bundled.mjs scripts/cli.ts classify --json $dir" \
  -n sisimai "perl -MSisimai -e 'print Sisimai->dump(\"$dir\")'"
