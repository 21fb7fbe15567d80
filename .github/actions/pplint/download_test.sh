#!/usr/bin/env bash
# Tests download.sh against a fake release directory served through file://
# URLs: a good archive unpacks and runs, a checksum mismatch, a missing
# checksum entry and a missing archive fail the step and leave no binary.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dl="$here/download.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok: $1"; }
bad() { fail=$((fail + 1)); echo "FAIL: $1"; }

# A fake release v1.2.3 with a linux/amd64 archive and a linux/arm64 one
# whose bytes were changed after checksums.txt was written.
rel="$tmp/releases/download/v1.2.3"
mkdir -p "$rel" "$tmp/pkg"
printf '#!/bin/sh\necho "pplint v1.2.3 (fake)"\n' > "$tmp/pkg/pplint"
chmod +x "$tmp/pkg/pplint"
echo readme > "$tmp/pkg/README.md"
echo licence > "$tmp/pkg/LICENSE"
for arch in amd64 arm64; do
  tar -czf "$rel/pplint_1.2.3_linux_${arch}.tar.gz" -C "$tmp/pkg" pplint README.md LICENSE
done
tar -czf "$rel/pplint_1.2.3_darwin_arm64.tar.gz" -C "$tmp/pkg" README.md LICENSE # no binary
(cd "$rel" && sha256sum pplint_1.2.3_*.tar.gz > checksums.txt)
echo tampered >> "$rel/pplint_1.2.3_linux_arm64.tar.gz"
export PPLINT_RELEASES="file://$tmp/releases"

run() { # run NAME OS ARCH TAG DEST -> exit code; output in $tmp/out
  PPLINT_OS=$2 PPLINT_ARCH=$3 bash "$dl" fetch "$4" "$5" > "$tmp/out" 2>&1
}

dest="$tmp/bin-good"
if run good linux amd64 v1.2.3 "$dest" && [ "$("$dest/pplint")" = "pplint v1.2.3 (fake)" ] &&
  grep -q "matches checksums.txt" "$tmp/out" && [ ! -e "$dest/README.md" ]; then
  ok "good archive is verified and unpacked"
else bad "good archive: $(cat "$tmp/out")"; fi

dest="$tmp/bin-mismatch"
if run mismatch linux arm64 v1.2.3 "$dest"; then bad "checksum mismatch passed"
elif grep -q "checksum mismatch for pplint_1.2.3_linux_arm64.tar.gz" "$tmp/out" && [ ! -e "$dest/pplint" ]; then
  ok "checksum mismatch fails the step and installs nothing"
else bad "checksum mismatch: $(cat "$tmp/out")"; fi

grep -v linux_amd64 "$rel/checksums.txt" > "$tmp/c" && cp "$rel/checksums.txt" "$tmp/c.orig" && cp "$tmp/c" "$rel/checksums.txt"
dest="$tmp/bin-noentry"
if run noentry linux amd64 v1.2.3 "$dest"; then bad "missing checksum entry passed"
elif grep -q "has no entry for pplint_1.2.3_linux_amd64.tar.gz" "$tmp/out" && [ ! -e "$dest/pplint" ]; then
  ok "missing checksums.txt entry fails"
else bad "missing entry: $(cat "$tmp/out")"; fi
cp "$tmp/c.orig" "$rel/checksums.txt"

if run missing windows amd64 v1.2.3 "$tmp/bin-missing"; then bad "missing archive passed"
elif grep -q "cannot download .*pplint_1.2.3_windows_amd64.zip" "$tmp/out"; then ok "missing archive fails"
else bad "missing archive: $(cat "$tmp/out")"; fi

if run nobinary darwin arm64 v1.2.3 "$tmp/bin-nobinary"; then bad "archive without binary passed"
else ok "archive without a binary fails"; fi

if run wrongtag linux amd64 v9.9.9 "$tmp/bin-wrongtag"; then bad "unknown tag passed"
else ok "unknown tag fails"; fi

for spec in "1.2.3 v1.2.3" "v1.2.3 v1.2.3" "v2.0.0-rc.1 v2.0.0-rc.1"; do
  read -r in want <<< "$spec"
  got=$(bash "$dl" resolve "$in" 2>&1)
  if [ "$got" = "$want" ]; then ok "resolve $in"; else bad "resolve $in: got $got, want $want"; fi
done
if bash "$dl" resolve main > "$tmp/out" 2>&1; then bad "resolve main passed"
else ok "resolve rejects a branch name"; fi

echo "download.sh: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
