// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlistpane.h"

#include "eventlistmodel.h"
#include "eventlistview.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

EventListPane::EventListPane(Timeline::EventLog *log, QWidget *parent)
    : QWidget(parent)
    , m_model(new EventListModel(log, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new EventListView(this))
    , m_filter(new QLineEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(EventListModel::SearchRole);
    m_proxy->setFilterKeyColumn(EventListModel::Time);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(u"eventFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by MAC address or details"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(u"eventList"_s);
    m_view->setModel(m_proxy);
    m_view->setPlaceholderText(tr("No boot events yet.\n\nChoose the interface facing the machines and a DHCP mode, "
                                  "then press Start. Every DHCP request and answer appears here as it happens."));
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const auto width = [this](const QString &sample) { return m_view->fontMetrics().horizontalAdvance(sample) + 24; };
    header->resizeSection(EventListModel::Time, fixed.horizontalAdvance(u"00:00:00.000"_s) + 24);
    header->resizeSection(EventListModel::Mac, fixed.horizontalAdvance(u"00:00:00:00:00:00"_s) + 24);
    header->resizeSection(EventListModel::Protocol, width(u"proxyDHCP"_s));
    header->resizeSection(EventListModel::Event, width(u"no boot file"_s));
    header->resizeSection(EventListModel::Architecture, width(u"x64 UEFI HTTP"_s));
    header->setSectionResizeMode(EventListModel::Details, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
}

} // namespace Ui
