// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/jsonlocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Site {

namespace {
// Deeper input is hostile or broken; QJsonDocument refuses it too.
constexpr int maxDepth = 512;
} // namespace

JsonLocator::JsonLocator(const QByteArray &json)
    : m_json(json)
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < m_json.size(); ++i) {
        if (m_json[i] == '\n')
            m_lineStarts.append(i + 1);
    }
    skipWhitespace();
    scanValue(QString(), 0);
}

JsonLocator::Position JsonLocator::find(const QString &path, Part part) const
{
    const auto it = m_entries.constFind(path);
    if (it == m_entries.cend())
        return {};
    const qsizetype offset = part == Part::Key && it->key >= 0 ? it->key : it->value;
    return offset >= 0 ? positionOfOffset(offset) : Position{};
}

JsonLocator::Position JsonLocator::locate(const QString &path, Part part) const
{
    QString current = path;
    for (;;) {
        const Position position = find(current, current == path ? part : Part::Value);
        if (position.isValid())
            return position;
        if (current.isEmpty())
            return {1, 1};
        current = parentPath(current);
    }
}

JsonLocator::Position JsonLocator::positionOfOffset(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_json.size());
    const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const qsizetype lineStart = *(next - 1);
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        // UTF-8 continuation bytes do not start a character.
        if ((quint8(m_json[i]) & 0xc0) != 0x80)
            ++column;
    }
    return {int(next - m_lineStarts.begin()), column};
}

QString JsonLocator::parentPath(const QString &path)
{
    if (path.endsWith(u']')) {
        const qsizetype bracket = path.lastIndexOf(u'[');
        return bracket < 0 ? QString() : path.left(bracket);
    }
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? QString() : path.left(dot);
}

void JsonLocator::skipWhitespace()
{
    while (!atEnd()) {
        const char c = m_json[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

bool JsonLocator::scanValue(const QString &path, int depth)
{
    if (atEnd() || depth > maxDepth)
        return false;
    m_entries[path].value = m_pos;
    switch (m_json[m_pos]) {
    case '{':
        return scanObject(path, depth + 1);
    case '[':
        return scanArray(path, depth + 1);
    case '"':
        return scanString().has_value();
    default:
        break;
    }
    // A number or literal: its extent is all that matters here.
    const qsizetype start = m_pos;
    while (!atEnd() && !QByteArrayView(" \t\r\n,]}:").contains(m_json[m_pos]))
        ++m_pos;
    return m_pos > start;
}

bool JsonLocator::scanObject(const QString &path, int depth)
{
    ++m_pos; // '{'
    skipWhitespace();
    if (!atEnd() && m_json[m_pos] == '}') {
        ++m_pos;
        return true;
    }
    QSet<QString> seen;
    for (;;) {
        skipWhitespace();
        if (atEnd() || m_json[m_pos] != '"')
            return false;
        const qsizetype keyOffset = m_pos;
        const std::optional<QString> key = scanString();
        if (!key)
            return false;
        const QString child = path.isEmpty() ? *key : path % u'.' % *key;
        if (seen.contains(*key)) {
            m_duplicates.append({child, positionOfOffset(m_entries.value(child).key),
                                 positionOfOffset(keyOffset)});
        }
        seen.insert(*key);
        m_entries[child] = Entry{keyOffset, -1};
        skipWhitespace();
        if (atEnd() || m_json[m_pos] != ':')
            return false;
        ++m_pos;
        skipWhitespace();
        if (!scanValue(child, depth))
            return false;
        skipWhitespace();
        if (atEnd())
            return false;
        if (m_json[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        if (m_json[m_pos] != ',')
            return false;
        ++m_pos;
    }
}

bool JsonLocator::scanArray(const QString &path, int depth)
{
    ++m_pos; // '['
    skipWhitespace();
    if (!atEnd() && m_json[m_pos] == ']') {
        ++m_pos;
        return true;
    }
    for (int index = 0;; ++index) {
        skipWhitespace();
        const QString child = path % u'[' % QString::number(index) % u']';
        m_entries[child].key = m_pos;
        if (!scanValue(child, depth))
            return false;
        skipWhitespace();
        if (atEnd())
            return false;
        if (m_json[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        if (m_json[m_pos] != ',')
            return false;
        ++m_pos;
    }
}

std::optional<QString> JsonLocator::scanString()
{
    const qsizetype start = m_pos;
    ++m_pos; // opening quote
    bool escaped = false;
    while (!atEnd()) {
        const char c = m_json[m_pos++];
        if (c == '\\') {
            escaped = true;
            if (atEnd())
                return std::nullopt;
            ++m_pos;
        } else if (c == '"') {
            const QByteArray raw = m_json.mid(start, m_pos - start);
            if (!escaped)
                return QString::fromUtf8(raw.mid(1, raw.size() - 2));
            // Rare in a site file; let Qt decode \uXXXX and friends.
            const QJsonDocument wrapped = QJsonDocument::fromJson('[' + raw + ']');
            return wrapped.array().at(0).toString();
        }
    }
    return std::nullopt;
}

} // namespace Site
