// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Images {

class ImageTree;

/// What an imported image installs, and how it boots over the network: its
/// distribution, version and architecture, where its kernel and initrds are,
/// and the kernel arguments that send the installer to Rackside for the rest.
///
/// Arguments are templates: {tree} becomes the URL of the image's files on
/// Rackside's HTTP server (no trailing slash), {iso} the URL of the image
/// file itself, {answers} the URL of the answer file named in answerFile and
/// {answersFolder} the folder holding it (with a trailing slash). {server},
/// {mac} and the other machine variables stay for the boot menus to fill in.
/// Each family's arguments cite its documentation (README, "Installers").
struct Installer
{
    Q_DECLARE_TR_FUNCTIONS(Images::Installer)

public:
    enum class Family { Unknown, RedHat, Ubuntu, Debian, DebianLive, OpenSuse, Arch, Alpine };

    Family family = Family::Unknown;
    QString name; ///< "Fedora", "Ubuntu Server", ...
    QString version;
    QString arch; ///< as the distribution spells it: x86_64, amd64, ...
    QString kernel; ///< path in the image
    QStringList initrds; ///< paths in the image, in load order (microcode first)
    QString arguments; ///< kernel arguments
    /// The answer file the installer would fetch ("ks.cfg", "preseed.cfg",
    /// "user-data"...) and the arguments that make it do so.
    QString answerFile;
    QString answerArguments;
    /// Where the arguments come from: the distribution's own documentation.
    QString documentation;
    /// Found by its kernel's and initrd's headers alone: the operator confirms.
    bool guessed = false;
    /// Why it cannot boot over the network as it is (empty when it can).
    QString problem;
    /// What the operator should know that does not stop the import.
    QStringList notes;

    bool isKnown() const { return family != Family::Unknown; }
    bool canBoot() const { return !kernel.isEmpty() && !initrds.isEmpty() && problem.isEmpty(); }
    /// "Fedora 41 x86_64"
    QString title() const;
    /// A short name for menus and folders: "fedora-41-x86_64".
    QString slug() const;
    static QString familyKey(Family family); ///< "redhat", "ubuntu", ...
    static Family familyFromKey(const QString &key);

    static Installer detect(const ImageTree &tree);
};

} // namespace Images
