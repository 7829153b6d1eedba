#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Reading a big installer ISO: Rackside's ISO reader (Iso::IsoArchive, through
# tests/bench/bench_iso) against bsdtar (libarchive-tools) and xorriso
# -osirrox, on a Fedora-DVD-like image of about --size-gib (4) GiB with
# --files (50,000) packages. Two operations:
#   list     every entry of the tree: bench_iso list, bsdtar -tf | wc -l,
#            xorriso -indev -find / | wc -l;
#   extract  images/pxeboot/vmlinuz and initrd.img into a fresh folder:
#            bench_iso extract, bsdtar -xf -C OUT PATH..., xorriso -osirrox on
#            -extract PATH OUT/... (both files in one run of each tool).
# Each is timed warm (page cache hot, after one untimed run of each tool;
# best of --warm, 5) and cold (sync and drop_caches before every run, which
# drops the programs and their libraries too, as after a reboot; best of
# --cold, 3). The tools take turns, the first of each round rotating, so a
# slow spell of this shared machine hits all of them. Time is the whole
# process's wall time from bash's time keyword (start-up included), CPU its
# user + sys. Every run is checked: extracted files must match the kernel
# and initrd they were made from (cmp), and every tool must list as many
# entries as the tree has (bsdtar also lists the root as ".", xorriso's
# -find as "/"; that line is taken off). The goals (issue): extraction at
# or below bsdtar's time; listing under one second. A dated section is
# appended to --results (tests/bench/iso-results.md).
#
# The image, built once with xorriso -as mkisofs -R -J and cached in
# --cache (/var/tmp/rackside-bench-iso, outside the checkout) until the
# parameters or the source kernel and initrd change (--rebuild forces it):
#   Packages/<letter>/NAME-V-R.fc41.ARCH.rpm  --files files of 256 B-8 KiB of
#       random bytes, spread over a-z and 0-9 by a Fedora-like letter weight,
#       and four large sparse "rpms" (zeros in the image) among them that
#       fill it to --size-gib;
#   images/pxeboot/vmlinuz, initrd.img  Debian 13's installer kernel and
#       initrd (debian-installer-13-netboot-amd64), the files extracted;
#   .treeinfo, repodata/repomd.xml  Fedora's (tests/lib/isos.sh).
# File data follows the tree's order sorted by byte (as on a DVD, where
# Packages sorts before images): every file gets a --sort-weight by its
# place in that order, so the kernel and initrd lie after all the packages,
# at the end of the image, the worst place for a reader that streams. The
# build checks this with report_lba and prints where they lie.
#
# usage: iso_rate.sh BENCH_ISO [--files N] [--size-gib N] [--warm N]
#        [--cold N] [--cache DIR] [--rebuild] [--results FILE | --no-results]
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }
need() { local c; for c; do command -v "$c" >/dev/null || fail "$c is missing (tools/packages)"; done; }

BENCH=$(readlink -f "${1:?usage: iso_rate.sh BENCH_ISO [ARGS...]}")
shift
SRC=${RACKSIDE_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
FILES=50000
SIZE_GIB=4
WARM=5
COLD=3
CACHE=/var/tmp/rackside-bench-iso
REBUILD=0
RESULTS=$SRC/tests/bench/iso-results.md
while [ $# -gt 0 ]; do
    case $1 in
        --files) FILES=$2; shift ;;
        --size-gib) SIZE_GIB=$2; shift ;;
        --warm) WARM=$2; shift ;;
        --cold) COLD=$2; shift ;;
        --cache) CACHE=$2; shift ;;
        --rebuild) REBUILD=1 ;;
        --results) RESULTS=$2; shift ;;
        --no-results) RESULTS= ;;
        -h | --help) sed -n '2,/^$/p' "$0" | sed -n 's/^# \{0,1\}//p'; exit 0 ;;
        *) fail "unknown argument $1 (--help lists them)" ;;
    esac
    shift
