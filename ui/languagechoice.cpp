// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagechoice.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {
const QString LanguageKey = u"ui/language"_s;
}

QList<LanguageChoice::Language> LanguageChoice::available()
{
    return {
        {u"en"_s, u"English"_s},
        {u"de"_s, u"Deutsch"_s},
        {u"fr"_s, u"Français"_s},
        {u"zh_CN"_s, u"简体中文"_s},
    };
}

QString LanguageChoice::chosen()
{
    return QSettings().value(LanguageKey).toString();
}

void LanguageChoice::choose(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, code);
}

QLocale LanguageChoice::locale(const QString &code)
{
    const QString wanted = code.isEmpty() ? chosen() : code;
    return wanted.isEmpty() ? QLocale::system() : QLocale(wanted);
}

QList<QTranslator *> LanguageChoice::install(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    QList<QTranslator *> installed;
    const auto load = [&](const QString &name, const QString &folder, const QLocale &l) {
        auto *translator = new QTranslator(app);
        if (translator->load(l, name, u"_"_s, folder) && QCoreApplication::installTranslator(translator)) {
            installed.append(translator);
            return true;
        }
        delete translator;
        return false;
    };
    load(u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath), locale);
    // Sources are English; rackside_en only says "1 host" where they say "%n hosts".
    if (!load(u"rackside"_s, u":/i18n"_s, locale))
        load(u"rackside"_s, u":/i18n"_s, QLocale(QLocale::English));
    return installed;
}

void LanguageChoice::fillMenu(QMenu *menu, const std::function<void(const QString &name)> &picked)
{
    menu->setToolTipsVisible(true);
    auto *group = new QActionGroup(menu);
    QList<Language> choices = available();
    choices.prepend({QString(), tr("System language (%1)").arg(QLocale::system().nativeLanguageName())});
    for (const Language &choice : std::as_const(choices)) {
        QAction *a = menu->addAction(choice.name);
        a->setObjectName(u"language_"_s + (choice.code.isEmpty() ? u"system"_s : choice.code));
        a->setCheckable(true);
        a->setChecked(choice.code == chosen());
        a->setToolTip(tr("Takes effect when Rackside starts again"));
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [choice, picked] {
            choose(choice.code);
            picked(choice.name);
        });
    }
}

} // namespace Ui
