# SPDX-License-Identifier: GPL-3.0-or-later
# Installer ISO layouts for tests that build ISOs with xorriso.
#
#   fedora_tree_files DIR   Fedora's productmd .treeinfo (naming
#                           images/pxeboot/vmlinuz and initrd.img) and a
#                           repodata/repomd.xml, in DIR

fedora_tree_files() {
    local dir=$1
    mkdir -p "$dir/repodata"
    cat >"$dir/.treeinfo" <<'INI'
[header]
type = productmd.treeinfo
version = 1.2

[release]
name = Fedora
short = Fedora
version = 41

[tree]
arch = x86_64
platforms = x86_64

[images-x86_64]
kernel = images/pxeboot/vmlinuz
initrd = images/pxeboot/initrd.img
INI
    cat >"$dir/repodata/repomd.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<repomd xmlns="http://linux.duke.edu/metadata/repo"><revision>1730000000</revision></repomd>
XML
}
