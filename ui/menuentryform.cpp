// SPDX-License-Identifier: GPL-3.0-or-later
#include "menuentryform.h"

#include "boot/machine.h"
#include "sitecheck/menuvalidator.h"

#include <QComboBox>
#include <QCompleter>
#include <QAction>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStringListModel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {

QString treePath(const QString &path)
{
    QString p = path.trimmed();
    while (p.startsWith(u'/'))
        p.remove(0, 1);
    return p;
}

} // namespace

MenuEntryForm::MenuEntryForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_kernel(new QComboBox(this))
    , m_initrds(new QLineEdit(this))
    , m_arguments(new QLineEdit(this))
    , m_variables(new QToolButton(this))
    , m_problems(new QLabel(this))
{
    m_name->setObjectName(u"entryName"_s);
    m_title->setObjectName(u"entryTitle"_s);
    m_kernel->setObjectName(u"entryKernel"_s);
    m_kernel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kernel->setMinimumContentsLength(8); // long names must not widen the page
    m_initrds->setObjectName(u"entryInitrds"_s);
    m_arguments->setObjectName(u"entryArguments"_s);
    m_problems->setObjectName(u"entryProblems"_s);

    m_name->setToolTip(tr("A short id, unique in the menu: letters, digits, '.', '_' and '-'. "
                          "Hosts name one entry as menu/entry."));
    m_title->setToolTip(tr("What the boot menu shows"));
    m_kernel->setEditable(true);
    m_kernel->setInsertPolicy(QComboBox::NoInsert);
    m_kernel->setToolTip(tr("The kernel, a path in the boot tree; pick one or type it"));
    m_kernel->completer()->setFilterMode(Qt::MatchContains);
    m_kernel->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_initrds->setToolTip(tr("Initrds in the boot tree, loaded in this order, separated by spaces"));
    auto *initrdCompleter = new QCompleter(new QStringListModel(this), this);
    initrdCompleter->setFilterMode(Qt::MatchContains);
    m_initrds->setCompleter(initrdCompleter);
    m_arguments->setToolTip(tr("The kernel command line. {server}, {hostname}, {mac} and {ip} become "
                               "the booting machine's values."));
    m_arguments->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_variables->setText(tr("Insert &variable"));
    m_variables->setToolTip(tr("Inserts a variable at the cursor in the kernel arguments"));
    m_variables->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_variables);
    using V = Boot::Machine::Variable;
    const std::pair<V, QString> variables[] = {
        {V::Server, tr("Rackside's address, as the machine reaches it")},
        {V::Hostname, tr("the host's name")},
        {V::Mac, tr("the machine's MAC address")},
        {V::Ip, tr("the machine's IP address")},
    };
    for (const auto &[variable, meaning] : variables) {
        const QString name = Boot::Machine::variableName(variable);
        QAction *action = menu->addAction(u'{' % name % u"}  "_s % meaning);
        connect(action, &QAction::triggered, this, [this, name] { insertVariable(name); });
    }
    m_variables->setMenu(menu);

    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = m_problems->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problems->setPalette(warning);

    auto *arguments = new QHBoxLayout;
    arguments->addWidget(m_arguments, 1);
    arguments->addWidget(m_variables);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("Sho&wn as:"), m_title);
    form->addRow(tr("&Kernel:"), m_kernel);
    form->addRow(tr("Init&rds:"), m_initrds);
    auto *argumentsLabel = new QLabel(tr("Ar&guments:"), this);
    argumentsLabel->setBuddy(m_arguments);
    form->addRow(argumentsLabel, arguments);
    form->addRow(m_problems);

    for (QLineEdit *edit : {m_name, m_title, m_initrds, m_arguments, m_kernel->lineEdit()}) {
        connect(edit, &QLineEdit::editingFinished, this, &MenuEntryForm::finishEdit);
        connect(edit, &QLineEdit::textEdited, this, &MenuEntryForm::updateProblems);
    }
    connect(m_kernel, &QComboBox::activated, this, &MenuEntryForm::finishEdit);
    setEntry(nullptr);
}

void MenuEntryForm::setEntry(const Site::MenuEntry *entry, const QStringList &takenNames)
{
    m_showing = true;
    m_taken = takenNames;
    m_shown = entry ? *entry : Site::MenuEntry{};
    m_name->setText(m_shown.name);
    m_title->setText(m_shown.title);
    m_kernel->setCurrentText(m_shown.kernel);
    m_initrds->setText(m_shown.initrds.join(u' '));
    m_arguments->setText(m_shown.arguments);
    setEnabled(entry != nullptr);
    m_showing = false;
    updateProblems();
}

Site::MenuEntry MenuEntryForm::entry() const
{
    Site::MenuEntry e;
    e.name = m_name->text().trimmed();
    e.title = m_title->text().trimmed();
    e.kernel = treePath(m_kernel->currentText());
    for (const QString &initrd : m_initrds->text().split(u' ', Qt::SkipEmptyParts))
        e.initrds.append(treePath(initrd));
    e.arguments = m_arguments->text().trimmed();
    return e;
}

bool MenuEntryForm::nameIsUsable() const
{
    const QString name = m_name->text().trimmed();
    return Site::MenuValidator::isValidName(name) && (name == m_shown.name || !m_taken.contains(name));
}

void MenuEntryForm::setTreeFiles(const QStringList &files, bool listed)
{
    m_files = files;
    m_listed = listed;
    const QString kernel = m_kernel->currentText();
    m_kernel->clear();
    m_kernel->addItems(files);
    m_kernel->setCurrentText(kernel);
    static_cast<QStringListModel *>(m_initrds->completer()->model())->setStringList(files);
    updateProblems();
}

QString MenuEntryForm::problems() const
{
    if (!isEnabled())
        return {};
    const Site::MenuEntry e = entry();
    QStringList lines;
    if (e.name.isEmpty())
        lines.append(tr("The entry needs a name."));
    else if (!Site::MenuValidator::isValidName(e.name))
        lines.append(tr("The name %1 can only hold letters, digits, '.', '_' and '-' (at most 64).").arg(e.name));
    else if (e.name != m_shown.name && m_taken.contains(e.name))
        lines.append(tr("The menu already has an entry called %1.").arg(e.name));
    if (e.kernel.isEmpty())
        lines.append(tr("The entry needs a kernel."));
    if (m_listed) {
        QStringList files = e.initrds;
        if (!e.kernel.isEmpty())
            files.prepend(e.kernel);
        for (const QString &file : std::as_const(files))
            if (!m_files.contains(file))
                lines.append(tr("%1 is not in the boot tree: a machine booting this entry would stop there.").arg(file));
    }
    for (const QString &name : Boot::Machine::unknownVariables(e.arguments))
        lines.append(tr("{%1} is not a variable: the kernel gets it as written. Known: {server}, {hostname}, {mac}, {ip}.")
                         .arg(name));
    return lines.join(u'\n');
}

void MenuEntryForm::updateProblems()
{
    m_problems->setText(problems());
    m_problems->setVisible(!m_problems->text().isEmpty());
}

void MenuEntryForm::finishEdit()
{
    updateProblems();
    if (!m_showing && isEnabled() && entry() != m_shown)
        Q_EMIT edited();
}

void MenuEntryForm::insertVariable(const QString &name)
{
    m_arguments->insert(u'{' % name % u'}');
    m_arguments->setFocus();
    finishEdit();
}

} // namespace Ui
