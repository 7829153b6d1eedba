// SPDX-License-Identifier: GPL-3.0-or-later
#include "boot/answerfiles.h"

#include "boot/answertemplate.h"
#include "boot/treefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Boot {

namespace {

// Larger templates are refused: an answer file is a few kilobytes.
constexpr qint64 maxTemplateSize = 4 * 1024 * 1024;

} // namespace

QHash<QString, QString> AnswerFiles::loadTemplates(const Site::Document &site, const QString &sitePath,
                                                   QStringList *warnings)
{
    QHash<QString, QString> templates;
    const QDir folder = QFileInfo(sitePath).absoluteDir();
    for (const Site::AnswerFile &answer : site.answerFiles) {
        if (answer.file.isEmpty()) {
            templates.insert(answer.name, answer.text);
            continue;
        }
        QFile file(folder.absoluteFilePath(answer.file));
        if (!file.open(QIODevice::ReadOnly)) {
            warnings->append(u"answer file %1: cannot read %2: %3"_s.arg(answer.name, file.fileName(), file.errorString()));
            continue;
        }
        // read(), not size(): a FIFO or a device has no size.
        const QByteArray text = file.read(maxTemplateSize + 1);
        if (text.size() > maxTemplateSize) {
            warnings->append(u"answer file %1: %2 is larger than %3 MiB"_s.arg(answer.name, file.fileName())
                                 .arg(maxTemplateSize >> 20));
            continue;
        }
        templates.insert(answer.name, QString::fromUtf8(text));
    }
    return templates;
}

AnswerFiles::AnswerFiles(Site::Document site, QHash<QString, QString> templates, QHostAddress serverAddress,
                         std::shared_ptr<const FileSource> next)
    : m_site(std::move(site))
    , m_templates(std::move(templates))
    , m_server(serverAddress.isNull() ? m_site.serverAddress : serverAddress)
    , m_next(std::move(next))
{
}

QHash<QString, QString> AnswerFiles::values(const Site::Host &host, const QHostAddress &requester,
                                            bool sameMachine) const
{
    QHash<QString, QString> values;
    for (auto it = m_site.variables.cbegin(); it != m_site.variables.cend(); ++it)
        values.insert(it.key(), it.value());
    for (auto it = host.variables.cbegin(); it != host.variables.cend(); ++it)
        values.insert(it.key(), it.value());
    // The machine's own values win: a variable cannot pretend to be its MAC.
    values.insert(u"mac"_s, host.mac.toString());
    values.insert(u"hostname"_s, host.hostname);
    const QHostAddress ip = !host.ip.isNull() ? host.ip : sameMachine ? requester : QHostAddress();
    values.insert(u"ip"_s, ip.protocol() == QHostAddress::IPv4Protocol ? ip.toString() : QString());
    values.insert(u"server"_s, m_server.isNull() ? QString() : m_server.toString());
    return values;
}

AnswerFiles::Match AnswerFiles::identify(const std::optional<Net::MacAddress> &inUrl, const Requester &who) const
{
    Match match;
    const auto byMac = [this, &match](const Net::MacAddress &mac, const QString &unknown) {
        match.mac = mac;
        match.host = mac.isNull() ? nullptr : m_site.hostByMac(mac);
        if (!match.host)
            match.why = unknown;
        return match;
    };
    const auto notAHost = [](const Net::MacAddress &mac) {
        return u"no host in the site has the MAC %1: add it on the Hosts page to install it"_s.arg(mac.toString());
    };
    // The host the requester is by its own address: its lease, else its fixed address.
    const Site::Host *asker = who.mac.isNull() ? m_site.hostByIp(who.address) : m_site.hostByMac(who.mac);
    if (inUrl) {
        // Anyone may name a host (an operator's curl), but a host never gets another host's answers.
        if (asker && asker->mac != *inUrl && !who.announcedMacs.contains(*inUrl)) {
            match.mac = asker->mac;
            match.why = u"%1 asked for the answers of %2: refused, a host only gets its own"_s.arg(asker->label(),
                                                                                                  inUrl->toString());
            return match;
        }
        return byMac(*inUrl, notAHost(*inUrl));
    }
    if (!who.announcedMacs.isEmpty()) {
        QStringList macs;
        for (const Net::MacAddress &mac : who.announcedMacs)
            macs << mac.toString();
        // The NIC it talks to us on, when it is a host and among those it announces.
        if (asker && who.announcedMacs.contains(asker->mac)) {
            match.host = asker;
            match.mac = asker->mac;
            return match;
        }
        if (asker) {
            match.mac = asker->mac;
            match.why = u"the installer announces %1, but its address %2 belongs to %3: refused (a stale lease, "
                        "or a machine that is not what it says)"_s.arg(macs.join(u", "_s), who.address.toString(),
                                                                       asker->label());
            return match;
        }
        for (const Net::MacAddress &mac : who.announcedMacs) {
            if (const Site::Host *host = m_site.hostByMac(mac)) {
                match.host = host;
                match.mac = mac;
                return match;
            }
        }
        match.mac = who.announcedMacs.first();
        match.why = u"no host in the site has the MAC %1 the installer announced: add it on the Hosts page to install it"_s
                        .arg(macs.join(u", "_s));
        return match;
    }
    if (!who.mac.isNull())
        return byMac(who.mac, notAHost(who.mac));
    if (asker) {
        match.host = asker;
        match.mac = asker->mac;
        return match;
    }
    match.why = u"cannot tell which machine %1 is (no lease, no X-RHN-Provisioning-MAC header, no MAC in the "
                "URL): ask for answers/<mac>/<name>"_s.arg(who.address.toString());
    return match;
}

