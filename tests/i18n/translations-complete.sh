#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The translations are complete: every string the sources hold is in each
# translations/rackside_<lang>.ts, translated (not "unfinished", not empty),
# with the same placeholders and the plural forms the language has; and
# rackside_en.ts gives the English singular of every plural message.
# Usage: translations-complete.sh SOURCE_DIR LUPDATE
set -euo pipefail
src=$1 lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$src"
mkdir -p "$work/fresh"
for ts in translations/rackside_*.ts; do
    cp "$ts" "$work/fresh/"
done
# What lupdate would make of them from today's sources (the same options as
# tools/update-translations): new strings come in as unfinished, vanished ones go.
full=() plural=()
for ts in "$work"/fresh/*.ts; do
    case $ts in *_en.ts) plural+=("$ts") ;; *) full+=("$ts") ;; esac
done
[ ${#full[@]} -ge 3 ] || { echo "FAIL: expected de, fr and zh_CN translations, found ${#full[@]}"; exit 1; }
[ ${#plural[@]} -eq 1 ] || { echo "FAIL: translations/rackside_en.ts (English plurals) is missing"; exit 1; }
"$lupdate" -silent -no-obsolete -locations none core ui app -ts "${full[@]}"
"$lupdate" -silent -no-obsolete -locations none -pluralonly core ui app -ts "${plural[@]}"

python3 - "$src/translations" "$work/fresh" <<'PY'
import os, re, sys
import xml.etree.ElementTree as ET

committed_dir, fresh_dir = sys.argv[1:3]
# Plural forms per language, as Qt counts them (qtbase's numerus rules).
forms = {"de": 2, "fr": 2, "en": 2, "zh": 1}
placeholder = re.compile(r"%(?:L?\d+|n)")

def messages(path):
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            out[(name, m.findtext("source"))] = m
    return out

failures = []
for file in sorted(os.listdir(fresh_dir)):
    lang = file[len("rackside_"):-len(".ts")].split("_")[0]
    fresh = messages(os.path.join(fresh_dir, file))
    committed = messages(os.path.join(committed_dir, file))
    missing = set(fresh) - set(committed)
    for ctx, source in sorted(missing):
        failures.append(f"{file}: missing (run tools/update-translations): [{ctx}] {source!r}")
    for (ctx, source), m in sorted(fresh.items()):
        if (ctx, source) in missing:
            continue
        t = m.find("translation")
        where = f"{file}: [{ctx}] {source!r}"
        if t.get("type") in ("unfinished", "vanished", "obsolete"):
            failures.append(f"{where}: {t.get('type')}")
            continue
        if m.get("numerus") == "yes":
            texts = [f.text or "" for f in t.findall("numerusform")]
            if len(texts) != forms[lang]:
                failures.append(f"{where}: {len(texts)} plural forms, {lang} has {forms[lang]}")
        else:
            texts = [t.text or ""]
        for text in texts:
            if not text.strip():
                failures.append(f"{where}: empty translation")
            want = set(placeholder.findall(source))
            got = set(placeholder.findall(text))
            # A singular form may spell the number out ("1 host" has no %n).
            if m.get("numerus") == "yes":
                want.discard("%n"); got.discard("%n")
            if want != got:
                failures.append(f"{where}: placeholders {sorted(got)} in {text!r}, want {sorted(want)}")
    print(f"{file}: {len(fresh)} messages, {len(missing)} missing")

for f in failures[:60]:
    print("FAIL:", f)
if len(failures) > 60:
    print(f"FAIL: ... and {len(failures) - 60} more")
sys.exit(1 if failures else 0)
PY
