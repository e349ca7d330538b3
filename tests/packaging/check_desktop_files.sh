#!/usr/bin/env bash
# Validates the desktop integration files as distributions do: desktop-file-validate for the .desktop entry,
# appstreamcli for the AppStream metainfo (offline), and that the metainfo's newest release is the project's version.
#   check_desktop_files.sh DESKTOP_FILE METAINFO_FILE VERSION
set -euo pipefail
desktop=$1 metainfo=$2 version=$3
export LC_ALL=C.UTF-8
status=0
for tool in desktop-file-validate:desktop-file-utils appstreamcli:appstream; do
    if ! command -v "${tool%%:*}" >/dev/null; then
        echo "FAIL: ${tool%%:*} is missing; install the Debian package ${tool#*:} (packaging/dev.sh test does)"
        exit 1
    fi
done
if ! out=$(desktop-file-validate "$desktop" 2>&1) || [ -n "$out" ]; then
    printf 'FAIL: desktop-file-validate %s:\n%s\n' "$desktop" "$out"
    status=1
fi
if ! out=$(appstreamcli validate --no-net --no-color "$metainfo" 2>&1); then
    printf 'FAIL: appstreamcli validate %s:\n%s\n' "$metainfo" "$out"
    status=1
fi
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | sed 's/.*version="//; s/"$//')
if [ "$newest" != "$version" ]; then
    echo "FAIL: the newest <release> in $metainfo is '$newest', the project is $version; add a release entry"
    status=1
fi
id=$(basename "$desktop" .desktop)
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || { echo "FAIL: $metainfo does not launch $id.desktop"; status=1; }
grep -q "^Icon=$id$" "$desktop" || { echo "FAIL: $desktop does not use the icon $id"; status=1; }
[ $status -eq 0 ] && echo "PASS: $(basename "$desktop") and $(basename "$metainfo") are valid (version $version)"
exit $status
