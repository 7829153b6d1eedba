// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boot/filesource.h"

#include <QList>

#include <memory>

namespace Boot {

/// Several file sources seen as one: a request goes to each in turn until
/// one has the file. AccessDenied stops the search too (a symlink out of
/// the operator's tree must not be answered from the next layer).
class LayeredFiles final : public FileSource
{
public:
    explicit LayeredFiles(QList<std::shared_ptr<const FileSource>> layers);

    OpenedFile open(const QString &path, const Requester &who) const override;

private:
    QList<std::shared_ptr<const FileSource>> m_layers;
};

} // namespace Boot
