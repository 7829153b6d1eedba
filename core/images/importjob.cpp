// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QtConcurrentRun>

namespace Images {

ImportJob::ImportJob(ImportRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_import(std::make_unique<ImageImport>(m_request))
{
    connect(&m_watcher, &QFutureWatcher<bool>::finished, this, [this] {
        m_succeeded = m_watcher.result();
        Q_EMIT finished();
    });
}

ImportJob::~ImportJob()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ImportJob::start()
{
    ImageImport *import = m_import.get();
    m_watcher.setFuture(QtConcurrent::run([this, import] {
        if (!import->inspect())
            return false;
        QElapsedTimer since;
        since.start();
        return import->run(
            [this, &since](const ImportProgress &p) {
                if (since.elapsed() < 100 && p.files < p.totalFiles)
                    return;
                since.restart();
                QMetaObject::invokeMethod(this, [this, p] { Q_EMIT progress(p); }, Qt::QueuedConnection);
            },
            m_cancel);
    }));
}

} // namespace Images
