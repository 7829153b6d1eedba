// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal.h"

#include "sitefile/sitefile.h"

namespace Commands {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

std::optional<Site::Document> loadSite(const QString &path)
{
    const auto result = Site::SiteFile::load(path);
    for (const auto &problem : result.problems)
        err() << problem.toString() << Qt::endl;
    for (const auto &warning : result.warnings)
        err() << warning.toString() << Qt::endl;
    return result.document;
}

} // namespace Commands
