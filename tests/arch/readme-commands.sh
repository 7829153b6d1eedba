#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's command list is what the command table says (app/commandtable.cpp):
# the block between the commands markers equals `rackside help --markdown`.
set -u
src=$1 rackside=$2
want=$("$rackside" help --markdown) || { echo "rackside help --markdown failed"; exit 1; }
[ -n "$want" ] || { echo "rackside help --markdown printed nothing"; exit 1; }
have=$(sed -n '/^<!-- commands:/,/^<!-- \/commands -->/p' "$src/README.md" | sed '1d;$d')
[ -n "$have" ] || { echo "README.md has no <!-- commands: --> ... <!-- /commands --> block"; exit 1; }
if [ "$want" != "$have" ]; then
    echo "README.md's command list differs from the command table; put this between the markers:"
    echo "$want"
    diff <(echo "$have") <(echo "$want")
    exit 1
fi
# Every command the table names answers its own --help.
for name in $(echo "$want" | sed -n 's/^- `rackside \([a-z][a-z-]*\) .*/\1/p'); do
    "$rackside" "$name" --help > /dev/null || { echo "rackside $name --help failed"; exit 1; }
done
echo "README.md lists the $(echo "$want" | wc -l) commands of the command table"
