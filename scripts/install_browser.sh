#!/usr/bin/env bash
# Test setup: headless Chromium (graph.html is drawn in it) and a Japanese font for its screenshots,
# from Debian's packages, where they are missing. Needs root (as on CI); elsewhere it says what to run,
# and the browser tests skip with that reason (on CI, where CI is set, they fail instead).
set -uo pipefail
packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
[ -e /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf ] || packages+=(fonts-ipaexfont-gothic)
[ ${#packages[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "install_browser: missing ${packages[*]}; install them (apt-get install ${packages[*]}) to run the browser tests" >&2
    exit 0
fi
echo "install_browser: apt-get install ${packages[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq "${packages[@]}" >/dev/null \
    || echo "install_browser: apt-get could not install ${packages[*]}" >&2
exit 0
