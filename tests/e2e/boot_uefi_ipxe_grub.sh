#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# boot_uefi_grub.sh with an e1000 NIC: QEMU's iPXE EFI ROM drives the card
# under EDK2's PXE. One script, two CTest tests.
NIC=e1000 exec bash "$(dirname "$0")/boot_uefi_grub.sh" "$@"
