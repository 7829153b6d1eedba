// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/menuentry.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Ui {

/// One boot menu entry in a form: name, title, kernel and initrds picked
/// from the boot tree (or typed), kernel arguments with the site's
/// variables. What is wrong (a file the tree lacks, a name GRUB cannot
/// use, an unknown variable) is said under the fields as you type.
class MenuEntryForm : public QWidget
{
    Q_OBJECT
public:
    explicit MenuEntryForm(QWidget *parent = nullptr);

    /// Shows @p entry (editing enabled) or, with nullptr, nothing (disabled).
    /// @p takenNames: the names of the menu's entries (a new name must differ).
    void setEntry(const Site::MenuEntry *entry, const QStringList &takenNames = {});
    /// True when the name typed is valid and no other entry's.
    bool nameIsUsable() const;
    /// The entry as the fields say now.
    Site::MenuEntry entry() const;
    /// The boot tree's files, offered for kernel and initrds and used to
    /// flag missing ones; @p listed false while the tree is still being read.
    void setTreeFiles(const QStringList &files, bool listed);
    /// What is wrong with the entry as typed, one problem a line; empty when nothing is.
    QString problems() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *kernelEdit() const { return m_kernel; }
    QLineEdit *initrdEdit() const { return m_initrds; }
    QLineEdit *argumentsEdit() const { return m_arguments; }

Q_SIGNALS:
    /// A field was changed and left (or Return pressed): entry() has the new value.
    void edited();

private:
    void finishEdit();
    void updateProblems();
    void insertVariable(const QString &name);

    QLineEdit *m_name;
    QLineEdit *m_title;
    QComboBox *m_kernel;
    QLineEdit *m_initrds;
    QLineEdit *m_arguments;
    QToolButton *m_variables;
    QLabel *m_problems;
    QStringList m_files;
    QStringList m_taken;
    bool m_listed = false;
    Site::MenuEntry m_shown;
    bool m_showing = false;
};

} // namespace Ui
