// SPDX-License-Identifier: GPL-3.0-or-later
#include "otherserversdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

OtherServersDialog::OtherServersDialog(const QList<Dhcp::RogueCheck::Finding> &findings,
                                       const QString &interfaceName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Another DHCP server answered"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::RichText);
    heading->setText(u"<b>"_s
                     % tr("Another DHCP server answers on %1.").arg(interfaceName.toHtmlEscaped())
                     % u"</b>"_s);
    auto *list = new QListWidget(this);
    list->setObjectName(u"serverList"_s);
    for (const auto &finding : findings)
        list->addItem(finding.summary());
    list->setMaximumHeight(list->sizeHintForRow(0) * 4 + 2 * list->frameWidth() + 4);
    auto *explanation = new QLabel(tr("Two servers handing out addresses on one network give machines "
                                      "conflicting leases, so Rackside has not started.\n\n"
                                      "In proxy mode the other server keeps handing out addresses and "
                                      "Rackside only adds the boot information."),
                                   this);
    explanation->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *proxy = buttons->addButton(tr("Use proxy mode"), QDialogButtonBox::AcceptRole);
    proxy->setObjectName(u"useProxyButton"_s);
    proxy->setDefault(true);
    QPushButton *serve = buttons->addButton(tr("Serve anyway"), QDialogButtonBox::DestructiveRole);
    serve->setObjectName(u"serveAnywayButton"_s);
    serve->setToolTip(tr("Hand out addresses although the other server does too"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);

    connect(proxy, &QPushButton::clicked, this, [this] {
        m_choice = Choice::UseProxy;
        accept();
    });
    connect(serve, &QPushButton::clicked, this, [this] {
        m_choice = Choice::ServeAnyway;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, [this] { Q_EMIT chosen(m_choice); });

    auto *text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(list);
    text->addWidget(explanation);
    auto *body = new QHBoxLayout;
    body->addWidget(icon);
    body->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace Ui
