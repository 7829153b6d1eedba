// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/document.h"

#include <QByteArray>
#include <QFlags>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Site {

/// The one owner of the open site. Every change is a named edit ("rename
/// menu install to debian", "web01 installed: boot its local disk") that
/// can be undone; the editor says which parts of the site each edit, undo or
/// redo changed, so pages and models (adapters over it) refresh only those.
/// Saving, the unsaved-changes flag, and saving at once after an automatic
/// change (an install-done, an import) when nothing else is unsaved, live
/// here, for the console and `rackside serve` alike. Widgets-free.
class SiteEditor : public QObject
{
    Q_OBJECT
public:
    /// The parts of a site an edit can change.
    enum class Part : quint8 {
        Network = 0x01, ///< interface, server address, DHCP and its subnet
        BootFiles = 0x02, ///< boot files, boot tree, HTTP folders
        Menus = 0x04, ///< menus, default menu, menus by firmware
        Hosts = 0x08,
        Answers = 0x10, ///< answer files and variables
        Images = 0x20,
        Netboot = 0x40, ///< the Macs' NetBoot images
    };
    Q_DECLARE_FLAGS(Parts, Part)
    static constexpr Parts Everything = Parts::fromInt(0x7f);

    /// Steps of undo history kept; the oldest go first.
    static constexpr qsizetype MaxHistory = 500;

    explicit SiteEditor(QObject *parent = nullptr);

    const Document &site() const { return m_site; }
    /// Where the site is saved; empty for a new site never saved.
    QString path() const { return m_path; }
    /// Edited since it was opened or saved (an undo back to that point still counts).
    bool isModified() const { return m_modified; }

    /// Shows @p site, read from @p path (empty: a new site): history cleared, not modified.
    void open(const Document &site, const QString &path);

    /// Applies @p change to the site as one step called @p text; false (and
    /// no step) when it changed nothing.
    bool edit(const QString &text, const std::function<void(Document &)> &change);
    /// Edits until endGroup() are one undo step called @p text (they apply,
    /// and are signalled, one by one). Groups nest; the outermost names the step.
    void beginGroup(const QString &text);
    void endGroup();

    // Named edits that more than one place makes.
    /// Hosts naming menu @p before (or one of its entries) name @p after instead.
    void pointHostsAtMenu(const QString &before, const QString &after);

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_history.size(); }
    QString undoText() const { return canUndo() ? m_history.at(m_index - 1).text : QString(); }
    QString redoText() const { return canRedo() ? m_history.at(m_index).text : QString(); }
    void undo();
    void redo();
    /// Steps in the history, and how many of them are done (the rest are undone).
    qsizetype steps() const { return m_history.size(); }
    /// Forgets every step, so undo stops at the site as it is (after a change
    /// outside the site that undo cannot take back, such as deleted copies).
    void forgetHistory();
    qsizetype stepsDone() const { return m_index; }

    /// Writes the site to path() atomically; false with @p error (the site
    /// stays modified). A site that cannot be written is not: see SiteFile::save.
    bool save(QString *error);
    /// The same to @p path, which becomes the site's path.
    bool saveAs(const QString &path, QString *error);

    /// What an automatic change did to the file.
    enum class Saved {
        Unchanged, ///< the change changed nothing
        Saved, ///< nothing else was unsaved: the site file has it now
        NotSaved, ///< other unsaved changes (or a new site): the operator saves
        Failed, ///< writing failed: see the error
    };
    /// @p change as an edit called @p text, saved at once when nothing else
    /// was unsaved. The file is read again first if it changed on disk since
    /// it was opened or saved (an operator's edit to it is kept, not
    /// overwritten). If writing fails, a @p replayable change (one that
    /// captures only values) is kept and made again onto the file's site at
    /// the next automatic save, so one failed write does not stop the next
    /// ones; any other failed change leaves saving to the operator.
    Saved editAndSave(const QString &text, const std::function<void(Document &)> &change, QString *error,
                      bool replayable = false);
    /// An installer called install-done for @p mac: its host boots its local
    /// disk from now on (editAndSave). Unchanged also when no host has that MAC.
    Saved markInstalled(const Net::MacAddress &mac, QString *error);

    /// The parts that differ between @p before and @p after.
    static Parts difference(const Document &before, const Document &after);

Q_SIGNALS:
    /// Before saving or an automatic change: editors holding typed text not
    /// yet applied (a form field with the focus) apply it now, so it counts
    /// as an unsaved change (and is not saved behind the operator's back).
    void commitRequested();
    /// @p parts of the site changed: an edit, an undo or redo, or open() (all parts).
    void changed(Site::SiteEditor::Parts parts);
    /// A new site was opened: history and selections of the old one are void.
    void opened();
    void modifiedChanged(bool modified);
    /// canUndo, canRedo or their texts changed.
    void historyChanged();
    /// The site was saved to path().
    void saved(const QString &path);

private:
    struct Step
    {
        QString text;
        Document before;
        Document after;
    };
    void replace(const Document &next);
    void record(const QString &text, const Document &before);
    void setModified(bool modified);
    bool write(const QString &path, QString *error);
    void takeFileChanges();
    bool isCleanForAutomaticSave() const;

    Document m_site;
    QString m_path;
    QByteArray m_fileBytes; ///< the file as last read or written, to notice edits made to it meanwhile
    bool m_modified = false;
    /// Automatic changes (editAndSave) not in the file yet, because writing
    /// failed; replayed onto the file when it is read again. Empty once any
    /// other edit is unsaved: then saving is the operator's call.
    QList<std::function<void(Document &)>> m_unsavedAutomatic;
    bool m_automatic = false; ///< inside editAndSave
    QList<Step> m_history;
    qsizetype m_index = 0; ///< steps before it are done, the rest undone
    int m_groupDepth = 0;
    QString m_groupText;
    Document m_groupBefore;
};

} // namespace Site

Q_DECLARE_OPERATORS_FOR_FLAGS(Site::SiteEditor::Parts)
