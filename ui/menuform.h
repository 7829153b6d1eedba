// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/menu.h"
#include "site/bootfiles.h"

#include <QMap>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Ui {

/// A boot menu's own settings in a form: name, title, the entry booted when
/// nobody presses a key, how long to wait, and whether machines without a
/// menu of their own get it.
class MenuForm : public QWidget
{
    Q_OBJECT
public:
    explicit MenuForm(QWidget *parent = nullptr);

    /// Shows @p menu or, with nullptr, nothing (disabled). @p isDefault:
    /// unknown machines get it. @p takenNames: the other menus' names.
    /// @p firmware: the firmware whose machines get this menu instead of the default.
    void setMenu(const Site::Menu *menu, bool isDefault, const QStringList &takenNames = {},
                 const QList<Site::BootArch> &firmware = {});
    /// Name, title, default entry and timeout as the fields say (no entries).
    Site::Menu header() const;
    /// Why the name typed cannot be used; empty when it can.
    QString nameProblem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *timeoutEdit() const { return m_timeout; }
    QComboBox *defaultEntryEdit() const { return m_defaultEntry; }
    QCheckBox *defaultMenuBox() const { return m_isDefault; }
    QCheckBox *firmwareBox(Site::BootArch arch) const { return m_firmware.value(arch); }

    /// "x86 BIOS", "x64 UEFI"... as the timeline says them
    static QString firmwareName(Site::BootArch arch);

Q_SIGNALS:
    /// A field was changed and left: header() has the new value.
    void edited();
    /// The operator made this menu the default one (or took that back).
    void defaultMenuToggled(bool isDefault);
    /// The operator gave (or took away) this menu to machines of firmware @p arch.
    void firmwareToggled(Site::BootArch arch, bool gets);

private:
    void finishEdit();

    QLineEdit *m_name;
    QLineEdit *m_title;
    QComboBox *m_defaultEntry;
    QSpinBox *m_timeout;
    QCheckBox *m_isDefault;
    QMap<Site::BootArch, QCheckBox *> m_firmware;
    QLabel *m_problem;
    Site::Menu m_shown;
    QStringList m_taken;
    bool m_showing = false;
};

} // namespace Ui
