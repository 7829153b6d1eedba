// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Ui {

/// The event table: keeps the newest event in sight while the operator has
/// not scrolled up, and says what to do while there is nothing to show.
class EventListView : public QTableView
{
    Q_OBJECT
public:
    explicit EventListView(QWidget *parent = nullptr);

    /// Shown in the empty table.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }
    /// True while new rows scroll into view.
    bool followsNewRows() const { return m_follow; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
    bool m_follow = true;
};

} // namespace Ui