done
for v in FILES SIZE_GIB WARM; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || fail "--$(tr _ - <<<"${v,,}") must be a whole number above 0, not '${!v}'"
done
[[ $COLD =~ ^[0-9]+$ ]] || fail "--cold must be a whole number, not '$COLD'"
[ -x "$BENCH" ] || fail "$BENCH is not built (cmake --build build --target bench_iso)"
need bsdtar xorriso python3 cmp truncate awk
if [ "$COLD" -gt 0 ]; then
    [ "$(id -u)" = 0 ] && [ -w /proc/sys/vm/drop_caches ] ||
        fail "cold runs drop the page cache and need root (tools/dev bench iso), or pass --cold 0"
fi

DI=/usr/lib/debian-installer/images/13/amd64/text/debian-installer/amd64
KERNEL=$DI/linux
INITRD=$DI/initrd.gz
[ -f "$KERNEL" ] && [ -f "$INITRD" ] || fail "$DI/{linux,initrd.gz} missing (package debian-installer-13-netboot-amd64)"

mkdir -p "$CACHE"
CACHE=$(readlink -f "$CACHE")
ISO=$CACHE/fedora-like.iso
# What the cached image was built from; a change rebuilds it.
PARAMS="layout 2; files $FILES; size $SIZE_GIB GiB; kernel $(stat -c '%s %Y' "$KERNEL"); initrd $(stat -c '%s %Y' "$INITRD")"

build_iso() {
    local tree=$CACHE/tree t0 t1
    echo "bench: building the image in $CACHE ($FILES packages, about $SIZE_GIB GiB); this takes a few minutes"
    rm -rf "$tree" "$ISO" "$ISO.partial" "$CACHE/params" "$CACHE/info" "$CACHE/layout"
    t0=$(date +%s.%N)
    mkdir -p "$tree"
    # The packages: names and sizes from a fixed seed, content random bytes.
    # Prints the bytes they take in the image (whole 2 KiB blocks).
    local packed
    packed=$(python3 - "$tree/Packages" "$FILES" <<'PY'
import os, random, sys
root, count = sys.argv[1], int(sys.argv[2])
rng = random.Random(41)
weights = {c: 2.0 for c in "abcdefghijklmnopqrstuvwxyz"}
weights.update(p=9, l=6, r=5, g=5, m=3, t=4, x=3, k=3, c=3, s=4, h=2, n=2, o=2, d=2,
               q=1, u=1, v=1, w=1, y=0.5, z=0.5, j=1)
weights.update({c: 0.1 for c in "0123456789"})
letters = list(weights)
cum = list(weights.values())
syllables = ["lib", "perl", "py", "python3", "golang", "rust", "gnome", "kde", "qt6", "texlive", "font",
             "devel", "x11", "data", "utils", "tools", "common", "plugin", "doc", "core", "gtk", "mingw"]
arches = ["x86_64"] * 6 + ["noarch"] * 4 + ["i686"]
names = set()
byletter = {}
while len(names) < count:
    letter = rng.choices(letters, cum)[0]
    parts = [letter + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 6)))]
    parts += rng.sample(syllables, rng.randint(0, 3))
    stem = "-".join(parts)[:34]
    name = "%s-%d.%d.%d-%d.fc41.%s.rpm" % (stem, rng.randint(0, 20), rng.randint(0, 40), rng.randint(0, 9),
                                          rng.randint(1, 30), rng.choice(arches))
    if name not in names:
        names.add(name)
        byletter.setdefault(letter, []).append(name)
packed = 0
for letter in sorted(byletter):
    os.makedirs(os.path.join(root, letter))
    for name in sorted(byletter[letter]):
        size = int(min(8192, max(256, rng.lognormvariate(7.4, 0.7))))
        with open(os.path.join(root, letter, name), "wb") as f:
            f.write(rng.randbytes(size))
        packed += (size + 2047) // 2048 * 2048
