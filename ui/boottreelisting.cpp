// SPDX-License-Identifier: GPL-3.0-or-later
#include "boottreelisting.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QPointer>
#include <QThreadPool>

namespace Ui {

BootTreeListing::BootTreeListing(QObject *parent)
    : QObject(parent)
{
}

BootTreeListing::~BootTreeListing()
{
    if (m_cancel)
        *m_cancel = true; // so quitting never waits for a slow tree
}

QStringList BootTreeListing::filesIn(const QString &folder, int maxFiles, const std::atomic_bool *cancelled)
{
    QStringList files;
    if (folder.isEmpty())
        return files;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext() && files.size() < maxFiles && !(cancelled && *cancelled))
        files.append(root.relativeFilePath(it.next()));
    files.sort();
    return files;
}

void BootTreeListing::list(const QString &folder)
{
    const quint64 generation = ++m_generation;
    m_folder = folder;
    m_listed = false;
    if (m_cancel)
        *m_cancel = true; // its result would be dropped anyway
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<BootTreeListing> self(this);
    QThreadPool::globalInstance()->start([self, folder, generation, cancel = m_cancel] {
        const QStringList files = filesIn(folder, MaxFiles, cancel.get());
        // Back on the GUI thread, where the QPointer can be trusted.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, files, generation] {
            if (!self || generation != self->m_generation)
                return;
            self->m_files = files;
            self->m_listed = true;
            Q_EMIT self->listed();
        }, Qt::QueuedConnection);
    });
}

} // namespace Ui
