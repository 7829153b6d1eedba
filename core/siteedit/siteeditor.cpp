// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteedit/siteeditor.h"

#include "sitefile/sitefile.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Site {

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return file.read(SiteFile::maxFileSize + 1);
}

} // namespace

SiteEditor::SiteEditor(QObject *parent)
    : QObject(parent)
{
}

SiteEditor::Parts SiteEditor::difference(const Document &a, const Document &b)
{
    Parts parts;
    if (a.version != b.version || a.interfaceName != b.interfaceName || a.serverAddress != b.serverAddress
        || a.dhcpMode != b.dhcpMode || a.subnetAddress != b.subnetAddress || a.subnetPrefix != b.subnetPrefix
        || a.ranges != b.ranges || a.leaseTime != b.leaseTime || a.router != b.router || a.dns != b.dns
        || a.domain != b.domain || a.allowOtherServers != b.allowOtherServers)
        parts |= Part::Network;
    if (a.boot != b.boot || a.bootTree != b.bootTree || a.kernelsOverHttp != b.kernelsOverHttp
        || a.httpFolders != b.httpFolders)
        parts |= Part::BootFiles;
    if (a.menus != b.menus || a.defaultMenu != b.defaultMenu || a.archMenus != b.archMenus)
        parts |= Part::Menus;
    if (a.hosts != b.hosts)
        parts |= Part::Hosts;
    if (a.answerFiles != b.answerFiles || a.variables != b.variables)
        parts |= Part::Answers;
    if (a.images != b.images)
        parts |= Part::Images;
    if (a.netboot != b.netboot)
        parts |= Part::Netboot;
    return parts;
}

void SiteEditor::open(const Document &site, const QString &path)
{
    m_site = site;
    m_path = path;
    m_fileBytes = fileBytes(path);
    m_history.clear();
    m_index = 0;
    m_groupDepth = 0;
    m_unsavedAutomatic.clear();
    setModified(false);
    Q_EMIT opened();
    Q_EMIT changed(Everything);
    Q_EMIT historyChanged();
}

void SiteEditor::replace(const Document &next)
{
    const Parts parts = difference(m_site, next);
    m_site = next;
    if (parts)
        Q_EMIT changed(parts);
}

bool SiteEditor::edit(const QString &text, const std::function<void(Document &)> &change)
{
    Document next = m_site;
    change(next);
    if (next == m_site)
        return false;
    const Document before = m_site;
    replace(next);
    record(text, before);
    setModified(true);
    if (!m_automatic)
        m_unsavedAutomatic.clear(); // an edit of the operator's is unsaved now
    return true;
}

void SiteEditor::forgetHistory()
{
    if (m_history.isEmpty() || m_groupDepth > 0)
        return;
    m_history.clear();
    m_index = 0;
    Q_EMIT historyChanged();
}

bool SiteEditor::isCleanForAutomaticSave() const
{
    return !m_path.isEmpty() && (!m_modified || !m_unsavedAutomatic.isEmpty());
}

void SiteEditor::record(const QString &text, const Document &before)
{
    if (m_groupDepth > 0)
        return; // endGroup() records the whole group
    m_history.resize(m_index); // what was undone is gone
    m_history.append(Step{text, before, m_site});
    if (m_history.size() > MaxHistory)
        m_history.removeFirst();
    m_index = m_history.size();
    Q_EMIT historyChanged();
}

void SiteEditor::beginGroup(const QString &text)
{
    if (m_groupDepth++ == 0) {
        m_groupText = text;
        m_groupBefore = m_site;
    }
}

void SiteEditor::endGroup()
{
    if (m_groupDepth == 0 || --m_groupDepth > 0)
        return;
    if (!(m_site == m_groupBefore))
        record(m_groupText, m_groupBefore);
}

void SiteEditor::pointHostsAtMenu(const QString &before, const QString &after)
{
    if (before.isEmpty() || before == after)
        return;
    int count = 0;
    for (const Host &h : std::as_const(m_site.hosts))
        count += h.menu == before || h.menu.startsWith(before + u'/');
    edit(tr("point %n host(s) at menu %1", nullptr, count).arg(after), [&](Document &d) {
        for (Host &h : d.hosts)
            if (h.menu == before || h.menu.startsWith(before + u'/'))
                h.menu = after + h.menu.mid(before.size());
    });
}

