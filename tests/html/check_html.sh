#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders an HTML report in headless Chromium and checks it: the rendered DOM holds the expected
# highlight classes and the page wrote nothing to the console (no error, no uncaught exception).
#   check_html.sh REPORT.html [CLASS...]      exit 0 when all checks pass
# With DEPECHE_SCREENSHOT=out.png it also saves a screenshot.
set -euo pipefail
page=$(realpath "$1"); shift
browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$browser" ]]; then echo "check_html: chromium not installed (scripts/install-deps installs it)"; exit 1; fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile" --enable-logging=stderr --v=0)
dom=$(timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$page" 2>"$profile/stderr")
status=0
for cls in "$@"; do
  if ! grep -q "class=\"hl $cls\"" <<<"$dom"; then echo "check_html: no highlight of class '$cls' in the rendered page"; status=1; fi
done
if grep -E "CONSOLE" "$profile/stderr"; then echo "check_html: the page wrote to the console"; status=1; fi
if [[ -n "${DEPECHE_SCREENSHOT:-}" ]]; then
  timeout 120 "$browser" "${flags[@]}" --hide-scrollbars --window-size=1280,1600 --screenshot="$DEPECHE_SCREENSHOT" \
    "file://$page" 2>/dev/null
fi
[[ $status == 0 ]] && echo "check_html: ok ($(grep -o 'class="hl ' <<<"$dom" | wc -l) highlights)"
exit $status