print(packed)
PY
    )
    mkdir -p "$tree/images/pxeboot"
    cp "$KERNEL" "$tree/images/pxeboot/vmlinuz"
    cp "$INITRD" "$tree/images/pxeboot/initrd.img"
    . "$SRC/tests/lib/isos.sh"
    fedora_tree_files "$tree"
    # Four large packages fill the image to the size asked for; 300 KiB a
    # thousand entries is about what the directories, Rock Ridge and Joliet
    # take (15 MiB for 50,000 files).
    local used big name i=0
    used=$((packed + $(stat -c %s "$KERNEL") + $(stat -c %s "$INITRD") + FILES * 300 * 1024 / 1000 + 1048576))
    big=$(((SIZE_GIB * 1073741824 - used) / 4 / 2048 * 2048))
    [ "$big" -gt 0 ] || fail "--size-gib $SIZE_GIB is too small for $FILES packages"
    for name in f/firefox-langpacks-filler l/libreoffice-core-filler t/texlive-collection-filler x/xorg-x11-drivers-filler; do
        mkdir -p "$tree/Packages/${name%%/*}"
        truncate -s "$big" "$tree/Packages/$name-1.0-$((i += 1)).fc41.x86_64.rpm"
    done
    # Every file's data in the tree's byte order: higher weight, lower block.
    (cd "$tree" && find . -type f | LC_ALL=C sort) |
        awk -v n="$FILES" '{ sub(/^\./, ""); print n + 10 - NR, $0 }' >"$CACHE/weights"
    local dirs files
    dirs=$(find "$tree" -mindepth 1 -type d | wc -l)
    files=$(find "$tree" -type f | wc -l)
    xorriso -as mkisofs -R -J -V FEDORA_LIKE_41 --sort-weight-list "$CACHE/weights" \
        -o "$ISO.partial" "$tree" >"$CACHE/xorriso.log" 2>&1 ||
        fail "xorriso could not build the image: $(tail -n 5 "$CACHE/xorriso.log")"
    t1=$(date +%s.%N)
    # Where the files' data lie: the last block of any package, the kernel's and initrd's.
    xorriso -indev "$ISO.partial" -find / -type f -exec report_lba 2>/dev/null |
        awk -F' *, *' '/^File data lba:/ {
                start = $2; blocks = $3; path = $5; gsub(/'\''/, "", path)
                if (path ~ /^\/Packages\//) { if (start + blocks > pend) pend = start + blocks }
                else if (path ~ /^\/images\/pxeboot\//) where[path] = start " " blocks
            }
            END { printf "packages_end %d\n", pend; for (p in where) print "file", p, where[p] }' >"$CACHE/layout"
    local pend k
    pend=$(awk '$1 == "packages_end" { print $2 }' "$CACHE/layout")
    for k in /images/pxeboot/vmlinuz /images/pxeboot/initrd.img; do
        grep -q "^file $k " "$CACHE/layout" || fail "report_lba does not show $k"
        awk -v k="$k" -v p="$pend" '$1 == "file" && $2 == k { exit !($3 >= p) }' "$CACHE/layout" ||
            fail "$k lies before the end of the packages' data: $(cat "$CACHE/layout")"
    done
    {
        echo "dirs $dirs"
        echo "files $files"
        echo "build_seconds $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", b - a }')"
        echo "built $(date -u '+%Y-%m-%d %H:%M UTC')"
    } >"$CACHE/info"
    rm -rf "$tree"
    mv "$ISO.partial" "$ISO"
    echo "$PARAMS" >"$CACHE/params"
}

if [ "$REBUILD" = 1 ] || [ ! -f "$ISO" ] || [ "$(cat "$CACHE/params" 2>/dev/null)" != "$PARAMS" ]; then
    build_iso
else
    echo "bench: reusing $ISO ($(cat "$CACHE/params"))"
fi
info() { awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print }' "$CACHE/info"; }
DIRS=$(info dirs)
NFILES=$(info files)
ENTRIES=$((DIRS + NFILES))
ISO_BYTES=$(stat -c %s "$ISO")
ISO_BLOCKS=$((ISO_BYTES / 2048))
PEND=$(awk '$1 == "packages_end" { print $2 }' "$CACHE/layout")
where() { # where PATH: "LBA n (x.xx GiB into the image, nn.n %), N blocks"
    awk -v k="$1" -v total="$ISO_BLOCKS" '$1 == "file" && $2 == k {
        printf "LBA %d-%d (%.2f GiB in, %.1f %% of the image)", $3, $3 + $4 - 1, $3 * 2048 / 2^30, 100 * $3 / total }' "$CACHE/layout"
}
LAYOUT="vmlinuz at $(where /images/pxeboot/vmlinuz), initrd.img at $(where /images/pxeboot/initrd.img); the packages' data ends at LBA $((PEND - 1))"
ISO_ABOUT=$(awk -v b="$ISO_BYTES" -v f="$NFILES" -v d="$DIRS" -v s="$(info build_seconds)" -v p="$FILES" 'BEGIN {
    printf "%.2f GiB (%d bytes), %d files (%d small packages) in %d directories; built in %d s", b / 2^30, b, f, p, d, s }')
