// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Site {

/// Maps field paths such as hosts[1].mac to line:column in the raw JSON text,
/// because QJsonDocument keeps no positions. Paths join object keys with '.'
/// and array indices with [n]; the root is the empty path.
class JsonLocator
{
    Q_DECLARE_TR_FUNCTIONS(Site::JsonLocator)

public:
    enum class Part { Value, Key };

    /// 1-based line and column; the column counts characters, not bytes.
    struct Position
    {
        int line = 0;
        int column = 0;
        bool isValid() const { return line > 0; }
        friend bool operator==(const Position &, const Position &) = default;
    };

    /// A key given twice in one object; QJsonDocument keeps only the last.
    struct DuplicateKey
    {
        QString path;
        Position first;  ///< of the earlier key
        Position second; ///< of the later key
    };

    /// The first thing that makes the text not JSON, with a message that
    /// says what was expected where.
    struct SyntaxError
    {
        Position position;
        QString message;
    };

    explicit JsonLocator(const QByteArray &json);

    /// Where the value (or the key) at @p path starts; invalid when the text has no such field.
    /// For array elements the key is the element itself.
    Position find(const QString &path, Part part = Part::Value) const;
    /// Like find(), but falls back to the nearest enclosing field that the text
    /// has (a missing hosts[2].mac points at hosts[2]), and to 1:1 at worst.
    Position locate(const QString &path, Part part = Part::Value) const;
    /// Line and column of a byte offset, e.g. QJsonParseError::offset.
    Position positionOfOffset(qsizetype offset) const;
    /// Keys given more than once, in file order.
    const QList<DuplicateKey> &duplicateKeys() const { return m_duplicates; }
    /// Set when the text is not well-formed JSON. The tokenizer checks the
    /// structure (commas, colons, brackets, quotes, literals) but not string
    /// escapes or encoding, so QJsonDocument may still refuse text it accepts.
    const std::optional<SyntaxError> &syntaxError() const { return m_syntaxError; }

    /// hosts[1].mac -> hosts[1] -> hosts -> "" (the root).
    static QString parentPath(const QString &path);

private:
    struct Entry
    {
        qsizetype key = -1;
        qsizetype value = -1;
    };

    bool fail(qsizetype offset, const QString &message);
    qsizetype endOfText() const;
    bool scanValue(const QString &path, int depth);
    bool scanObject(const QString &path, int depth);
    bool scanArray(const QString &path, int depth);
    std::optional<QString> scanString();
    void skipWhitespace();
    bool atEnd() const { return m_pos >= m_json.size(); }

    QByteArray m_json;
    qsizetype m_pos = 0;
    QHash<QString, Entry> m_entries;
    QList<qsizetype> m_lineStarts;
    QList<DuplicateKey> m_duplicates;
    std::optional<SyntaxError> m_syntaxError;
};

} // namespace Site
