// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Commands {

/// One thing `rackside` does. The table of them is the one source of
/// `rackside --help`, of each command's option parser and --help, and of
/// the command list in README.md (`rackside help --markdown`; a test keeps
/// the README in step).
struct Command
{
    QString name; ///< "serve"; empty for the console
    QString synopsis; ///< what follows the name: "--site FILE [OPTIONS]"
    QString summary; ///< one line for the list
    QString description; ///< the command's own --help; empty: the summary
    QList<QCommandLineOption> options;
    QString positional; ///< "FILE...", or empty when it takes none
    QString positionalHelp;
    int (*run)(const QStringList &arguments) = nullptr; ///< null for the console (a window)
};

/// Every command, the console first.
const QList<Command> &commandTable();
/// The command called @p name; nullptr when there is none.
const Command *findCommand(const QString &name);

/// `rackside --help`.
QString usage();
/// The README's command list, as Markdown.
QString markdownCommands();
/// A parser for @p command: its description, options and --help, ready to process.
void setUpParser(QCommandLineParser &parser, const Command &command);

} // namespace Commands
