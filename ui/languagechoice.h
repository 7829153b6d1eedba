// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <functional>

class QMenu;
class QTranslator;

namespace Ui {

/// The languages the console speaks, and which one it uses: the system's,
/// unless the operator chose another (Settings ▸ Language, kept in the
/// settings) or started it with --language.
class LanguageChoice
{
    Q_DECLARE_TR_FUNCTIONS(Ui::LanguageChoice)

public:
    struct Language
    {
        QString code; ///< "de", "zh_CN"
        QString name; ///< in the language itself: "Deutsch"
    };

    /// English first, then every translation the console has.
    static QList<Language> available();
    /// The operator's choice; empty: follow the system.
    static QString chosen();
    /// Remembers @p code (empty: follow the system) for the next start.
    static void choose(const QString &code);
    /// The locale to speak: @p code when set, else the chosen one, else the system's.
    static QLocale locale(const QString &code = {});
    /// Installs Qt's own and Rackside's translations for @p locale into the
    /// application; English plurals when Rackside has no such language.
    /// Returns the translators installed (owned by the application).
    static QList<QTranslator *> install(const QLocale &locale);
    /// Settings ▸ Language: the system's language, then each available one,
    /// the chosen one checked; picking one remembers it and calls @p picked
    /// with its name.
    static void fillMenu(QMenu *menu, const std::function<void(const QString &name)> &picked);
};

} // namespace Ui
