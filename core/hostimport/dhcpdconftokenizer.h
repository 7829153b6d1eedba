// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Site {

/// One token of an ISC dhcpd.conf.
struct DhcpdConfToken
{
    enum class Kind {
        Word, ///< keyword, name, number, address, MAC: anything unquoted
        String, ///< "quoted"; text is the raw inside, see value()
        Semicolon,
        OpenBrace,
        CloseBrace,
        Comma,
        Other, ///< ( ) = and the like, from expressions
        End,
    };

    Kind kind = Kind::End;
    QStringView text;
    int line = 0; ///< 1-based
    int column = 0; ///< 1-based
    bool unterminated = false; ///< a String whose closing quote is missing on its line

    /// The text a String stands for (escapes resolved); a Word's text as is.
    QString value() const;
    bool isWord(QStringView keyword) const;
};

/// Splits dhcpd.conf text into tokens, dropping whitespace and # comments.
/// It never fails: a string without its closing quote ends at the end of its
/// line and is marked unterminated, so one typo cannot swallow the file.
class DhcpdConfTokenizer
{
public:
    explicit DhcpdConfTokenizer(QStringView text);

    /// The next token; Kind::End (again and again) at the end of the text.
    DhcpdConfToken next();

private:
    void skipSpaceAndComments();
    DhcpdConfToken make(DhcpdConfToken::Kind kind, qsizetype begin, qsizetype end) const;

    QStringView m_text;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
};

} // namespace Site
