#!/bin/sh
# Part of `npm test`: the browser tests drive Debian's Chromium (never a downloaded browser build).
# Installs it where this machine can (root with apt, as on CI and the project's machines); elsewhere stops
# `npm test` at once with one line saying what to do, instead of a browser test failing later.
set -eu

browser="${CHROMIUM_PATH:-/usr/bin/chromium}"

# Fonts only change how screenshots look: added alongside Chromium when we can install, never required.
missing_fonts=""
if command -v dpkg >/dev/null 2>&1; then
  for pkg in fonts-dejavu-core fonts-noto-color-emoji; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing_fonts="$missing_fonts $pkg"
  done
fi

can_install=false
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then can_install=true; fi

if [ -x "$browser" ]; then
  if [ -n "$missing_fonts" ] && [ "$can_install" = true ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing_fonts >/dev/null) ||
      echo "npm test: could not install$missing_fonts (screenshots may render with other fonts)" >&2
  fi
  exit 0
fi

# A browser the user pointed at explicitly is theirs to fix: installing Debian's would not put it there.
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "npm test: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file; point it at Chromium or unset it to use Debian's /usr/bin/chromium." >&2
  exit 1
fi

if [ "$can_install" = true ]; then
  echo "npm test: installing Debian's chromium for the browser tests (apt-get, about 30 s)…"
  if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium $missing_fonts >/dev/null && [ -x "$browser" ]; then
    exit 0
  fi
  echo "npm test: apt-get could not install chromium, which the browser tests need; install it (apt-get install -y chromium) or set CHROMIUM_PATH, or run only the other tests with 'npx jest --selectProjects unit integration'." >&2
  exit 1
fi

echo "npm test: the browser tests need Chromium at $browser and this user cannot install it: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH), or run only the other tests with 'npx jest --selectProjects unit integration'." >&2
exit 1