OpenedFile AnswerFiles::open(const QString &path, const Requester &who) const
{
    QString why;
    const std::optional<QString> normal = TreeFiles::normalise(path, &why);
    if (normal) {
        const QStringList parts = normal->split(u'/');
        const bool answers = parts.first() == answersFolder && (parts.size() == 2 || parts.size() == 3);
        const bool done = parts.first() == installDone && parts.size() <= 2;
        if (answers || done) {
            // answers/<mac>/<name> and install-done/<mac> name the machine.
            std::optional<Net::MacAddress> inUrl;
            if (parts.size() == (answers ? 3 : 2)) {
                inUrl = Net::MacAddress::parse(parts.at(1));
                if (!inUrl)
                    return OpenedFile::notFound(*normal, u"%1: %2 is not a MAC address (%3)"_s.arg(
                                                             *normal, parts.at(1),
                                                             answers ? u"answers/<mac>/<name>"_s : u"install-done/<mac>"_s));
            }
            return answers ? answer(*normal, parts.last(), inUrl, who) : this->done(*normal, inUrl, who);
        }
    }
    if (m_next)
        return m_next->open(path, who);
    return OpenedFile::notFound(normal.value_or(path), normal ? u"not found: "_s + *normal : why);
}

OpenedFile AnswerFiles::answer(const QString &path, const QString &name, const std::optional<Net::MacAddress> &inUrl,
                               const Requester &who) const
{
    if (!m_site.answerFileByName(name)) {
        QStringList names;
        for (const Site::AnswerFile &a : m_site.answerFiles)
            names << a.name;
        return OpenedFile::notFound(path, names.isEmpty()
                                              ? u"%1: the site has no answer files"_s.arg(path)
                                              : u"%1: the site has no answer file %2 (it has %3)"_s.arg(
                                                    path, name, names.join(u", "_s)));
    }
    const Match match = identify(inUrl, who);
    if (!match.host) {
        OpenedFile file = OpenedFile::notFound(path, u"%1: %2"_s.arg(path, match.why));
        file.machine = match.mac;
        return file;
    }
    const auto it = m_templates.constFind(name);
    if (it == m_templates.cend()) {
        OpenedFile file = OpenedFile::notFound(path, u"%1: the template could not be read when the services started"_s.arg(path));
        file.machine = match.mac;
        return file;
    }
    // A MAC in the URL may be asked for from elsewhere (an operator's curl): then the address is not the host's.
    const bool sameMachine = !inUrl || *inUrl == who.mac || who.announcedMacs.contains(*inUrl);
    OpenedFile file = OpenedFile::inMemory(
        path, AnswerTemplate::render(*it, values(*match.host, who.address, sameMachine)).toUtf8());
    file.machine = match.mac;
    return file;
}

OpenedFile AnswerFiles::done(const QString &path, const std::optional<Net::MacAddress> &inUrl,
                             const Requester &who) const
{
    if (who.protocol != u"HTTP"_s)
        return OpenedFile::notFound(path, u"%1: call it over HTTP (wget or curl in the installer), not %2"_s.arg(
                                              path, who.protocol.isEmpty() ? u"this way"_s : who.protocol));
    const Match match = identify(inUrl, who);
    if (!match.host) {
        OpenedFile file = OpenedFile::notFound(path, u"%1: %2"_s.arg(path, match.why));
        file.machine = match.mac;
        return file;
    }
    const QString text = u"%1 is installed: its next network boot starts its local disk"_s.arg(match.host->label());
    OpenedFile file = OpenedFile::inMemory(path, QString(u"rackside: "_s + text + u'\n').toUtf8());
    file.machine = match.mac;
    file.notice = OpenedFile::Notice::InstallDone;
    file.noticeText = text;
    return file;
}

} // namespace Boot