echo "bench: $ISO: $ISO_ABOUT"
echo "bench: $LAYOUT"

WORK=$(mktemp -d "$CACHE/run.XXXX")
trap 'rm -rf "$WORK"' EXIT
OUT=$WORK/out
PATHS=(images/pxeboot/vmlinuz images/pxeboot/initrd.img)

list_rackside() { "$BENCH" list "$ISO"; }
list_bsdtar() { bsdtar -tf "$ISO" | wc -l; }
list_xorriso() { xorriso -indev "$ISO" -find / | wc -l; }
extract_rackside() { "$BENCH" extract "$ISO" "$OUT" "${PATHS[@]}"; }
extract_bsdtar() { bsdtar -xf "$ISO" -C "$OUT" "${PATHS[@]}"; }
extract_xorriso() {
    xorriso -osirrox on -indev "$ISO" -extract "/${PATHS[0]}" "$OUT/vmlinuz" -extract "/${PATHS[1]}" "$OUT/initrd.img"
}

# The entries a listing showed, or the files an extraction wrote, checked.
check() {
    local tool=$1 op=$2 n dir
    if [ "$op" = list ]; then
        case $tool in
            rackside) n=$(awk '{ print $2 }' "$WORK/stdout") ;;
            bsdtar | xorriso) n=$(($(cat "$WORK/stdout") - 1)) ;; # "." or "/", the root itself
        esac
        [ "$n" = "$ENTRIES" ] || fail "$tool listed $n entries, the tree has $ENTRIES: $(head -c 300 "$WORK/stdout")"
        [ "$tool" != rackside ] || RS_MS=$(awk '{ print $NF }' "$WORK/stdout")
    else
        dir=$OUT
        [ "$tool" = bsdtar ] && dir=$OUT/images/pxeboot
        cmp "$KERNEL" "$dir/vmlinuz" || fail "$tool: the extracted vmlinuz differs from $KERNEL"
        cmp "$INITRD" "$dir/initrd.img" || fail "$tool: the extracted initrd.img differs from $INITRD"
        [ "$tool" != rackside ] || RS_MS=$(awk '{ print $NF }' "$WORK/stdout")
    fi
}

# run TOOL OP COLD: one timed run, checked; sets T (wall s), C (user + sys s).
TIMEFORMAT='%3R %3U %3S'
run() {
    local tool=$1 op=$2 cold=$3 u s
    rm -rf "$OUT" && mkdir -p "$OUT"
    if [ "$cold" = 1 ]; then sync; echo 3 >/proc/sys/vm/drop_caches; fi
    if ! { time "${op}_$tool" >"$WORK/stdout" 2>"$WORK/stderr"; } 2>"$WORK/time"; then
        fail "$tool $op failed: $(tail -n 5 "$WORK/stderr")"
    fi
    read -r T u s <"$WORK/time"
    C=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
    RS_MS=
    check "$tool" "$op"
}

