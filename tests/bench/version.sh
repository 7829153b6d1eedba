# SPDX-License-Identifier: GPL-3.0-or-later
# source_version: the checkout's commit for benchmark tables. The build root
# has no git, so .git is read directly when git is missing.
source_version() {
    git -C "$SRC" describe --always --dirty 2>/dev/null && return
    local head ref
    head=$(cat "$SRC/.git/HEAD" 2>/dev/null) || { echo unknown; return; }
    ref=${head#ref: }
    if [ "$ref" = "$head" ]; then echo "${head:0:7}"; return; fi
    { cat "$SRC/.git/$ref" 2>/dev/null || awk -v r="$ref" '$2 == r { print $1 }' "$SRC/.git/packed-refs"; } |
        cut -c1-7 | head -n1
}
