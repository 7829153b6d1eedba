#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# An installer ISO imported and served straight from the image, checked with
# curl over a veth pair in private namespaces against the files xorriso
# extracts from the same image. A Fedora-layout ISO (productmd .treeinfo,
# images/pxeboot, repodata, a symlink, a name with spaces, a folder deeper
# than ISO 9660's eight levels, relocated) is built with xorriso and
# imported: the import says what it is, copies kernel and initrd with a
# SHA256SUMS that `sha256sum -c` accepts, adds the image and an inst.repo=
# entry to the site, and refuses the same ISO twice. `rackside serve` then serves
# iso/<name>/<path> from inside the image and iso/<name>.iso whole: whole
# files, HEAD, byte ranges (start, middle, suffix, open end, across 2048-byte
# sectors, eight at once) byte-exact with the extracted files, escaped names,
# the deep file, the symlink as its target, the ISO itself; missing paths
# 404, traversal refused. `rackside images --remove` takes it all out again.
. "$(dirname "$0")/../lib/netns.sh"
. "$SRC/tests/lib/tftp.sh"
. "$SRC/tests/lib/isos.sh"
need xorriso curl python3 cmp dd sha256sum

DI=/usr/lib/debian-installer/images/13/amd64/text/debian-installer/amd64
[ -f "$DI/linux" ] && [ -f "$DI/initrd.gz" ] || fail "$DI/linux or initrd.gz is missing (package debian-installer-13-netboot-amd64)"
NAME=fedora-41-x86_64

# --- The ISO: Fedora's layout, with the awkward cases beside it ---
P=$WORK/payload
DEEP=deep/l1/l2/l3/l4/l5/l6/l7/l8/l9/l10
mkdir -p "$P/images/pxeboot" "$P/repodata" "$P/Packages" "$P/release notes" "$P/$DEEP"
cp "$DI/linux" "$P/images/pxeboot/vmlinuz"
cp "$DI/initrd.gz" "$P/images/pxeboot/initrd.img"
fedora_tree_files "$P"
head -c $((3 * 2048 + 77)) /dev/urandom >"$P/release notes/Fedora 41 notes.bin"
head -c 5000 /dev/urandom >"$P/$DEEP/deep file.bin"
ln -s images/pxeboot/initrd.img "$P/initrd-link.img"
ISO=$WORK/Fedora-41.iso
# -rr_reloc_dir: xorriso keeps paths deeper than eight levels as they are
# unless told to relocate them the way mkisofs and genisoimage do (ISO 9660
# gets them under /RR_MOVED, Rock Ridge CL/PL/RE entries put them back).
xorriso -as mkisofs -R -J -rr_reloc_dir rr_moved -V Fedora-41 -o "$ISO" "$P" >"$WORK/xorriso.log" 2>&1 ||
    fail "xorriso could not build the ISO: $(tail -n 5 "$WORK/xorriso.log")"