tools=(rackside bsdtar xorriso)
ops=(list extract)
declare -A TIME CPU MS
echo "bench: one untimed run of each (checks them, warms the cache)"
for op in "${ops[@]}"; do for t in "${tools[@]}"; do run "$t" "$op" 0; done; done
: >"$WORK/runs"
measure() {
    local mode=$1 repeat=$2 cold=$3 r i op t
    for ((r = 0; r < repeat; r++)); do
        for op in "${ops[@]}"; do
            for ((i = 0; i < ${#tools[@]}; i++)); do
                t=${tools[$(((i + r) % ${#tools[@]}))]}
                run "$t" "$op" "$cold"
                printf '%-4s %-7s %-8s run %d: %7s s  CPU %5s s%s\n' "$mode" "$op" "$t" "$((r + 1))" "$T" "$C" \
                    "${RS_MS:+  (in process: $RS_MS ms)}" | tee -a "$WORK/runs"
                if [ -z "${TIME[$mode,$op,$t]:-}" ] || awk -v a="$T" -v b="${TIME[$mode,$op,$t]}" 'BEGIN { exit !(a < b) }'; then
                    TIME[$mode,$op,$t]=$T CPU[$mode,$op,$t]=$C MS[$mode,$op,$t]=$RS_MS
                fi
            done
        done
    done
}
measure warm "$WARM" 0
if [ "$COLD" -gt 0 ]; then measure cold "$COLD" 1; fi
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

. "$(dirname "$0")/version.sh"
ver_rackside=$(source_version)
ver_bsdtar=$(bsdtar --version | sed -n '1s/^\(bsdtar [^ ]*\) - \(libarchive [^ ]*\).*/\1 (\2)/p')
ver_xorriso=$(xorriso -version 2>/dev/null | sed -n '1s/^xorriso //p')
modes=(warm)
if [ "$COLD" -gt 0 ]; then modes+=(cold); fi
cell() { # cell MODE OP TOOL
    local k=$1,$2,$3
    printf '%s s (CPU %s s%s)' "${TIME[$k]}" "${CPU[$k]}" "${MS[$k]:+; $(awk -v m="${MS[$k]}" 'BEGIN { printf "%.0f", m }') ms in process}"
}
ratio() { awk -v a="${TIME[$1,$2,rackside]}" -v b="${TIME[$1,$2,$3]}" 'BEGIN { printf "%.2f", a / b }'; }
goal() { # goal MODE OP
    if [ "$2" = list ]; then
        awk -v a="${TIME[$1,list,rackside]}" 'BEGIN { print (a < 1 ? "under 1 s: met" : "under 1 s: NOT met") }'
    else
        awk -v a="${TIME[$1,extract,rackside]}" -v b="${TIME[$1,extract,bsdtar]}" \
            'BEGIN { print (a <= b ? "at or below bsdtar: met" : "at or below bsdtar: NOT met") }'
    fi
}
table() {
    echo "| Case | rackside | bsdtar | xorriso | rackside / bsdtar | rackside / xorriso | Goal |"
    echo "|---|---:|---:|---:|---:|---:|---|"
    local m op label
    for m in "${modes[@]}"; do
        for op in "${ops[@]}"; do
            case $op in
                list) label="list $ENTRIES entries, $m" ;;
                extract) label="extract vmlinuz + initrd.img, $m" ;;
            esac
            echo "| $label | $(cell "$m" "$op" rackside) | $(cell "$m" "$op" bsdtar) | $(cell "$m" "$op" xorriso) |" \
                "$(ratio "$m" "$op" bsdtar) | $(ratio "$m" "$op" xorriso) | $(goal "$m" "$op") |"
        done
    done
}
about() {
    echo "Image: $ISO_ABOUT; $LAYOUT."
    echo "$(nproc) vCPUs ($(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n1)) VM, $(awk '/^MemTotal/ { printf "%.0f", $2 / 2^20 }' /proc/meminfo) GiB RAM, Linux $(uname -r), the image on $(findmnt -no FSTYPE -T "$CACHE" 2>/dev/null || stat -f -c %T "$CACHE") ($(df --output=source "$CACHE" | tail -n1)); load average $LOAD_END at the end;"
    echo "rackside $ver_rackside, $ver_bsdtar, xorriso $ver_xorriso."
    if [ "$COLD" -gt 0 ]; then
        echo "Warm: page cache hot, best of $WARM; cold: sync and drop_caches before each run (programs and libraries too), best of $COLD; tools take turns."
    else
        echo "Warm only: page cache hot, best of $WARM; tools take turns."
    fi
    echo "Cell: best wall time of the whole process (its user + sys CPU; for rackside also the time inside the process, from open to the end). Ratios: rackside time / peer time."
}
echo
about
echo
table
if [ -n "$RESULTS" ]; then
    {
        [ -s "$RESULTS" ] || printf '# ISO reader benchmark results\n\nWritten by tests/bench/iso_rate.sh (tools/dev bench iso); every run appends a section.\n'
        echo
        echo "## $(date -u '+%Y-%m-%d %H:%M UTC')"
        echo
        about
        echo
        table
        echo
        echo '```'
        cat "$WORK/runs"
        echo '```'
    } >>"$RESULTS"
    echo "bench: results appended to $RESULTS"
fi
