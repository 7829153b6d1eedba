// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/filesource.h"
#include "site/document.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace Services {

/// The one builder of what TFTP and HTTP serve: GRUB and PXELINUX configs
/// and answer files generated from the site, over the boot tree, over the
/// loaders assembled from the installed packages. Disk work (grub-mknetdir
/// on a first run: ~0.3 s; a stamp check after: ~10 ms), so it runs on a
/// worker thread, one build at a time; a site given while one runs waits,
/// replacing any site waiting before it, so the latest site wins and no
/// stale result is ever delivered.
class ServedFilesBuilder : public QObject
{
    Q_OBJECT
public:
    struct Input
    {
        Site::Document site; ///< with the run's boot tree and DHCP mode in it
        QString sitePath;
        QHostAddress serverAddress; ///< {server}; null: the site's serverAddress
        quint16 httpPort = 80;
    };
    struct Result
    {
        std::shared_ptr<const Boot::FileSource> files;
        QStringList warnings; ///< what the operator should hear about the site's files
        QStringList loaderWarnings; ///< a missing loader and its package (from the build that assembled them)
        QString loaderDirectory;
    };

    using QObject::QObject;
    ~ServedFilesBuilder() override;

    /// Builds for @p input: now, or after the build under way.
    void build(const Input &input);
    /// Forgets the build under way and any waiting one: nothing more is
    /// delivered, and the next build assembles the loaders again.
    void cancel();
    bool isBuilding() const { return m_running || (m_draining && m_waiting); }

    /// The same, on the calling thread (tests, and what the worker runs).
    static Result buildNow(const Input &input, const QString &loaderDirectory = QString());

Q_SIGNALS:
    void built(const Services::ServedFilesBuilder::Result &result);

private:
    void startNext();

    QFutureWatcher<Result> *m_running = nullptr;
    QFutureWatcher<Result> *m_draining = nullptr; ///< cancelled, still on its worker: the next waits for it
    QStringList m_loaderWarnings; ///< of a build whose result a newer site replaced
    std::optional<Input> m_waiting;
    QString m_loaderDirectory; ///< assembled by the first build, reused after
};

} // namespace Services
