// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Ui {

/// A status light and a line of text for one service, e.g. a green light
/// and "DHCP serving · port 67".
class ServiceIndicator : public QWidget
{
    Q_OBJECT
public:
    enum class Light { Off, Busy, On, Failed };
    Q_ENUM(Light)

    explicit ServiceIndicator(QWidget *parent = nullptr);

    void setStatus(Light light, const QString &text, const QString &details = {});
    Light light() const { return m_light; }
    QString text() const;

private:
    Light m_light = Light::Off;
    QLabel *m_lamp;
    QLabel *m_text;
};

} // namespace Ui
