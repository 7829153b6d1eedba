// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Ui {

/// The files in the boot tree, for picking a kernel or initrd: listed on a
/// worker thread (a tree can hold an unpacked DVD), handed over when done.
class BootTreeListing : public QObject
{
    Q_OBJECT
public:
    /// Lists at most this many files; the rest can still be typed.
    static constexpr int MaxFiles = 20000;

    explicit BootTreeListing(QObject *parent = nullptr);
    /// A listing still running stops at its next file.
    ~BootTreeListing() override;

    /// Starts listing @p folder; a listing still running is forgotten.
    void list(const QString &folder);
    /// Paths relative to the folder with '/' separators, sorted; empty until listed.
    const QStringList &files() const { return m_files; }
    QString folder() const { return m_folder; }
    /// True once the last list() finished.
    bool isListed() const { return m_listed; }

    /// The listing itself (what the worker runs); stops early once @p cancelled is set.
    static QStringList filesIn(const QString &folder, int maxFiles = MaxFiles,
                               const std::atomic_bool *cancelled = nullptr);

Q_SIGNALS:
    void listed();

private:
    QString m_folder;
    QStringList m_files;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel; ///< the running listing's
    bool m_listed = false;
};

} // namespace Ui
