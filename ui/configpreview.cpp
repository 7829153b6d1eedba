// SPDX-License-Identifier: GPL-3.0-or-later
#include "configpreview.h"

#include "boot/configfiles.h"
#include "boot/configname.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

ConfigPreview::ConfigPreview(const Site::SiteEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_host(new QComboBox(this))
    , m_loader(new QComboBox(this))
    , m_fileName(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    m_host->setObjectName(u"previewHost"_s);
    m_host->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_host->setMinimumContentsLength(8); // long names must not widen the page
    m_loader->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_loader->setMinimumContentsLength(8); // long names must not widen the page
    m_loader->setObjectName(u"previewLoader"_s);
    m_text->setObjectName(u"previewText"_s);
    m_host->setToolTip(tr("Whose file to show: a host's, or what a machine Rackside does not know gets"));
    m_loader->setToolTip(tr("GRUB reads grub.cfg; PXELINUX reads pxelinux.cfg"));
    m_loader->addItem(u"grub.cfg"_s, int(Loader::Grub));
    m_loader->addItem(u"pxelinux.cfg"_s, int(Loader::Pxelinux));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setToolTip(tr("Generated from the menus on each request; edit the menu, not this text"));
    m_fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileName->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long name is cut, not widening the page
    m_fileName->setObjectName(u"previewFileName"_s);

    auto *pickers = new QHBoxLayout;
    auto *hostLabel = new QLabel(tr("&Preview for:"), this);
    hostLabel->setBuddy(m_host);
    pickers->addWidget(hostLabel);
    pickers->addWidget(m_host, 1);
    auto *file = new QHBoxLayout;
    file->addWidget(m_loader);
    file->addWidget(m_fileName, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pickers);
    layout->addLayout(file);
    layout->addWidget(m_text, 1);

    connect(m_host, &QComboBox::currentIndexChanged, this, &ConfigPreview::render);
    connect(m_loader, &QComboBox::currentIndexChanged, this, &ConfigPreview::render);
    refresh();
}

void ConfigPreview::refresh()
{
    const QString chosen = m_host->currentData().toString();
    const QSignalBlocker blocker(m_host);
    m_host->clear();
    m_host->addItem(tr("an unknown machine"), QString());
    for (const Site::Host &h : m_editor->site().hosts) {
        if (h.mac.isNull())
            continue;
        const QString mac = h.mac.toString();
        m_host->addItem(h.hostname.isEmpty() ? mac : u"%1 (%2)"_s.arg(h.hostname, mac), mac);
    }
    m_host->setCurrentIndex(std::max(0, m_host->findData(chosen)));
    render();
}

void ConfigPreview::setServerAddress(const QHostAddress &address)
{
    m_server = address;
    render();
}

void ConfigPreview::showHost(const Net::MacAddress &mac)
{
    m_host->setCurrentIndex(std::max(0, m_host->findData(mac.isNull() ? QString() : mac.toString())));
}

void ConfigPreview::showLoader(Loader loader)
{
    m_loader->setCurrentIndex(m_loader->findData(int(loader)));
}

QString ConfigPreview::fileName() const
{
    return m_fileName->text();
}

QString ConfigPreview::text() const
{
    return m_text->toPlainText();
}

void ConfigPreview::render()
{
    const auto mac = Net::MacAddress::parse(m_host->currentData().toString());
    const bool grub = Loader(m_loader->currentData().toInt()) == Loader::Grub;
    Boot::ConfigName name;
    name.loader = grub ? Boot::ConfigName::Loader::Grub : Boot::ConfigName::Loader::Pxelinux;
    name.key = mac ? Boot::ConfigName::Key::Mac : Boot::ConfigName::Key::Generic;
    if (mac)
        name.mac = *mac;
    Boot::Requester who;
    if (mac)
        who.mac = *mac;
    // The hyphenated, lower-case form the loaders ask for.
    const QString macName = mac ? u"01-"_s + mac->toString().replace(u':', u'-').toLower() : QString();
    m_fileName->setText(grub ? (mac ? u"grub.cfg-"_s + macName : u"grub.cfg"_s)
                             : u"pxelinux.cfg/"_s + (mac ? macName : u"default"_s));
    const Boot::ConfigFiles files(m_editor->site(), nullptr, m_server);
    const std::optional<QByteArray> bytes = files.render(name, who);
    if (bytes) {
        m_text->setPlainText(QString::fromUtf8(*bytes));
        return;
    }
    m_text->setPlainText(m_editor->site().menus.isEmpty()
                             ? tr("# The site has no menus: the boot tree's own files are served as they are.")
                             : tr("# No menu for this machine: check the host's menu."));
}

} // namespace Ui
