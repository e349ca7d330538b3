#!/usr/bin/env bash
# SSPR Console developer set-up: installs what is missing, configures, builds, then runs the console or the tests.
#   packaging/dev.sh run [console args]   build and start the console on the demo tenant
#   packaging/dev.sh test                 build and run the whole test suite (offscreen, real Secret Service)
#   packaging/dev.sh build                build only
#   packaging/dev.sh package              build the .deb (build/sspr-console_VERSION_ARCH.deb) with CPack
set -euo pipefail

command=${1:-run}
shift || true
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SSPR_BUILD_DIR:-$root/build}
jobs=$(nproc 2>/dev/null || echo 2)

build_packages=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev qt6-networkauth-dev qt6-httpserver-dev qtkeychain-qt6-dev
    libqrcodegencpp-dev libphonenumber-dev libsqlite3-dev sqlite3 libgl-dev libssl-dev
)
test_packages=(xvfb xauth gnome-keyring dbus dbus-x11 zbar-tools oathtool desktop-file-utils appstream)
package_packages=(dpkg-dev file)

say() { printf 'dev.sh: %s\n' "$*" >&2; }

install_missing() {
    local wanted=("$@") missing=() pkg
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { say "need root (or sudo) to install: ${missing[*]}"; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure_and_build() {
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$build" --parallel "$jobs"
}

case "$command" in
run)
    install_missing "${build_packages[@]}"
    configure_and_build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        say "no display: run this in a desktop session, or start one with 'Xvfb :99 & export DISPLAY=:99' and run it again"
        exit 1
    fi
    exec "$build/app/sspr-console" "$@"
    ;;
build)
    install_missing "${build_packages[@]}"
    configure_and_build "$@"
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    configure_and_build -DBUILD_TESTING=ON
    # A real Secret Service for the keychain tests: a private D-Bus session with an unlocked gnome-keyring. Its
    # keyrings live in a scratch folder (XDG_DATA_HOME of the daemon only), so an existing login keyring with another
    # password neither blocks the unlock nor receives test entries. SSPR_REQUIRE_KEYCHAIN=1: the keychain tests fail
    # instead of skipping when no Secret Service answers.
    export QT_QPA_PLATFORM=offscreen SSPR_REQUIRE_KEYCHAIN=1
    keyrings=$(mktemp -d)
    status=0
    dbus-run-session -- sh -c '
        echo -n "sspr-test-keyring" | XDG_DATA_HOME="$2" gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        cd "$0" && ctest --output-on-failure --parallel "$1"' "$build" "$jobs" "$keyrings" || status=$?
    rm -rf "$keyrings"
    exit "$status"
    ;;
package)
    install_missing "${build_packages[@]}" "${package_packages[@]}"
    configure_and_build "$@"
    rm -f "$build"/sspr-console_*.deb
    (cd "$build" && cpack -G DEB >/dev/null)
    ls "$build"/sspr-console_*.deb
    ;;
*)
    say "unknown command '$command' (use run, test, build or package)"
    exit 2
    ;;
esac
