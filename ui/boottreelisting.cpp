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

QStringList BootTreeListing::filesIn(const QString &folder, int maxFiles)
{
    QStringList files;
    if (folder.isEmpty())
        return files;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext() && files.size() < maxFiles)
        files.append(root.relativeFilePath(it.next()));
    files.sort();
    return files;
}

void BootTreeListing::list(const QString &folder)
{
    const quint64 generation = ++m_generation;
    m_folder = folder;
    m_listed = false;
    QPointer<BootTreeListing> self(this);
    QThreadPool::globalInstance()->start([self, folder, generation] {
        const QStringList files = filesIn(folder);
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
