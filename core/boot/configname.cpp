// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/configname.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Boot {

namespace {

bool isHex(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

/// "01-aa-bb-cc-dd-ee-ff" (ARP type 1, Ethernet), "C0A80002", "C0A8", or Other.
void parseKey(QStringView name, ConfigName &out)
{
    if (name.size() == 20 && name.startsWith(u"01-")) {
        if (const auto mac = Net::MacAddress::parse(name.sliced(3)); mac && !mac->isNull()) {
            out.key = ConfigName::Key::Mac;
            out.mac = *mac;
            return;
        }
    }
    if (!name.isEmpty() && name.size() <= 8 && isHex(name)) {
        if (name.size() < 8) {
            out.key = ConfigName::Key::PartialIp;
            return;
        }
        out.key = ConfigName::Key::Ip;
        out.ip = QHostAddress(name.toUInt(nullptr, 16));
        return;
    }
    out.key = ConfigName::Key::Other;
}

} // namespace

ConfigName ConfigName::parse(const QString &path)
{
    ConfigName out;
    const QStringList parts = path.split(u'/');
    if (parts.size() < 2)
        return out; // loaders never ask for their config at the root
    const QString &name = parts.last();
    const QString &folder = parts.at(parts.size() - 2);
    const bool grubFolder =
        folder == "grub"_L1 || (parts.size() >= 3 && parts.at(parts.size() - 3) == "grub"_L1);

    if (folder == "pxelinux.cfg"_L1) {
        out.loader = Loader::Pxelinux;
        if (name == "default"_L1)
            out.key = Key::Generic;
        else
            parseKey(name, out);
        return out;
    }
    if (folder == "ipxe"_L1 && name.endsWith(".ipxe"_L1)) {
        out.loader = Loader::Ipxe;
        out.key = Key::Generic;
        return out;
    }
    if (grubFolder && name == "grub.cfg"_L1) {
        out.loader = Loader::Grub;
        out.key = Key::Generic;
        return out;
    }
    if (grubFolder && name.startsWith("grub.cfg-"_L1)) {
        out.loader = Loader::Grub;
        parseKey(QStringView(name).sliced(9), out);
    }
    return out;
}

} // namespace Boot
