// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace Ui {

namespace {

QColor colourOf(ServiceIndicator::Light light, const QPalette &palette)
{
    switch (light) {
    case ServiceIndicator::Light::On:
        return QColor(0x2e, 0xa0, 0x43);
    case ServiceIndicator::Light::Busy:
        return QColor(0xe0, 0x9b, 0x1a);
    case ServiceIndicator::Light::Failed:
        return QColor(0xd0, 0x31, 0x2d);
    case ServiceIndicator::Light::Off:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::WindowText);
}

QPixmap lamp(const QColor &colour, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(130), 1));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

} // namespace

ServiceIndicator::ServiceIndicator(QWidget *parent)
    : QWidget(parent)
    , m_lamp(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_lamp);
    layout->addWidget(m_text);
    setStatus(Light::Off, {});
}

void ServiceIndicator::setStatus(Light light, const QString &text, const QString &details)
{
    m_light = light;
    const int size = fontMetrics().height() * 3 / 4;
    m_lamp->setPixmap(lamp(colourOf(light, palette()), size, devicePixelRatioF()));
    m_text->setText(text);
    setToolTip(details.isEmpty() ? text : details);
}

QString ServiceIndicator::text() const
{
    return m_text->text();
}

} // namespace Ui
