// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitefiles.h"

#include "sitefile/sitefile.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

const QString LastSiteKey = u"site/lastPath"_s;
const QString RecentSitesKey = u"site/recent"_s;
constexpr int MaxRecentSites = 8;

} // namespace

SiteFiles::SiteFiles(Site::SiteEditor *editor, QWidget *window)
    : QObject(window)
    , m_editor(editor)
    , m_window(window)
{
    connect(editor, &Site::SiteEditor::saved, this, &SiteFiles::remember);
}

std::optional<Site::Document> SiteFiles::read(const QString &path)
{
    const auto result = Site::SiteFile::load(path);
    if (result.document)
        return result.document;
    QMessageBox box(QMessageBox::Warning, tr("Cannot open site"),
                    tr("%1 cannot be used:").arg(QFileInfo(path).fileName()), QMessageBox::Ok, m_window);
    box.setInformativeText(problemsToString(result.problems.mid(0, 5)));
    if (result.problems.size() > 5)
        box.setDetailedText(problemsToString(result.problems));
    box.exec();
    return std::nullopt;
}

QString SiteFiles::chooseToOpen()
{
    if (!maybeSave())
        return {};
    const QString dir = m_editor->path().isEmpty() ? QFileInfo(last()).absolutePath()
                                                   : QFileInfo(m_editor->path()).absolutePath();
    return QFileDialog::getOpenFileName(m_window, tr("Open site"), dir, tr("Rackside sites (*.json);;All files (*)"));
}

bool SiteFiles::save()
{
    return m_editor->path().isEmpty() ? saveAs() : saveTo(m_editor->path());
}

bool SiteFiles::saveAs()
{
    if (!mayMove())
        return false;
    const QString suggested = m_editor->path().isEmpty() ? QDir::home().filePath(u"site.json"_s) : m_editor->path();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save site as"), suggested, tr("Rackside sites (*.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    return saveTo(path);
}

// A few kilobytes, written atomically: as quick as reading it. The pages
// stay as they are (selection, undo history); only the name changes.
bool SiteFiles::saveTo(const QString &path)
{
    QString error;
    if (!m_editor->saveAs(path, &error)) {
        QMessageBox::warning(m_window, tr("Cannot save site"), error);
        return false;
    }
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SiteFiles::maybeSave()
{
    Q_EMIT m_editor->commitRequested(); // text being typed counts as a change
    if (!m_editor->isModified())
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved changes"),
        tr("Save the changes to %1?").arg(m_window->windowTitle().section(u"[*]"_s, 0, 0)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QStringList SiteFiles::recent()
{
    return QSettings().value(RecentSitesKey).toStringList();
}

QString SiteFiles::last()
{
    return QSettings().value(LastSiteKey).toString();
}

void SiteFiles::remember(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    settings.setValue(LastSiteKey, absolute);
    QStringList list = settings.value(RecentSitesKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    settings.setValue(RecentSitesKey, list.mid(0, MaxRecentSites));
}

void SiteFiles::fillRecentMenu(QMenu *menu, const std::function<void(const QString &)> &open)
{
    menu->clear();
    const QStringList list = recent();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QFileInfo info(list.at(i));
        QAction *a = menu->addAction(u"&%1 %2  (%3)"_s.arg(i + 1).arg(info.fileName(),
                                                                       QDir::toNativeSeparators(info.absolutePath())));
        a->setEnabled(info.exists());
        a->setToolTip(info.exists() ? info.absoluteFilePath() : tr("%1 no longer exists").arg(info.absoluteFilePath()));
        const QString path = info.absoluteFilePath();
        connect(a, &QAction::triggered, this, [this, path, open] {
            if (maybeSave())
                open(path);
        });
    }
    if (list.isEmpty())
        menu->addAction(tr("No recent sites"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("&Clear the list"), this, [] { QSettings().remove(RecentSitesKey); })
        ->setEnabled(!list.isEmpty());
}

} // namespace Ui
