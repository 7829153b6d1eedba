#!/usr/bin/env bash
# Fails if core/ includes a Qt Widgets header or the core library links Qt6::Widgets.
set -u
src=$1 build=$2
fail=0
if hits=$(grep -rnE '#\s*include\s*[<"](QtWidgets|QWidget|QApplication|QMainWindow|QDialog|QAbstractButton|QtGui/)' "$src/core"); then
    echo "core/ includes GUI headers:"; echo "$hits"; fail=1
fi
# No object of the core library may be compiled against Qt Widgets or Gui headers.
if awk '/^build core\/CMakeFiles\/rackside_core\.dir/ { inside = 1; next } /^build / { inside = 0 } inside && /INCLUDES|FLAGS/' \
        "$build/build.ninja" | grep -q 'QtWidgets\|QtGui'; then
    echo "rackside_core is compiled with Qt Widgets/Gui include paths"; fail=1
fi
# The link line of every core-only test (tests/unit, linked with the core
# library alone) must not pull libQt6Widgets or libQt6Gui.
checked=0
for test in "$src"/tests/unit/tst_*.cpp; do
    bin=$build/tests/$(basename "$test" .cpp)
    [ -x "$bin" ] || { echo "$bin is not built"; fail=1; continue; }
    checked=$((checked + 1))
    if ldd "$bin" | grep -q 'libQt6Widgets\|libQt6Gui'; then echo "$bin links Qt Widgets/Gui"; fail=1; fi
done
[ "$checked" -gt 0 ] || { echo "no core test binary found to inspect"; exit 1; }
[ $fail = 0 ] && echo "core/ is free of Qt Widgets ($(find "$src/core" -name '*.cpp' | wc -l) sources checked)"
exit $fail
