#!/usr/bin/env bash
# Checks packaging/ssprctl.1 against the program: every command and option that "ssprctl --help" and
# "ssprctl COMMAND --help" list must be described in the man page, its version must be the project's, and
# man(1) must format it without warnings.
#   check_manpage.sh SSPRCTL MANPAGE VERSION
set -euo pipefail
ssprctl=$1 manpage=$2 version=$3
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

# The man page as plain words: roff escapes and font changes removed.
plain=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\(em/-/g' -e 's/^\.[A-Z]* //' -e 's/"//g' "$manpage")

problems=()
grep -q "^\.TH .* \"SSPR Console $version\"" "$manpage" \
    || problems+=("the .TH line does not name version $version")

help=$("$ssprctl" --help)
# Command lines sit between "Commands:" and "Global options:": two spaces, lowercase words, then arguments.
mapfile -t commands < <(printf '%s\n' "$help" | sed -n '/^Commands:/,/^Global options:/p' | sed -n 's/^  \([a-z][a-z -]*[a-z]\)\( [A-Z[].*\)\{0,1\}  .*/\1/p' \
    | sed 's/ [A-Z].*//; s/ *$//')
[ ${#commands[@]} -gt 0 ] || problems+=("found no commands in 'ssprctl --help'")
for option in $(printf '%s\n' "$help" | sed -n '/^Global options:/,/^$/p' | grep -o -- '--[a-z][a-z-]*'); do
    grep -q -- "$option" <<<"$plain" || problems+=("global option $option is not described")
done
# Where each command's entry starts; its options must be described between there and the next entry.
declare -A starts
for command in "${commands[@]}"; do
    # A command is described when its words start a line of the page (".B db info", ".BI \"user show \" UPN").
    line=$(grep -n "^$command\b" <<<"$plain" | head -1 | cut -d: -f1 || true)
    if [ -z "$line" ]; then
        problems+=("command '$command' is not described")
    else
        starts[$command]=$line
    fi
done
total=$(wc -l <<<"$plain")
for command in "${!starts[@]}"; do
    from=${starts[$command]} to=$total
    for other in "${starts[@]}"; do
        [ "$other" -gt "$from" ] && [ "$other" -le "$to" ] && to=$((other - 1))
    done
    section=$(sed -n "${from},${to}p" <<<"$plain")
    # shellcheck disable=SC2086 # the words of the command are separate arguments
    for option in $("$ssprctl" $command --help | sed -n '/^Options:/,$p' | grep -o -- '^  --[a-z][a-z-]*' || true); do
        grep -q -- "^$option\b" <<<"$section" || problems+=("option $option of '$command' is not described")
    done
done

if command -v man >/dev/null; then
    warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$manpage" 2>&1 >/dev/null || true)
    [ -z "$warnings" ] || problems+=("man reports: $warnings")
fi

if [ ${#problems[@]} -gt 0 ]; then
    printf 'FAIL: %s is out of date with ssprctl (edit it by hand, it is roff):\n' "$manpage"
    printf '  %s\n' "${problems[@]}"
    exit 1
fi
printf 'PASS: %s describes %d commands of ssprctl %s\n' "$manpage" "${#commands[@]}" "$version"
