// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Site {

/// An unattended installer's answers (a kickstart, a preseed, cloud-init
/// user-data or any text), kept in the site and rendered per machine: served
/// over HTTP as answers/<name>, with {mac}, {hostname}, {ip}, {server} and
/// the site's and host's variables replaced (see Boot::AnswerFiles).
struct AnswerFile
{
    QString name; ///< a file name ("ks.cfg"): no slashes
    /// The template itself, or empty when it is kept in file.
    QString text;
    /// A file holding the template, relative to the site file's folder;
    /// read each time the services start. Empty when text holds it.
    QString file;

    friend bool operator==(const AnswerFile &, const AnswerFile &) = default;
};

} // namespace Site