python3 - "$ISO" <<'PY' || fail "the ISO has no relocated deep folder (RR_MOVED in its ISO 9660 root)"
import struct, sys
f = open(sys.argv[1], "rb")
f.seek(16 * 2048 + 156)  # the primary volume descriptor's root directory record
root = f.read(34)
f.seek(struct.unpack("<I", root[2:6])[0] * 2048)
data, names, i = f.read(struct.unpack("<I", root[10:14])[0]), [], 0
while i < len(data):
    if data[i] == 0:  # records do not cross sectors
        i = (i // 2048 + 1) * 2048
        continue
    names.append(data[i + 33:i + 33 + data[i + 32]])
    i += data[i]
sys.exit(0 if b"RR_MOVED" in names else 1)
PY
# The reference: what xorriso itself reads back out of the image.
X=$WORK/extracted
xorriso -osirrox on -indev "$ISO" -extract / "$X" >"$WORK/extract.log" 2>&1 ||
    fail "xorriso could not extract the ISO: $(tail -n 5 "$WORK/extract.log")"
[ -L "$X/initrd-link.img" ] || fail "the extracted tree has no symlink initrd-link.img"
cmp "$X/images/pxeboot/initrd.img" "$DI/initrd.gz" || fail "xorriso's extracted initrd differs from the source"
pass "ISO built ($(file_size "$ISO") bytes) and extracted with xorriso"

# --- Import ---
# A site with a menu of its own: the import adds its entry there, and the
# removal at the end must leave the other entry alone.
mkdir -p "$WORK/tree/debian"
head -c 1000 /dev/urandom >"$WORK/tree/debian/linux"
head -c 1000 /dev/urandom >"$WORK/tree/debian/initrd.gz"
cat >"$WORK/site.json" <<JSON
{
  "version": 1,
  "serverAddress": "10.77.0.1",
  "bootTree": "tree",
  "dhcp": { "mode": "off" },
  "menus": [ { "name": "install", "title": "Install", "default": "debian", "timeout": 5,
      "entries": [ { "name": "debian", "title": "Debian", "kernel": "debian/linux", "initrds": [ "debian/initrd.gz" ],
                     "args": "auto=true" } ] } ],
  "hosts": []
}
JSON
"$RACKSIDE" import "$ISO" --site "$WORK/site.json" >"$WORK/import.log" 2>&1 ||
    fail "import failed: $(cat "$WORK/import.log")"
for want in "$ISO: Fedora 41 x86_64" "kernel  images/$NAME/vmlinuz" "initrd  images/$NAME/initrd.img" \
    "inst.repo=http://{server}/iso/$NAME"; do
    grep -qF "$want" "$WORK/import.log" || fail "the import did not say '$want': $(cat "$WORK/import.log")"
done
python3 - "$WORK/site.json" "$NAME" <<'PY' || fail "the site file after import: $(cat "$WORK/site.json")"
import json, sys
site, name = json.load(open(sys.argv[1])), sys.argv[2]
images = [i for i in site.get("images", []) if i["name"] == name]
assert len(images) == 1, site.get("images")
assert images[0]["file"] == "Fedora-41.iso", images[0]
assert len(site["menus"]) == 1 and site["menus"][0]["name"] == "install", site["menus"]
entries = [e for e in site["menus"][0]["entries"] if e["kernel"] == "images/%s/vmlinuz" % name]
assert len(entries) == 1, site["menus"]
assert entries[0]["name"] == name, entries[0]
assert entries[0]["initrds"] == ["images/%s/initrd.img" % name], entries[0]
assert "inst.repo=http://{server}/iso/%s" % name in entries[0]["args"].split(), entries[0]
PY
COPIES=$WORK/tree/images/$NAME
for f in vmlinuz initrd.img SHA256SUMS; do [ -f "$COPIES/$f" ] || fail "the import made no $COPIES/$f"; done
(cd "$COPIES" && sha256sum --quiet --strict -c SHA256SUMS) >"$WORK/sha.log" 2>&1 ||
    fail "sha256sum -c SHA256SUMS in $COPIES: $(cat "$WORK/sha.log")"
[ "$(wc -l <"$COPIES/SHA256SUMS")" = 2 ] || fail "SHA256SUMS does not list exactly the two copies: $(cat "$COPIES/SHA256SUMS")"
cmp "$COPIES/vmlinuz" "$DI/linux" && cmp "$COPIES/initrd.img" "$DI/initrd.gz" || fail "the copies differ from the ISO's files"
pass "import: Fedora 41 x86_64, entry with inst.repo=http://{server}/iso/$NAME, copies pass sha256sum -c"

cp "$WORK/site.json" "$WORK/site.before-second"
rc=0
"$RACKSIDE" import "$ISO" --site "$WORK/site.json" >"$WORK/import2.log" 2>&1 || rc=$?
[ "$rc" = 1 ] || fail "a second import of the same ISO exited $rc, not 1: $(cat "$WORK/import2.log")"
grep -q "already imported" "$WORK/import2.log" || fail "a second import did not say 'already imported': $(cat "$WORK/import2.log")"
cmp "$WORK/site.json" "$WORK/site.before-second" || fail "the refused second import changed the site file"
pass "a second import of the same ISO: exit 1, '$(grep -o 'is already imported[^.]*' "$WORK/import2.log" | head -n 1)'"

# --- Serve ---
tftp_pair
bg server.log nsx srv "$RACKSIDE" serve --site "$WORK/site.json" --dhcp-mode off --bind 10.77.0.1 \
    --tftp-port 0 --http-port 80
SERVER=$LAST_PID
wait_for 10 "$WORK/server.log" 'rackside: .*HTTP on port 80' || fail "rackside did not start HTTP: $(cat "$WORK/server.log")"
! grep -q "Image $NAME:" "$WORK/server.log" || fail "serve could not read the image: $(grep "Image $NAME:" "$WORK/server.log")"
URL=http://10.77.0.1
IURL=$URL/iso/$NAME
c() { nsx cli curl -sS "$@"; }
status() { c -o "$WORK/body" -w '%{http_code}' "$@"; }
hdr() { tr -d '\r' <"$1"; }

# get PATH REFERENCE: a 200 with exactly REFERENCE's bytes.
get() {
    local path=$1 ref=$2 code
    code=$(c -D "$WORK/get.head" -o "$WORK/get.out" -w '%{http_code}' "$URL/$path") || fail "GET $path: curl failed"
    [ "$code" = 200 ] || fail "GET $path: $code, not 200: $(cat "$WORK/get.out")"
    hdr "$WORK/get.head" | grep -qx "Content-Length: $(file_size "$ref")" || fail "GET $path: $(cat "$WORK/get.head")"
    cmp "$WORK/get.out" "$ref" || fail "GET $path: not the bytes of $ref"
}

# slice REFERENCE OFFSET LENGTH OUT: those bytes of REFERENCE.
slice() {
    dd if="$1" of="$4" bs=1M iflag=skip_bytes,count_bytes skip="$2" count="$3" status=none ||
        fail "dd could not cut $3 bytes at $2 from $1"
    [ "$(file_size "$4")" = "$3" ] || fail "$1 has no $3 bytes at $2"
}

# range PATH REFERENCE SPEC OFFSET LENGTH: a 206 for bytes=SPEC with
# Content-Range OFFSET-END/SIZE and exactly those bytes of REFERENCE.
range() {
    local path=$1 ref=$2 spec=$3 offset=$4 length=$5 size code
    size=$(file_size "$ref")
    code=$(c -D "$WORK/range.head" -o "$WORK/range.out" -w '%{http_code}' -r "$spec" "$URL/$path") ||
        fail "range $spec of $path: curl failed"
    [ "$code" = 206 ] || fail "range $spec of $path: $code, not 206: $(cat "$WORK/range.head")"
    hdr "$WORK/range.head" | grep -qx "Content-Range: bytes $offset-$((offset + length - 1))/$size" ||
        fail "range $spec of $path: $(cat "$WORK/range.head")"
    hdr "$WORK/range.head" | grep -qx "Content-Length: $length" || fail "range $spec of $path: $(cat "$WORK/range.head")"
    slice "$ref" "$offset" "$length" "$WORK/range.want"
    cmp "$WORK/range.out" "$WORK/range.want" || fail "range $spec of $path: not the bytes of $ref at $offset"
}

# --- Files inside the ISO ---
INITRD=images/pxeboot/initrd.img
REF=$X/$INITRD
SIZE=$(file_size "$REF")
get "iso/$NAME/$INITRD" "$REF"
get "iso/$NAME/images/pxeboot/vmlinuz" "$X/images/pxeboot/vmlinuz"
get "iso/$NAME/.treeinfo" "$X/.treeinfo"
get "iso/$NAME/repodata/repomd.xml" "$X/repodata/repomd.xml"
pass "GET inside the ISO: initrd ($SIZE bytes), kernel, .treeinfo, repomd.xml byte-identical to the extracted files"

c -I "$IURL/$INITRD" >"$WORK/head.out" || fail "HEAD $INITRD: curl failed"
hdr "$WORK/head.out" | grep -q '^HTTP/1.1 200 ' || fail "HEAD $INITRD: $(cat "$WORK/head.out")"
hdr "$WORK/head.out" | grep -qx "Content-Length: $SIZE" || fail "HEAD $INITRD: $(cat "$WORK/head.out")"
hdr "$WORK/head.out" | grep -qx 'Accept-Ranges: bytes' || fail "HEAD $INITRD without Accept-Ranges: $(cat "$WORK/head.out")"
pass "HEAD $INITRD: 200, Content-Length $SIZE, Accept-Ranges"

range "iso/$NAME/$INITRD" "$REF" 0-99 0 100
range "iso/$NAME/$INITRD" "$REF" 1000003-1070002 1000003 70000
range "iso/$NAME/$INITRD" "$REF" -4096 $((SIZE - 4096)) 4096
range "iso/$NAME/$INITRD" "$REF" "$((SIZE - 123457))-" $((SIZE - 123457)) 123457
range "iso/$NAME/$INITRD" "$REF" "$((SIZE - 1))-" $((SIZE - 1)) 1
# File offsets 2048, 4096 and 20480 are sector boundaries in the image too
# (a file's extent starts on a sector): the reader must step from one
# sector to the next.
range "iso/$NAME/$INITRD" "$REF" 2040-2055 2040 16
range "iso/$NAME/$INITRD" "$REF" 4095-4096 4095 2
range "iso/$NAME/$INITRD" "$REF" 18431-22529 18431 4099
range "iso/$NAME/$INITRD" "$REF" "$((SIZE / 2048 * 2048 - 5))-$((SIZE - 1))" $((SIZE / 2048 * 2048 - 5)) $((SIZE - SIZE / 2048 * 2048 + 5))
code=$(status -r "$((SIZE + 5))-" "$IURL/$INITRD")
[ "$code" = 416 ] || fail "a range past the end of $INITRD got $code, not 416"
pass "ranges inside the ISO: start, middle, suffix, open end, last byte, across sectors: 206 and exact; past the end 416"

get "iso/$NAME/release%20notes/Fedora%2041%20notes.bin" "$X/release notes/Fedora 41 notes.bin"
range "iso/$NAME/release%20notes/Fedora%2041%20notes.bin" "$X/release notes/Fedora 41 notes.bin" 2047-4100 2047 2054
get "iso/$NAME/$DEEP/deep%20file.bin" "$X/$DEEP/deep file.bin"
get "iso/$NAME/initrd-link.img" "$REF"
range "iso/$NAME/initrd-link.img" "$REF" 1000003-1070002 1000003 70000
pass "a name with spaces (%20), a file $(($(tr -cd / <<<"$DEEP" | wc -c) + 1)) folders deep (relocated), the symlink served as its target"

# --- The ISO whole ---
ISO_SIZE=$(file_size "$ISO")
c -I "$URL/iso/$NAME.iso" >"$WORK/isohead.out" || fail "HEAD $NAME.iso: curl failed"
hdr "$WORK/isohead.out" | grep -qx "Content-Length: $ISO_SIZE" || fail "HEAD $NAME.iso: $(cat "$WORK/isohead.out")"
start=$(date +%s%N)
timing=$(c -o "$WORK/iso.out" -w '%{http_code} %{time_total} %{speed_download}' "$URL/iso/$NAME.iso") ||
    fail "GET $NAME.iso: curl failed"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
read -r code curl_s speed <<<"$timing"
[ "$code" = 200 ] || fail "GET $NAME.iso: $code"
cmp "$WORK/iso.out" "$ISO" || fail "GET $NAME.iso: not the bytes of $ISO"
rm -f "$WORK/iso.out"
# Sector 16: the primary volume descriptor, "CD001" at its byte 1.
range "iso/$NAME.iso" "$ISO" "$((16 * 2048 - 3))-$((16 * 2048 + 9))" $((16 * 2048 - 3)) 13
grep -q CD001 "$WORK/range.out" || fail "the range of $NAME.iso across sector 16 has no CD001"
range "iso/$NAME.iso" "$ISO" -1000 $((ISO_SIZE - 1000)) 1000
pass "GET $NAME.iso ($ISO_SIZE bytes) byte-identical in $ms ms (curl: ${curl_s} s, $((${speed%.*} / 1048576)) MiB/s); ranges of it exact"

# --- Missing and hostile paths ---
[ "$(status "$IURL/images/pxeboot/no-such-file")" = 404 ] || fail "a missing file inside the ISO was not 404"
grep -q "not found: iso/$NAME/images/pxeboot/no-such-file" "$WORK/body" || fail "the 404 body does not say what: $(cat "$WORK/body")"
[ "$(status "$URL/iso/no-such-image/$INITRD")" = 404 ] || fail "a file of an image that is not there was not 404"
[ "$(status "$URL/iso/no-such-image.iso")" = 404 ] || fail "an ISO that is not there was not 404"
code=$(status "$IURL/images/pxeboot")
[ "$code" = 404 ] || [ "$code" = 403 ] || fail "a folder inside the ISO got $code"
SECRET=$(cat "$WORK/site.json")
for path in "iso/$NAME/../../site.json" "iso/$NAME/../../../site.json" "iso/$NAME/%2e%2e/%2e%2e/%2e%2e/site.json" \
    "iso/$NAME/..%2f..%2f..%2fsite.json" "iso/$NAME/images/../../../../site.json" "iso/$NAME/%2E%2E/$NAME.iso" \
    "iso/$NAME/..\\..\\..\\site.json"; do
    code=$(status --path-as-is "$URL/$path")
    [ "$code" = 403 ] || [ "$code" = 404 ] || fail "traversal $path got $code, not 403 or 404"
    ! grep -qF '"serverAddress"' "$WORK/body" && ! cmp -s "$WORK/body" <(printf '%s\n' "$SECRET") ||
        fail "traversal $path got the site file"
    [ "$(file_size "$WORK/body")" -lt 4096 ] || fail "traversal $path got $(file_size "$WORK/body") bytes"
done
pass "missing paths 404; ../, %2e%2e, ..%2f and backslash traversal refused without the file"

# --- Eight ranges at once ---
CPIDS=()
for i in 0 1 2 3 4 5 6 7; do
    off=$((i * SIZE / 8 + i * 4099 + 1)) len=$((1024 * 1024 + i * 2047))
    [ $((off + len)) -le "$SIZE" ] || len=$((SIZE - off))
    echo "$off $len" >"$WORK/par$i.want"
    nsx cli curl -sS -f -o "$WORK/par$i.out" -D "$WORK/par$i.head" -r "$off-$((off + len - 1))" "$IURL/$INITRD" \
        2>"$WORK/par$i.err" &
    CPIDS+=($!)
done
for i in 0 1 2 3 4 5 6 7; do
    wait "${CPIDS[$i]}" || fail "parallel range $i: curl failed: $(cat "$WORK/par$i.err")"
done
for i in 0 1 2 3 4 5 6 7; do
    read -r off len <"$WORK/par$i.want"
    hdr "$WORK/par$i.head" | grep -q '^HTTP/1.1 206 ' || fail "parallel range $i: $(cat "$WORK/par$i.head")"
    hdr "$WORK/par$i.head" | grep -qx "Content-Range: bytes $off-$((off + len - 1))/$SIZE" ||
        fail "parallel range $i: $(cat "$WORK/par$i.head")"
    slice "$REF" "$off" "$len" "$WORK/par$i.ref"
    cmp "$WORK/par$i.out" "$WORK/par$i.ref" || fail "parallel range $i ($len bytes at $off): wrong bytes"
done
kill -0 "$SERVER" 2>/dev/null || fail "rackside exited during the parallel ranges: $(tail -n 5 "$WORK/server.log")"
pass "eight ranges in parallel (1 MiB+ each across the initrd): all 206 and byte-exact"
stop_pid "$SERVER"

# --- Remove ---
"$RACKSIDE" images --site "$WORK/site.json" --remove "$NAME" >"$WORK/remove.log" 2>&1 ||
    fail "images --remove failed: $(cat "$WORK/remove.log")"
grep -qx "removed $NAME and its entries: install/$NAME" "$WORK/remove.log" || fail "images --remove said: $(cat "$WORK/remove.log")"
[ ! -e "$COPIES" ] || fail "images --remove left $COPIES: $(ls -la "$COPIES")"
[ -f "$ISO" ] || fail "images --remove deleted the ISO itself"
python3 - "$WORK/site.json" "$NAME" <<'PY' || fail "the site file after remove: $(cat "$WORK/site.json")"
import json, sys
site, name = json.load(open(sys.argv[1])), sys.argv[2]
assert not [i for i in site.get("images", []) if i["name"] == name], site["images"]
assert not [e for m in site.get("menus", []) for e in m["entries"] if name in json.dumps(e)], site["menus"]
assert [e["name"] for e in site["menus"][0]["entries"]] == ["debian"], site["menus"]
assert site["menus"][0]["default"] == "debian", site["menus"][0]
PY
"$RACKSIDE" images --site "$WORK/site.json" >"$WORK/list.log" 2>&1 || fail "images: $(cat "$WORK/list.log")"
grep -q '^no images' "$WORK/list.log" || fail "images still lists: $(cat "$WORK/list.log")"
pass "images --remove: its entry (not the Debian one), the site's image and images/$NAME gone; the ISO kept"
