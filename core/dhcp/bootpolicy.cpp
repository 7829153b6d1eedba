// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp/bootpolicy.h"

using namespace Qt::StringLiterals;

namespace Dhcp {

bool BootPolicy::looksLikeIpxe(const QString &file)
{
    const QString name = file.section(u'/', -1).toLower();
    if (name.endsWith(u".ipxe"_s) || name.endsWith(u".txt"_s) || name.endsWith(u".cfg"_s))
        return false; // an iPXE script, which is what iPXE should get
    return name.contains(u"ipxe"_s) || name.contains(u"undionly"_s) || name.endsWith(u".kpxe"_s)
        || name.endsWith(u".kkpxe"_s);
}

BootPolicy::Choice BootPolicy::choose(const BootClient &client, const QString &hostFile,
                                      const QString &server) const
{
    Choice choice;
    using Arch = BootClient::Arch;
    const Arch arch = client.arch == Arch::UefiBc ? Arch::UefiX64 : client.arch;
    if (client.ipxe && !m_ipxe.isEmpty()) {
        choice.file = m_ipxe;
    } else if (!hostFile.isEmpty()) {
        choice.file = hostFile;
    } else if (arch == Arch::Unknown) {
        choice.reason = client.isNetworkBoot() ? u"unknown client architecture"_s
                                               : u"not a network boot client"_s;
        return choice;
    } else {
        choice.file = m_files.value(int(arch));
        if (choice.file.isEmpty()) {
            choice.reason = u"no boot file set for %1"_s.arg(BootClient::archName(arch));
            return choice;
        }
    }
    // Handing iPXE the iPXE binary again is the classic endless chainload.
    if (client.ipxe && looksLikeIpxe(choice.file)) {
        choice.reason = u"iPXE asked, and its boot file %1 is iPXE itself: set an iPXE script"_s.arg(choice.file);
        choice.file.clear();
        return choice;
    }
    choice.file.replace(u"{server}"_s, server);
    choice.isUrl = choice.file.startsWith(u"http://"_s) || choice.file.startsWith(u"https://"_s);
    if (client.httpBoot && !choice.isUrl) {
        choice.reason = u"HTTP boot client needs a URL, got %1"_s.arg(choice.file);
        choice.file.clear();
    }
    return choice;
}

} // namespace Dhcp
