// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/servedfilesbuilder.h"

#include "boot/loadertree.h"
#include "boot/servedfiles.h"

#include <QtConcurrentRun>

#include <utility>

using namespace Qt::StringLiterals;

namespace Services {

ServedFilesBuilder::~ServedFilesBuilder()
{
    cancel();
}

ServedFilesBuilder::Result ServedFilesBuilder::buildNow(const Input &input, const QString &loaderDirectory)
{
    Result result;
    result.loaderDirectory = loaderDirectory;
    if (result.loaderDirectory.isEmpty()) {
        const auto loaders = Boot::LoaderTree::build(Boot::LoaderTree::defaultDirectory());
        result.loaderDirectory = loaders.directory;
        // The operator learns which package brings a missing loader.
        result.loaderWarnings = loaders.missingText().split(u'\n', Qt::SkipEmptyParts) + loaders.errors;
    }
    result.files = Boot::ServedFiles::create(input.site, input.sitePath, result.loaderDirectory, input.serverAddress,
                                             &result.warnings, input.httpPort);
    return result;
}

void ServedFilesBuilder::build(const Input &input)
{
    m_waiting = input;
    if (!m_running && !m_draining)
        startNext();
}

void ServedFilesBuilder::startNext()
{
    if (!m_waiting)
        return;
    const Input input = std::move(*m_waiting);
    m_waiting.reset();
    m_running = new QFutureWatcher<Result>(this);
    connect(m_running, &QFutureWatcherBase::finished, this, [this, watcher = m_running] {
        watcher->deleteLater();
        if (watcher == m_draining) { // cancelled: its result belongs to nobody
            m_draining = nullptr;
            startNext(); // one build at a time, also across a stop and a start
            return;
        }
        if (watcher != m_running)
            return;
        m_running = nullptr;
        Result result = watcher->result();
        m_loaderDirectory = result.loaderDirectory;
        m_loaderWarnings += result.loaderWarnings;
        if (m_waiting) { // a newer site came meanwhile: only its files count
            startNext();
            return;
        }
        result.loaderWarnings = std::exchange(m_loaderWarnings, {});
        Q_EMIT built(result);
    });
    m_running->setFuture(QtConcurrent::run(&ServedFilesBuilder::buildNow, input, m_loaderDirectory));
}

void ServedFilesBuilder::cancel()
{
    m_waiting.reset();
    m_loaderDirectory.clear(); // the next run checks the installed loaders again
    m_loaderWarnings.clear();
    if (m_running)
        m_draining = m_running; // the worker finishes on its own; its watcher deletes itself
    m_running = nullptr;
}

} // namespace Services
