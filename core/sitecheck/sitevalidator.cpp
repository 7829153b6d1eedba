// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecheck/sitevalidator.h"

#include "boot/answertemplate.h"
#include "sitecheck/hostcheck.h"
#include "site/ipv4.h"
#include "sitecheck/menuvalidator.h"
#include "sitecheck/netbootcheck.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Site {

namespace {

QString rangePath(qsizetype index)
{
    return u"dhcp.ranges["_s % QString::number(index) % u']';
}

} // namespace

SiteValidator::SiteValidator(const Document &document)
    : m_document(document)
{
}

QList<Problem> SiteValidator::validate(const Document &document)
{
    SiteValidator validator(document);
    validator.checkGeneral();
    validator.checkSubnet();
    validator.checkRanges();
    validator.checkOptions();
    validator.checkBoot();
    validator.checkHosts();
    validator.checkAnswers();
    return validator.m_problems + MenuValidator::validate(document);
}

bool SiteValidator::isValidHostname(QStringView name)
{
    if (name.isEmpty() || name.size() > 63 || name.startsWith(u'-') || name.endsWith(u'-'))
        return false;
    for (QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                        || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

bool SiteValidator::isValidDomain(QStringView domain)
{
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    for (QStringView label : domain.tokenize(u'.')) {
        if (!isValidHostname(label))
            return false;
    }
    return true;
}

bool SiteValidator::isValidInterfaceName(QStringView name)
{
    // IFNAMSIZ is 16 including the terminating NUL.
    if (name.isEmpty() || name.size() > 15 || name == u"." || name == u"..")
        return false;
    for (QChar c : name) {
        if (c == u'/' || c.isSpace() || c.unicode() < 0x20)
            return false;
    }
    return true;
}

bool SiteValidator::isTreePath(QStringView path)
{
    const bool hasControl =
        std::any_of(path.begin(), path.end(), [](QChar c) { return c.unicode() < 0x20; });
    const bool escapes = path.split(u'/').contains(u".."_s) || path.startsWith(u'/')
                         || path.contains(u'\\');
    return !path.isEmpty() && !escapes && !hasControl && !path.contains(u"://"_s);
}

QString SiteValidator::unsupportedVersionMessage(qint64 version)
{
    return tr("unsupported version %1 (this Rackside reads version %2)")
        .arg(version)
        .arg(supportedVersion);
}

QString SiteValidator::leaseTimeMessage(qint64 seconds)
{
    return tr("%1 is out of range (%2..%3 seconds)")
        .arg(seconds)
        .arg(minLeaseTime)
        .arg(maxLeaseTime);
}

void SiteValidator::checkGeneral()
{
    const Document &d = m_document;
    if (d.version != supportedVersion)
        report(u"version"_s, unsupportedVersionMessage(d.version));
    if (!d.interfaceName.isEmpty() && !isValidInterfaceName(d.interfaceName))
        report(u"interface"_s,
               tr("%1 is not a network interface name").arg(quoted(d.interfaceName)));
    if (!d.serverAddress.isNull())
        checkFixedAddress(d.serverAddress, u"serverAddress"_s);
}

void SiteValidator::checkSubnet()
{
    const Document &d = m_document;
    const QString field = u"dhcp.subnet"_s;
    if (d.subnetAddress.isNull()) {
        if (d.dhcpMode == DhcpMode::Serve)
            report(field, tr("a subnet is required when mode is \"serve\""));
        return;
    }
    if (!isIpv4(d.subnetAddress)) {
        report(field, tr("%1 is not an IPv4 address").arg(quoted(d.subnetAddress.toString())));
        return;
    }
    if (d.subnetPrefix < 1 || d.subnetPrefix > 30) {
        report(field, tr("%1 leaves no room for DHCP clients (the prefix must be /1 to /30)")
                          .arg(d.subnetText()));
        return;
    }
    const quint32 network = d.subnetAddress.toIPv4Address() & ipv4Mask(d.subnetPrefix);
    if (network != d.subnetAddress.toIPv4Address()) {
        report(field, tr("%1 has host bits set (did you mean %2/%3?)")
                          .arg(d.subnetText(), QHostAddress(network).toString())
                          .arg(d.subnetPrefix));
    }
}

void SiteValidator::checkRanges()
{
    const Document &d = m_document;
    const quint32 network = d.subnetAddress.toIPv4Address() & ipv4Mask(d.subnetPrefix);
    const quint32 broadcast = network | ~ipv4Mask(d.subnetPrefix);
    for (qsizetype i = 0; i < d.ranges.size(); ++i) {
        const AddressRange &range = d.ranges.at(i);
        const QString path = rangePath(i);
        const auto checkEnd = [&](const QHostAddress &address, const QString &field,
                                  const QString &missing) {
            if (address.isNull()) {
                report(field, missing);
                return false;
            }
            if (!isIpv4(address)) {
                report(field, tr("%1 is not an IPv4 address").arg(quoted(address.toString())));
                return false;
            }
            return true;
        };
        const bool startOk =
            checkEnd(range.start, path + u".start"_s, tr("a start address is required"));
        const bool usable = checkEnd(range.end, path + u".end"_s, tr("an end address is required"))
                            && startOk;
        if (!usable)
            continue;
        if (!range.isValid()) {
            report(path, tr("start %1 is after end %2")
                             .arg(range.start.toString(), range.end.toString()));
            continue;
        }
        if (d.hasSubnet()) {
            if (!d.inSubnet(range.start)) {
                report(path + u".start"_s, tr("%1 is outside the subnet %2")
                                               .arg(range.start.toString(), d.subnetText()));
            } else if (range.start.toIPv4Address() == network) {
                report(path + u".start"_s, tr("%1 is the network address of %2")
                                               .arg(range.start.toString(), d.subnetText()));
            }
            if (!d.inSubnet(range.end)) {
                report(path + u".end"_s, tr("%1 is outside the subnet %2")
                                             .arg(range.end.toString(), d.subnetText()));
            } else if (range.end.toIPv4Address() == broadcast) {
                report(path + u".end"_s, tr("%1 is the broadcast address of %2")
                                             .arg(range.end.toString(), d.subnetText()));
            }
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (range.overlaps(d.ranges.at(j))) {
                report(path, tr("%1 overlaps %2 (%3)")
                                 .arg(range.toString(), rangePath(j), d.ranges.at(j).toString()));
            }
        }
    }
}

void SiteValidator::checkOptions()
{
    const Document &d = m_document;
    if (d.leaseTime < minLeaseTime || d.leaseTime > maxLeaseTime)
        report(u"dhcp.leaseTime"_s, leaseTimeMessage(d.leaseTime));
    if (!d.router.isNull())
        checkFixedAddress(d.router, u"dhcp.router"_s);
    for (qsizetype i = 0; i < d.dns.size(); ++i) {
        if (!isIpv4(d.dns.at(i))) {
            report(u"dhcp.dns["_s % QString::number(i) % u']',
                   tr("%1 is not an IPv4 address").arg(quoted(d.dns.at(i).toString())));
        }
    }
    if (!d.domain.isEmpty() && !isValidDomain(d.domain))
        report(u"dhcp.domain"_s, tr("%1 is not a domain name").arg(quoted(d.domain)));
}

void SiteValidator::checkBoot()
{
    for (BootArch arch : allBootArchs()) {
        const QString file = m_document.boot.file(arch);
        if (file.isEmpty())
            continue;
        const QString field = u"boot."_s % bootArchKey(arch);
        const bool hasControl =
            std::any_of(file.begin(), file.end(), [](QChar c) { return c.unicode() < 0x20; });
        if (isHttpBootArch(arch)) {
            const bool ok = file.startsWith("http://"_L1, Qt::CaseInsensitive) && file.size() > 7
                            && !hasControl && !file.contains(u' ');
            if (!ok)
                report(field, tr("%1 is not an http:// URL").arg(quoted(file)));
            continue;
        }
        if (!isTreePath(file)) {
            report(field, tr("%1 is not a path inside the boot tree (expected a relative path "
                             "such as boot/grub/x86_64-efi/core.efi)")
                              .arg(quoted(file)));
        }
    }
}

void SiteValidator::checkHosts()
{
    const Document &d = m_document;
    QHash<Net::MacAddress, qsizetype> macs;
    QHash<quint32, qsizetype> addresses;
    QHash<QString, qsizetype> names;
    for (qsizetype i = 0; i < d.hosts.size(); ++i) {
        const Host &host = d.hosts.at(i);
        const QString path = u"hosts["_s % QString::number(i) % u']';
        if (host.mac.isNull()) {
            report(path + u".mac"_s, tr("a MAC address is required"));
        } else if (const auto it = macs.constFind(host.mac); it != macs.cend()) {
            report(path + u".mac"_s,
                   tr("%1 is already used by %2").arg(host.mac.toString(), hostLabel(*it)));
        } else {
            macs.insert(host.mac, i);
        }

        if (!host.hostname.isEmpty()) {
            const QString key = host.hostname.toLower(); // DNS names ignore case
            if (!isValidHostname(host.hostname)) {
                report(path + u".hostname"_s,
                       tr("%1 is not a host name (letters, digits and '-', at most 63 characters)")
                           .arg(quoted(host.hostname)));
            } else if (const auto it = names.constFind(key); it != names.cend()) {
                report(path + u".hostname"_s,
                       tr("%1 is already used by %2").arg(quoted(host.hostname), hostLabel(*it)));
            } else {
                names.insert(key, i);
            }
        }

        if (host.ip.isNull())
            continue;
        const QString field = path + u".ip"_s;
        if (!checkFixedAddress(host.ip, field))
            continue;
        if (const QString claimed = HostCheck::claimedAddressProblem(d, host.ip);
            !claimed.isEmpty()) {
            report(field, claimed);
        } else if (const auto it = addresses.constFind(host.ip.toIPv4Address());
                   it != addresses.cend()) {
            report(field, tr("%1 is already used by %2").arg(host.ip.toString(), hostLabel(*it)));
        } else {
            addresses.insert(host.ip.toIPv4Address(), i);
        }
    }
}

void SiteValidator::checkAnswers()
{
    const Document &d = m_document;
    QHash<QString, qsizetype> names;
    for (qsizetype i = 0; i < d.answerFiles.size(); ++i) {
        const AnswerFile &file = d.answerFiles.at(i);
        const QString path = u"answerFiles["_s % QString::number(i) % u']';
        const bool plain = !file.name.isEmpty() && !file.name.contains(u'/') && !file.name.contains(u'\\')
                           && !file.name.startsWith(u'.') && file.name.size() <= 255;
        if (file.name.isEmpty())
            report(path + u".name"_s, tr("a name is required (the file name installers ask for, such as ks.cfg)"));
        else if (!plain)
            report(path + u".name"_s, tr("%1 is not a file name (no slashes, not starting with '.')").arg(quoted(file.name)));
        else if (const auto it = names.constFind(file.name); it != names.cend())
            report(path + u".name"_s, tr("%1 is already the name of answerFiles[%2]").arg(quoted(file.name)).arg(*it));
        else
            names.insert(file.name, i);
    }
    checkVariables(d.variables, u"variables"_s);
    for (auto it = d.httpFolders.cbegin(); it != d.httpFolders.cend(); ++it) {
        const QString field = u"httpFolders."_s % it.key();
        const bool plain = !it.key().isEmpty() && std::all_of(it.key().begin(), it.key().end(), [](QChar c) {
            return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.');
        }) && !it.key().startsWith(u'.');
        if (!plain)
            report(field, tr("%1 is not a folder name for URLs (letters, digits, '-', '_' and '.')").arg(quoted(it.key())));
        else if (it.key() == u"answers"_s || it.key() == u"install-done"_s)
            report(field, tr("%1 is Rackside's own (answer files and install-done)").arg(quoted(it.key())));
        else if (it.value().isEmpty())
            report(field, tr("the folder to serve is required"));
    }
    for (qsizetype i = 0; i < d.hosts.size(); ++i)
        checkVariables(d.hosts.at(i).variables, u"hosts["_s % QString::number(i) % u"].variables"_s);
    checkImages();
    for (const auto &finding : NetbootCheck::check(d))
        report(finding.field, finding.message);
}

void SiteValidator::checkImages()
{
    const Document &d = m_document;
    QHash<QString, qsizetype> names;
    for (qsizetype i = 0; i < d.images.size(); ++i) {
        const Image &image = d.images.at(i);
        const QString path = u"images["_s % QString::number(i) % u']';
        const bool plain = !image.name.isEmpty() && !image.name.startsWith(u'.')
                           && std::all_of(image.name.begin(), image.name.end(), [](QChar c) {
                                  return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.');
                              });
        if (!plain) {
            report(path + u".name"_s, tr("%1 is not an image name (letters, digits, '-', '_' and '.')").arg(quoted(image.name)));
            continue;
        }
        if (const auto it = names.constFind(image.name); it != names.cend()) {
            report(path + u".name"_s, tr("%1 is already the name of images[%2]").arg(quoted(image.name)).arg(*it));
            continue;
        }
        names.insert(image.name, i);
        const QString folder = u"images/"_s % image.name % u'/';
        const auto inside = [&](const QString &file) {
            return file.startsWith(folder) && !file.contains(u"/../"_s) && !file.endsWith(u"/.."_s);
        };
        if (!inside(image.kernel))
            report(path + u".kernel"_s, tr("%1 is not in the image's folder %2").arg(quoted(image.kernel), quoted(folder)));
        for (qsizetype j = 0; j < image.initrds.size(); ++j) {
            if (!inside(image.initrds.at(j)))
                report(path + u".initrds["_s % QString::number(j) % u']',
                       tr("%1 is not in the image's folder %2").arg(quoted(image.initrds.at(j)), quoted(folder)));
        }
        if (image.source != Image::Source::Files && image.file.isEmpty())
            report(path + u".file"_s, tr("the ISO, archive or folder the image came from is required"));
    }
}

void SiteValidator::checkVariables(const QMap<QString, QString> &variables, const QString &path)
{
    static const QStringList machineValues = {u"mac"_s, u"hostname"_s, u"ip"_s, u"server"_s};
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        const QString field = path % u'.' % it.key();
        if (!Boot::AnswerTemplate::isVariableName(it.key()))
            report(field, tr("%1 is not a variable name (letters, digits, '_' and '-', starting with a letter)")
                              .arg(quoted(it.key())));
        else if (machineValues.contains(it.key()))
            report(field, tr("{%1} is the machine's own value and cannot be set").arg(it.key()));
    }
}

bool SiteValidator::checkFixedAddress(const QHostAddress &address, const QString &field)
{
    const QString problem = HostCheck::fixedAddressProblem(m_document, address);
    if (!problem.isEmpty())
        report(field, problem);
    return problem.isEmpty();
}

QString SiteValidator::hostLabel(qsizetype index) const
{
    const QString path = u"hosts["_s % QString::number(index) % u']';
    const QString &name = m_document.hosts.at(index).hostname;
    return name.isEmpty() ? path : path % u" ("_s % name % u')';
}

void SiteValidator::report(const QString &field, const QString &message)
{
    m_problems.append({QString(), 0, 0, field, message});
}

} // namespace Site
