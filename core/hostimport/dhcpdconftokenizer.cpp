// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostimport/dhcpdconftokenizer.h"

namespace Site {

namespace {

// Punctuation of statements and expressions ends a word; ':' '.' '-' do
// not, so MACs, addresses and option names stay whole.
bool isDelimiter(QChar c)
{
    return c.isSpace() || QStringView(u";{},\"#()=!&|").contains(c);
}

} // namespace

QString DhcpdConfToken::value() const
{
    if (kind != Kind::String || !text.contains(u'\\'))
        return text.toString();
    // dhcpd's lexer resolves the C escapes; octal and hex ones are rare
    // enough in names and file names to keep as written.
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size()) {
            c = text[++i];
            if (c == u't')
                c = u'\t';
            else if (c == u'n')
                c = u'\n';
            else if (c == u'r')
                c = u'\r';
        }
        out.append(c);
    }
    return out;
}

bool DhcpdConfToken::isWord(QStringView keyword) const
{
    return kind == Kind::Word && text.compare(keyword, Qt::CaseInsensitive) == 0;
}

DhcpdConfTokenizer::DhcpdConfTokenizer(QStringView text)
    : m_text(text)
{
}

void DhcpdConfTokenizer::skipSpaceAndComments()
{
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos];
        if (c == u'\n') {
            ++m_pos;
            ++m_line;
            m_lineStart = m_pos;
        } else if (c.isSpace()) {
            ++m_pos;
        } else if (c == u'#') {
            const qsizetype end = m_text.indexOf(u'\n', m_pos);
            m_pos = end < 0 ? m_text.size() : end;
        } else {
            return;
        }
    }
}

DhcpdConfToken DhcpdConfTokenizer::make(DhcpdConfToken::Kind kind, qsizetype begin,
                                        qsizetype end) const
{
    DhcpdConfToken token;
    token.kind = kind;
    token.text = m_text.sliced(begin, end - begin);
    token.line = m_line;
    token.column = int(begin - m_lineStart) + 1;
    return token;
}

DhcpdConfToken DhcpdConfTokenizer::next()
{
    using Kind = DhcpdConfToken::Kind;
    skipSpaceAndComments();
    if (m_pos >= m_text.size())
        return make(Kind::End, m_pos, m_pos);

    const qsizetype begin = m_pos;
    const QChar c = m_text[m_pos];
    if (c == u'"') {
        qsizetype i = begin + 1;
        while (i < m_text.size() && m_text[i] != u'"' && m_text[i] != u'\n')
            i += (m_text[i] == u'\\' && i + 1 < m_text.size() && m_text[i + 1] != u'\n') ? 2 : 1;
        const bool closed = i < m_text.size() && m_text[i] == u'"';
        DhcpdConfToken token = make(Kind::String, begin + 1, i);
        token.column = int(begin - m_lineStart) + 1;
        token.unterminated = !closed;
        m_pos = closed ? i + 1 : i;
        return token;
    }
    Kind kind = Kind::Other;
    switch (c.unicode()) {
    case u';':
        kind = Kind::Semicolon;
        break;
    case u'{':
        kind = Kind::OpenBrace;
        break;
    case u'}':
        kind = Kind::CloseBrace;
        break;
    case u',':
        kind = Kind::Comma;
        break;
    default:
        if (!isDelimiter(c)) {
            qsizetype i = begin;
            while (i < m_text.size() && !isDelimiter(m_text[i]))
                ++i;
            m_pos = i;
            return make(Kind::Word, begin, i);
        }
    }
    ++m_pos;
    return make(kind, begin, m_pos);
}

} // namespace Site
