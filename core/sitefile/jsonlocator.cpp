// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitefile/jsonlocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Site {

namespace {
// Deeper input is hostile or broken; QJsonDocument refuses it too.
constexpr int maxDepth = 512;

/// RFC 8259 section 6: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)?
bool isJsonNumber(QByteArrayView text)
{
    qsizetype i = 0;
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i;
        return i - from;
    };
    if (i < text.size() && text[i] == '-')
        ++i;
    if (i < text.size() && text[i] == '0')
        ++i;
    else if (digits() == 0)
        return false;
    if (i < text.size() && text[i] == '.') {
        ++i;
        if (digits() == 0)
            return false;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == text.size();
}
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
    if (atEnd())
        fail(0, tr("the file is empty"));
    else if (scanValue(QString(), 0)) {
        skipWhitespace();
        if (!atEnd())
            fail(m_pos, tr("unexpected text after the end of the document"));
    }
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

bool JsonLocator::fail(qsizetype offset, const QString &message)
{
    if (!m_syntaxError)
        m_syntaxError = SyntaxError{positionOfOffset(offset), message};
    return false;
}

qsizetype JsonLocator::endOfText() const
{
    qsizetype end = m_json.size();
    while (end > 0 && QByteArrayView(" \t\r\n").contains(m_json[end - 1]))
        --end;
    return end;
}

bool JsonLocator::scanValue(const QString &path, int depth)
{
    if (atEnd())
        return fail(endOfText(), tr("the file ends where a value should be"));
    if (depth > maxDepth)
        return fail(m_pos, tr("the document is nested too deeply"));
    m_entries[path].value = m_pos;
    const qsizetype start = m_pos;
    switch (m_json[m_pos]) {
    case '{':
        return scanObject(path, depth + 1);
    case '[':
        return scanArray(path, depth + 1);
    case '"':
        return scanString().has_value() || fail(start, tr("this string is not closed"));
    case '}':
    case ']':
    case ',':
    case ':':
        return fail(m_pos, tr("expected a value, found '%1'").arg(QLatin1Char(m_json[m_pos])));
    default:
        break;
    }
    while (!atEnd() && !QByteArrayView(" \t\r\n,]}:\"").contains(m_json[m_pos]))
        ++m_pos;
    const QByteArray token = m_json.mid(start, m_pos - start);
    if (token == "true" || token == "false" || token == "null" || isJsonNumber(token))
        return true;
    return fail(start, tr("%1 is not a JSON value (text needs double quotes)")
                           .arg(QString::fromUtf8(token)));
}

bool JsonLocator::scanObject(const QString &path, int depth)
{
    const qsizetype open = m_pos++;
    const Position opened = positionOfOffset(open);
    const auto endsInside = [&] {
        return fail(endOfText(), tr("the file ends inside the object opened at %1:%2")
                                     .arg(opened.line)
                                     .arg(opened.column));
    };
    skipWhitespace();
    if (!atEnd() && m_json[m_pos] == '}') {
        ++m_pos;
        return true;
    }
    QSet<QString> seen;
    qsizetype comma = -1;
    for (;;) {
        skipWhitespace();
        if (atEnd())
            return endsInside();
        if (m_json[m_pos] == '}' && comma >= 0)
            return fail(comma, tr("no member follows this ',' (JSON allows no trailing comma)"));
        if (m_json[m_pos] != '"')
            return fail(m_pos, tr("expected a key in double quotes"));
        const qsizetype keyOffset = m_pos;
        const std::optional<QString> key = scanString();
        if (!key)
            return fail(keyOffset, tr("this string is not closed"));
        const QString child = path.isEmpty() ? *key : path % u'.' % *key;
        if (seen.contains(*key)) {
            m_duplicates.append({child, positionOfOffset(m_entries.value(child).key),
                                 positionOfOffset(keyOffset)});
        }
        seen.insert(*key);
        m_entries[child] = Entry{keyOffset, -1};
        const qsizetype keyEnd = m_pos;
        skipWhitespace();
        if (atEnd())
            return endsInside();
        if (m_json[m_pos] != ':')
            return fail(keyEnd, tr("expected ':' after key \"%1\"").arg(*key));
        ++m_pos;
        skipWhitespace();
        if (!scanValue(child, depth))
            return false;
        const qsizetype valueEnd = m_pos;
        skipWhitespace();
        if (atEnd())
            return endsInside();
        if (m_json[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        if (m_json[m_pos] != ',')
            return fail(valueEnd, tr("expected ',' or '}' after %1").arg(child));
        comma = m_pos++;
    }
}

bool JsonLocator::scanArray(const QString &path, int depth)
{
    const Position opened = positionOfOffset(m_pos++);
    const auto endsInside = [&] {
        return fail(endOfText(), tr("the file ends inside the list opened at %1:%2")
                                     .arg(opened.line)
                                     .arg(opened.column));
    };
    skipWhitespace();
    if (!atEnd() && m_json[m_pos] == ']') {
        ++m_pos;
        return true;
    }
    qsizetype comma = -1;
    for (int index = 0;; ++index) {
        skipWhitespace();
        if (atEnd())
            return endsInside();
        if (m_json[m_pos] == ']' && comma >= 0)
            return fail(comma, tr("no element follows this ',' (JSON allows no trailing comma)"));
        const QString child = path % u'[' % QString::number(index) % u']';
        m_entries[child].key = m_pos;
        if (!scanValue(child, depth))
            return false;
        const qsizetype valueEnd = m_pos;
        skipWhitespace();
        if (atEnd())
            return endsInside();
        if (m_json[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        if (m_json[m_pos] != ',')
            return fail(valueEnd, tr("expected ',' or ']' after %1").arg(child));
        comma = m_pos++;
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
