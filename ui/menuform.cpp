// SPDX-License-Identifier: GPL-3.0-or-later
#include "menuform.h"

#include "dhcp/bootclient.h"
#include "sitecheck/menuvalidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Ui {

MenuForm::MenuForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_defaultEntry(new QComboBox(this))
    , m_timeout(new QSpinBox(this))
    , m_isDefault(new QCheckBox(tr("Unknown ma&chines get this menu"), this))
    , m_problem(new QLabel(this))
{
    m_name->setObjectName(u"menuName"_s);
    m_title->setObjectName(u"menuTitle"_s);
    m_defaultEntry->setObjectName(u"menuDefaultEntry"_s);
    m_defaultEntry->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_defaultEntry->setMinimumContentsLength(8); // long names must not widen the page
    m_timeout->setObjectName(u"menuTimeout"_s);
    m_isDefault->setObjectName(u"menuIsDefault"_s);

    m_name->setToolTip(tr("A short id, unique in the site; hosts name their menu by it"));
    m_title->setToolTip(tr("Shown above the entries; may be empty"));
    m_defaultEntry->setToolTip(tr("The entry booted when nobody presses a key"));
    m_timeout->setRange(Site::Menu::minTimeout, Site::Menu::maxTimeout);
    m_timeout->setSpecialValueText(tr("wait forever"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("Seconds before the default entry boots; 0 boots it at once"));
    m_isDefault->setToolTip(tr("Machines that are not hosts, and hosts without a menu, boot this menu"));
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problem->setPalette(warning);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Menu &name:"), m_name);
    form->addRow(tr("Menu &title:"), m_title);
    form->addRow(tr("Default entr&y:"), m_defaultEntry);
    form->addRow(tr("Time&out:"), m_timeout);
    form->addRow(m_isDefault);
    // Two by two, so the form stays narrow.
    auto *firmware = new QGridLayout;
    firmware->setContentsMargins(0, 0, 0, 0);
    for (Site::BootArch arch : Site::menuBootArchs()) {
        auto *box = new QCheckBox(firmwareName(arch), this);
        box->setObjectName(u"menuFirmware-"_s + Site::bootArchKey(arch));
        box->setToolTip(tr("%1 machines without a menu of their own get this one rather than the default "
                           "(GRUB tells the firmware apart when it runs; PXELINUX counts as BIOS)")
                            .arg(firmwareName(arch)));
        connect(box, &QCheckBox::clicked, this, [this, arch](bool on) { Q_EMIT firmwareToggled(arch, on); });
        firmware->addWidget(box, int(m_firmware.size()) / 2, int(m_firmware.size()) % 2);
        m_firmware.insert(arch, box);
    }
    form->addRow(new QLabel(tr("For firmware:"), this));
    form->addRow(firmware);
    form->addRow(m_problem);

    for (QLineEdit *edit : {m_name, m_title})
        connect(edit, &QLineEdit::editingFinished, this, &MenuForm::finishEdit);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_problem->setText(nameProblem());
        m_problem->setVisible(!m_problem->text().isEmpty());
    });
    connect(m_defaultEntry, &QComboBox::activated, this, &MenuForm::finishEdit);
    connect(m_timeout, &QSpinBox::editingFinished, this, &MenuForm::finishEdit);
    connect(m_isDefault, &QCheckBox::clicked, this, &MenuForm::defaultMenuToggled);
    setMenu(nullptr, false);
}

// The timeline's words for the same firmware ("x64 UEFI").
QString MenuForm::firmwareName(Site::BootArch arch)
{
    using Arch = Dhcp::BootClient::Arch;
    switch (arch) {
    case Site::BootArch::Bios:
        return Dhcp::BootClient::archName(Arch::X86Bios);
    case Site::BootArch::UefiX64:
        return Dhcp::BootClient::archName(Arch::UefiX64);
    case Site::BootArch::UefiIa32:
        return Dhcp::BootClient::archName(Arch::UefiIa32);
    case Site::BootArch::UefiArm64:
        return Dhcp::BootClient::archName(Arch::UefiArm64);
    default:
        return Site::bootArchKey(arch);
    }
}

void MenuForm::setMenu(const Site::Menu *menu, bool isDefault, const QStringList &takenNames,
                       const QList<Site::BootArch> &firmware)
{
    for (auto it = m_firmware.cbegin(); it != m_firmware.cend(); ++it)
        it.value()->setChecked(firmware.contains(it.key()));
    m_showing = true;
    m_shown = menu ? *menu : Site::Menu{};
    m_taken = takenNames;
    m_name->setText(m_shown.name);
    m_title->setText(m_shown.title);
    m_defaultEntry->clear();
    m_defaultEntry->addItem(tr("the first entry"), QString());
    for (const Site::MenuEntry &e : std::as_const(m_shown.entries))
        m_defaultEntry->addItem(e.title.isEmpty() ? e.name : u"%1 (%2)"_s.arg(e.title, e.name), e.name);
    m_defaultEntry->setCurrentIndex(std::max(0, m_defaultEntry->findData(m_shown.defaultEntry)));
    m_timeout->setValue(m_shown.timeout);
    m_isDefault->setChecked(isDefault);
    // The only menu is the default whatever the box says.
    m_isDefault->setEnabled(menu && !isDefault);
    setEnabled(menu != nullptr);
    m_problem->clear();
    m_problem->hide();
    m_showing = false;
}

Site::Menu MenuForm::header() const
{
    Site::Menu m;
    m.name = m_name->text().trimmed();
    m.title = m_title->text().trimmed();
    m.defaultEntry = m_defaultEntry->currentData().toString();
    m.timeout = m_timeout->value();
    return m;
}

QString MenuForm::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("The menu needs a name.");
    if (!Site::MenuValidator::isValidName(name))
        return tr("The name %1 can only hold letters, digits, '.', '_' and '-' (at most 64).").arg(name);
    if (name != m_shown.name && m_taken.contains(name))
        return tr("There is already a menu called %1.").arg(name);
    return {};
}

void MenuForm::finishEdit()
{
    if (m_showing || !isEnabled())
        return;
    m_problem->setText(nameProblem());
    m_problem->setVisible(!m_problem->text().isEmpty());
    const Site::Menu h = header();
    if (h.name != m_shown.name || h.title != m_shown.title || h.defaultEntry != m_shown.defaultEntry
        || h.timeout != m_shown.timeout)
        Q_EMIT edited();
}

} // namespace Ui
