// SPDX-License-Identifier: GPL-3.0-or-later
#include "images/nbifolder.h"

#include "images/siteimages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QVariant>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Images {

namespace {

// An XML property list's top-level dictionary: strings, integers,
// booleans and arrays of strings are all NetBoot images use.
std::optional<QVariantMap> readPlist(QIODevice &device, QString *error)
{
    QXmlStreamReader xml(&device);
    QVariantMap map;
    QString key;
    int depth = 0;
    QStringList array;
    bool inArray = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "dict"_L1) {
                ++depth;
            } else if (depth == 1 && name == "key"_L1) {
                key = xml.readElementText();
            } else if (depth == 1 && name == "array"_L1) {
                inArray = true;
                array.clear();
            } else if (depth == 1 && (name == "true"_L1 || name == "false"_L1)) {
                map.insert(key, name == "true"_L1);
            } else if (depth == 1 && (name == "string"_L1 || name == "integer"_L1)) {
                const QString text = xml.readElementText();
                if (inArray)
                    array.append(text);
                else if (name == "integer"_L1)
                    map.insert(key, text.toLongLong());
                else
                    map.insert(key, text);
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == "dict"_L1)
                --depth;
            else if (xml.name() == "array"_L1 && inArray && depth == 1) {
                map.insert(key, array);
                inArray = false;
            }
        }
    }
    if (xml.hasError()) {
        *error = NbiFolder::tr("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    return map;
}

} // namespace

bool NbiFolder::isNbiFolder(const QString &path)
{
    return QFileInfo(path).isDir() && QFileInfo::exists(QDir(path).filePath(InfoFile));
}

std::optional<Site::NetbootImage> NbiFolder::read(const QString &folder, const QString &sitePath, QString *error)
{
    const QString infoPath = QDir(folder).filePath(InfoFile);
    QFile file(infoPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(infoPath, file.errorString());
        return std::nullopt;
    }
    if (file.size() > 1 << 20) {
        *error = tr("%1 is larger than 1 MiB: not a NetBoot image's description").arg(infoPath);
        return std::nullopt;
    }
    QString why;
    const auto plist = readPlist(file, &why);
    if (!plist) {
        *error = tr("%1 is not a property list Rackside can read (%2)").arg(infoPath, why);
        return std::nullopt;
    }
    Site::NetbootImage image;
    image.name = plist->value(u"Name"_s).toString();
    const qint64 index = plist->value(u"Index"_s).toLongLong();
    if (image.name.isEmpty() || index < 1 || index > 65535) {
        *error = tr("%1 needs a Name and an Index from 1 to 65535").arg(infoPath);
        return std::nullopt;
    }
    image.index = int(index);
    // Kind: 0 Mac OS 9, 1 Mac OS X, 2 Mac OS X Server, 3 hardware test.
    image.kind = Bsdp::ImageKind(std::clamp<qint64>(plist->value(u"Kind"_s, 1).toLongLong(), 0, 3));
    image.install = plist->value(u"IsInstall"_s).toBool();
    image.models = plist->value(u"EnabledSystemIdentifiers"_s).toStringList();
    image.folder = SiteImages::pathInSite(QFileInfo(folder).absoluteFilePath(), sitePath);
    const QString served = image.servedFolder();
    // The booter is where Apple's server serves it: <image>/i386/<BootFile>.
    const QString bootFile = plist->value(u"BootFile"_s).toString();
    const auto plainName = [](const QString &name) {
        return !name.isEmpty() && name != u"."_s && name != u".."_s && !name.contains(u'/') && !name.contains(u'\\');
    };
    if (!bootFile.isEmpty() && !plainName(bootFile)) {
        *error = tr("%1: BootFile %2 is not a file name in the image's i386 folder").arg(infoPath, bootFile);
        return std::nullopt;
    }
    image.booter = served + u"/i386/"_s + (bootFile.isEmpty() ? u"booter"_s : bootFile);
    const QString root = plist->value(u"RootPath"_s).toString();
    if (!root.isEmpty() && (root.contains(u"..") || root.startsWith(u'/') || root.contains(u'\\'))) {
        *error = tr("%1: RootPath %2 is not a path inside the image's folder").arg(infoPath, root);
        return std::nullopt;
    }
    if (!root.isEmpty())
        image.rootPath = served + u'/' + root;
    return image;
}

} // namespace Images