void SiteEditor::undo()
{
    if (!canUndo() || m_groupDepth > 0)
        return;
    --m_index;
    replace(m_history.at(m_index).before);
    setModified(true); // even back where it was saved: asking to save loses nothing
    m_unsavedAutomatic.clear();
    Q_EMIT historyChanged();
}

void SiteEditor::redo()
{
    if (!canRedo() || m_groupDepth > 0)
        return;
    replace(m_history.at(m_index).after);
    ++m_index;
    setModified(true);
    m_unsavedAutomatic.clear();
    Q_EMIT historyChanged();
}

void SiteEditor::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

bool SiteEditor::write(const QString &path, QString *error)
{
    Q_EMIT commitRequested();
    if (!SiteFile::save(m_site, path, error))
        return false;
    m_path = path;
    m_fileBytes = SiteFile::serialize(m_site);
    m_unsavedAutomatic.clear();
    setModified(false);
    Q_EMIT saved(path);
    return true;
}

bool SiteEditor::save(QString *error)
{
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("the site has no file yet: save it as one");
        return false;
    }
    return write(m_path, error);
}

bool SiteEditor::saveAs(const QString &path, QString *error)
{
    return write(path, error);
}

// Someone edited the file while nothing was unsaved here: theirs is the
// site now, so saving keeps their edit. A file that no longer reads stays
// as it is (see editAndSave).
void SiteEditor::takeFileChanges()
{
    const QByteArray now = fileBytes(m_path);
    if (now.isEmpty() || now == m_fileBytes)
        return;
    const SiteFile::LoadResult read = SiteFile::parse(now, m_path);
    if (!read.document)
        return;
    const Document before = m_site;
    m_fileBytes = now;
    Document taken = *read.document;
    for (const auto &change : std::as_const(m_unsavedAutomatic))
        change(taken); // what could not be saved before goes onto the file's site
    replace(taken);
    if (!(m_site == before))
        record(tr("take the changes made to %1").arg(m_path), before);
}

SiteEditor::Saved SiteEditor::editAndSave(const QString &text, const std::function<void(Document &)> &change,
                                          QString *error, bool replayable)
{
    Q_EMIT commitRequested();
    const bool clean = isCleanForAutomaticSave();
    if (clean)
        takeFileChanges();
    m_automatic = true;
    const bool changed = edit(text, change);
    m_automatic = false;
    if (!changed && !(clean && !m_unsavedAutomatic.isEmpty()))
        return Saved::Unchanged;
    if (!clean) {
        if (error)
            *error = m_path.isEmpty() ? tr("the site has no file yet") : tr("other changes to the site are unsaved");
        return Saved::NotSaved;
    }
    if (changed && replayable)
        m_unsavedAutomatic.append(change);
    const QByteArray onDisk = fileBytes(m_path);
    const bool unreadable = !onDisk.isEmpty() && onDisk != m_fileBytes; // takeFileChanges() could not take it
    if (unreadable && error)
        *error = tr("%1 changed on disk and no longer reads as a site").arg(m_path);
    if (!unreadable && write(m_path, error))
        return Saved::Saved;
    if (!replayable)
        m_unsavedAutomatic.clear(); // what cannot be made again is the operator's to save
    return Saved::Failed;
}

SiteEditor::Saved SiteEditor::markInstalled(const Net::MacAddress &mac, QString *error)
{
    if (mac.isNull())
        return Saved::Unchanged;
    const Host *host = m_site.hostByMac(mac);
    const QString text = tr("%1 installed: boot its local disk").arg(host ? host->label() : mac.toString());
    return editAndSave(text, [mac](Document &d) {
        if (Host *h = d.hostByMac(mac))
            h->nextBoot = NextBoot::LocalDisk;
    }, error, true);
}

} // namespace Site
