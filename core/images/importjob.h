// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "images/imageimport.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace Images {

/// One ImageImport run on a worker thread for the console: reading the
/// image, detecting it and copying all happen off the GUI thread, which
/// gets progress at most ten times a second and can cancel at any moment.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(ImportRequest request, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    /// Stops the copy soon; finished() follows, with nothing left behind.
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_watcher.isRunning(); }

    /// Valid after finished().
    bool succeeded() const { return m_succeeded; }
    const ImageImport &result() const { return *m_import; }
    const ImportRequest &request() const { return m_request; }

Q_SIGNALS:
    void progress(const Images::ImportProgress &progress);
    void finished();

private:
    ImportRequest m_request;
    std::unique_ptr<ImageImport> m_import;
    std::atomic_bool m_cancel = false;
    bool m_succeeded = false;
    QFutureWatcher<bool> m_watcher;
};

} // namespace Images
