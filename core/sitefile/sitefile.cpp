// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitefile/sitefile.h"

#include "sitecheck/boottreecheck.h"
#include "sitefile/jsonlocator.h"
#include "sitefile/sitereader.h"
#include "sitecheck/sitevalidator.h"
#include "sitefile/sitewriter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Site {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// True when @p field is @p other or lies inside it (hosts[1].mac inside hosts[1]).
bool isWithin(const QString &field, const QString &other)
{
    if (!field.startsWith(other))
        return false;
    if (field.size() == other.size() || other.isEmpty())
        return true;
    const QChar next = field.at(other.size());
    return next == u'.' || next == u'[';
}

void locateAll(QList<Problem> &problems, const JsonLocator &locator, const QString &fileName)
{
    for (Problem &problem : problems) {
        const JsonLocator::Position at = locator.locate(problem.field);
        problem.file = fileName;
        problem.line = at.line;
        problem.column = at.column;
    }
}

void sortByPosition(QList<Problem> &problems)
{
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
}

} // namespace

SiteFile::LoadResult SiteFile::load(const QString &path, const QString &loaderDirectory)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt,
                {{path, 0, 0, QString(), tr("cannot read: %1").arg(file.errorString())}},
                {}};
    if (file.size() > maxFileSize) {
        return {std::nullopt,
                {{path, 0, 0, QString(),
                  tr("the file is too large (%1 bytes; a site file has at most %2)")
                      .arg(file.size())
                      .arg(maxFileSize)}},
                {}};
    }
    const QByteArray json = file.readAll();
    LoadResult result = parse(json, path);
    if (!result.document)
        return result;

    const Document &document = *result.document;
    const QString tree = document.bootTreePath(path);
    QList<Problem> found;
    if (!document.bootTree.isEmpty() && !QFileInfo(tree).isDir()) {
        found.append({QString(), 0, 0, u"bootTree"_s,
                      tr("the folder %1 does not exist, so nothing of it is served").arg(tree),
                      Problem::Severity::Warning});
    }
    QStringList trees = {tree};
    if (!loaderDirectory.isEmpty())
        trees.append(loaderDirectory);
    found += BootTreeCheck::checkMenuFiles(document, trees);
    if (!loaderDirectory.isEmpty())
        found += BootTreeCheck::checkBootFiles(document, trees);
    locateAll(found, JsonLocator(json), path);
    result.warnings += found;
    sortByPosition(result.warnings);
    return result;
}

SiteFile::LoadResult SiteFile::parse(const QByteArray &json, const QString &fileNameForMessages)
{
    const QString &fileName = fileNameForMessages;
    const JsonLocator locator(json);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // The locator says what was expected where; Qt only knows the
        // offset where its parser gave up ("unterminated object" for a
        // missing comma), but catches bad escapes and encodings.
        if (const auto &syntax = locator.syntaxError()) {
            return {std::nullopt, {{fileName, syntax->position.line, syntax->position.column,
                                    QString(), syntax->message}},
                    {}};
        }
        qsizetype offset = error.offset;
        if (std::all_of(json.begin() + std::clamp<qsizetype>(offset, 0, json.size()), json.end(),
                        isJsonSpace)) {
            offset = json.size();
            while (offset > 0 && isJsonSpace(json.at(offset - 1)))
                --offset;
        }
        const JsonLocator::Position at = locator.positionOfOffset(offset);
        return {std::nullopt, {{fileName, at.line, at.column, QString(), error.errorString()}}, {}};
    }
    if (!parsed.isObject()) {
        const JsonLocator::Position at = locator.locate(QString());
        return {std::nullopt,
                {{fileName, at.line, at.column, QString(),
                  tr("expected a JSON object holding the site, found an array")}},
                {}};
    }

    SiteReader reader(locator, fileName);
    const Document document = reader.read(parsed.object());
    QList<Problem> problems = reader.problems();
    QList<Problem> warnings;
    const QList<Problem> readProblems = problems;
    for (Problem problem : SiteValidator::validate(document)) {
        // A field the reader could not read holds a default; what the
        // validator says about that default would only confuse.
        const bool covered =
            std::any_of(readProblems.begin(), readProblems.end(),
                        [&](const Problem &read) { return isWithin(problem.field, read.field); });
        if (covered)
            continue;
        const JsonLocator::Position at = locator.locate(problem.field);
        problem.file = fileName;
        problem.line = at.line;
        problem.column = at.column;
        (problem.isWarning() ? warnings : problems).append(problem);
    }
    sortByPosition(problems);
    sortByPosition(warnings);
    if (!problems.isEmpty())
        return {std::nullopt, problems, warnings};
    return {document, {}, warnings};
}

QByteArray SiteFile::serialize(const Document &document)
{
    return SiteWriter::write(document);
}

bool SiteFile::save(const Document &document, const QString &path, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QList<Problem> problems = validate(document);
    if (!problems.isEmpty())
        return fail(tr("not saving %1, the site has problems:\n%2")
                        .arg(path, problemsToString(problems)));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray data = serialize(document);
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(tr("cannot write %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

QList<Problem> SiteFile::validate(const Document &document)
{
    QList<Problem> errors = SiteValidator::validate(document);
    errors.removeIf([](const Problem &problem) { return problem.isWarning(); });
    return errors;
}

} // namespace Site
