#!/usr/bin/env bash
# Downloads a pplint release archive for this runner, checks it against the
# release's checksums.txt and unpacks the binary into DEST.
#
#   download.sh resolve VERSION   print the release tag: VERSION with a leading v,
#                                 or the newest release's tag for "latest"
#   download.sh fetch TAG DEST    download, verify and unpack TAG into DEST
#
# Environment: PPLINT_RELEASES, the base URL of the releases (default
# https://github.com/pplint/pplint/releases; a file:// URL in the tests);
# RUNNER_OS and RUNNER_ARCH, or PPLINT_OS and PPLINT_ARCH (linux, darwin,
# windows; amd64, arm64) to choose another platform.
set -euo pipefail

releases=${PPLINT_RELEASES:-https://github.com/pplint/pplint/releases}

fail() { echo "::error title=pplint download::$*" >&2; exit 1; }

platform() {
  local os=${PPLINT_OS:-} arch=${PPLINT_ARCH:-}
  if [ -z "$os" ]; then
    case "${RUNNER_OS:-$(uname -s)}" in
      Linux) os=linux ;;
      macOS | Darwin) os=darwin ;;
      Windows | MINGW* | MSYS* | CYGWIN*) os=windows ;;
      *) fail "unsupported OS ${RUNNER_OS:-$(uname -s)}" ;;
    esac
  fi
  if [ -z "$arch" ]; then
    case "${RUNNER_ARCH:-$(uname -m)}" in
      X64 | x86_64 | amd64) arch=amd64 ;;
      ARM64 | arm64 | aarch64) arch=arm64 ;;
      *) fail "unsupported architecture ${RUNNER_ARCH:-$(uname -m)}" ;;
    esac
  fi
  echo "$os $arch"
}

sha256() {
  if command -v sha256sum >/dev/null; then sha256sum "$1" | cut -d' ' -f1
  else shasum -a 256 "$1" | cut -d' ' -f1; fi
}

resolve() {
  local v=$1
  case "$v" in
    latest)
      # /releases/latest redirects to /releases/tag/<newest tag>.
      local url
      url=$(curl -fsSL --retry 3 -o /dev/null -w '%{url_effective}' "$releases/latest") ||
        fail "cannot reach $releases/latest"
      v=${url##*/}
      [[ $v == v[0-9]* ]] || fail "no release found at $releases/latest (got $url)"
      echo "$v" ;;
    v[0-9]*) echo "$v" ;;
    [0-9]*) echo "v$v" ;;
    *) fail "version \"$v\": want latest, source, or a release tag such as v1.2.3" ;;
  esac
}

fetch() {
  local tag=$1 dest=$2 os arch ext=tar.gz exe=pplint
  read -r os arch < <(platform)
  if [ "$os" = windows ]; then ext=zip exe=pplint.exe; fi
  local archive="pplint_${tag#v}_${os}_${arch}.$ext"
  local base="$releases/download/$tag"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  echo "pplint: downloading $base/$archive"
  curl -fsSL --retry 3 -o "$tmp/$archive" "$base/$archive" || fail "cannot download $base/$archive"
  curl -fsSL --retry 3 -o "$tmp/checksums.txt" "$base/checksums.txt" || fail "cannot download $base/checksums.txt"
  local want got
  want=$(awk -v f="$archive" '$2 == f || $2 == "*" f { print $1 }' "$tmp/checksums.txt")
  [ -n "$want" ] || fail "checksums.txt of $tag has no entry for $archive"
  got=$(sha256 "$tmp/$archive")
  [ "$got" = "$want" ] || fail "checksum mismatch for $archive: got $got, checksums.txt says $want"
  echo "pplint: $archive sha256 $got matches checksums.txt"
  mkdir -p "$dest"
  if [ "$ext" = zip ]; then
    if command -v unzip >/dev/null; then unzip -oq "$tmp/$archive" "$exe" -d "$dest"
    else 7z e -y -o"$dest" "$tmp/$archive" "$exe" >/dev/null; fi
  else
    tar -xzf "$tmp/$archive" -C "$dest" "$exe"
  fi
  [ -f "$dest/$exe" ] || fail "$archive holds no $exe"
  chmod +x "$dest/$exe"
}

case "${1:-}" in
  resolve) [ $# -eq 2 ] || fail "usage: download.sh resolve VERSION"; resolve "$2" ;;
  fetch) [ $# -eq 3 ] || fail "usage: download.sh fetch TAG DEST"; fetch "$2" "$3" ;;
  *) fail "usage: download.sh resolve VERSION | fetch TAG DEST" ;;
esac
