// SPDX-License-Identifier: GPL-3.0-or-later
// Site::SiteEditor: named edits, one undo history, what each step changed,
// saving, and the automatic save after an install-done (also when someone
// edited the file meanwhile, or other changes are unsaved).
#include "siteedit/siteeditor.h"
#include "sitefile/sitefile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Site;
using Part = SiteEditor::Part;

namespace {

const Net::MacAddress Web01({0x52, 0x54, 0, 0, 0, 1});
const Net::MacAddress Web02({0x52, 0x54, 0, 0, 0, 2});

Document twoHosts()
{
    Document d;
    Menu install;
    install.name = u"install"_s;
    MenuEntry debian;
    debian.name = u"debian"_s;
    debian.title = u"Debian"_s;
    debian.kernel = u"linux"_s;
    install.entries = {debian};
    d.menus = {install};
    Host a;
    a.mac = Web01;
    a.hostname = u"web01"_s;
    a.menu = u"install"_s;
    Host b;
    b.mac = Web02;
    b.hostname = u"web02"_s;
    b.menu = u"install/debian"_s;
    d.hosts = {a, b};
    return d;
}

SiteEditor::Parts partsOf(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<SiteEditor::Parts>();
}

} // namespace

class TestSiteEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copiesAreIndependent()
    {
        // Document::hostByMac on a copy must not reach into the original's hosts.
        const Document original = twoHosts();
        Document copy = original;
        copy.hostByMac(Web01)->nextBoot = NextBoot::LocalDisk;
        QCOMPARE(original.hostByMac(Web01)->nextBoot, NextBoot::Menu);
        QCOMPARE(copy.hostByMac(Web01)->nextBoot, NextBoot::LocalDisk);
    }

    void editUndoRedo()
    {
        SiteEditor editor;
        editor.open(twoHosts(), QString());
        QSignalSpy changed(&editor, &SiteEditor::changed);
        QSignalSpy modified(&editor, &SiteEditor::modifiedChanged);
        QVERIFY(!editor.isModified() && !editor.canUndo());

        QVERIFY(editor.edit(u"rename web01"_s, [](Document &d) { d.hosts[0].hostname = u"db01"_s; }));
        QCOMPARE(editor.site().hosts.at(0).hostname, u"db01"_s);
        QCOMPARE(partsOf(changed, 0), SiteEditor::Parts(Part::Hosts));
        QVERIFY(editor.isModified());
        QCOMPARE(modified.size(), 1);
        QCOMPARE(editor.undoText(), u"rename web01"_s);
        // An edit that changes nothing is no step.
        QVERIFY(!editor.edit(u"nothing"_s, [](Document &d) { d.hosts[0].hostname = u"db01"_s; }));
        QCOMPARE(changed.size(), 1);

        editor.undo();
        QCOMPARE(editor.site().hosts.at(0).hostname, u"web01"_s);
        QVERIFY(editor.isModified()); // back as saved still asks: nothing is lost
        QCOMPARE(editor.redoText(), u"rename web01"_s);
        editor.redo();
        QCOMPARE(editor.site().hosts.at(0).hostname, u"db01"_s);
        QCOMPARE(changed.size(), 3);

        // A new edit after an undo drops what was undone.
        editor.undo();
        editor.edit(u"menus"_s, [](Document &d) { d.defaultMenu = u"install"_s; });
        QVERIFY(!editor.canRedo());
        QCOMPARE(partsOf(changed, changed.size() - 1), SiteEditor::Parts(Part::Menus));
    }

    void groupIsOneStep()
    {
        SiteEditor editor;
        editor.open(twoHosts(), QString());
        QSignalSpy changed(&editor, &SiteEditor::changed);
        editor.beginGroup(u"rename menu install to debian"_s);
        editor.edit(u"header"_s, [](Document &d) { d.menus[0].name = u"debian"_s; });
        editor.pointHostsAtMenu(u"install"_s, u"debian"_s);
        editor.endGroup();
        QCOMPARE(changed.size(), 2); // each edit shows at once
        QCOMPARE(editor.site().hosts.at(0).menu, u"debian"_s);
        QCOMPARE(editor.site().hosts.at(1).menu, u"debian/debian"_s);
        QCOMPARE(editor.undoText(), u"rename menu install to debian"_s);
        editor.undo();
        QCOMPARE(editor.site(), twoHosts());
        QVERIFY(!editor.canUndo());
        QCOMPARE(partsOf(changed, 2), SiteEditor::Parts(Part::Menus) | Part::Hosts);
    }

    void openClearsHistory()
    {
        SiteEditor editor;
        editor.open(twoHosts(), QString());
        editor.edit(u"x"_s, [](Document &d) { d.domain = u"rack.test"_s; });
        QSignalSpy opened(&editor, &SiteEditor::opened);
        QSignalSpy changed(&editor, &SiteEditor::changed);
        editor.open(Document(), u"/nowhere/site.json"_s);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(partsOf(changed, 0), SiteEditor::Everything);
        QVERIFY(!editor.canUndo() && !editor.isModified());
        QCOMPARE(editor.path(), u"/nowhere/site.json"_s);
    }

    void historyIsBounded()
    {
        SiteEditor editor;
        editor.open(Document(), QString());
        for (int i = 0; i < SiteEditor::MaxHistory + 20; ++i)
            editor.edit(u"lease %1"_s.arg(i), [i](Document &d) { d.leaseTime = 600 + i; });
        int undone = 0;
        while (editor.canUndo()) {
            editor.undo();
            ++undone;
        }
        QCOMPARE(undone, int(SiteEditor::MaxHistory));
        QCOMPARE(editor.site().leaseTime, 600 + 19);
    }

    void saveAndInstallDone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"site.json"_s);
        QVERIFY(SiteFile::save(twoHosts(), path));
        SiteEditor editor;
        editor.open(*SiteFile::load(path).document, path);
        QString error;

        // Nothing else unsaved: the install-done is saved at once.
        QCOMPARE(editor.markInstalled(Web01, &error), SiteEditor::Saved::Saved);
        QVERIFY(!editor.isModified());
        QCOMPARE(SiteFile::load(path).document->hostByMac(Web01)->nextBoot, NextBoot::LocalDisk);
        QCOMPARE(editor.markInstalled(Web01, &error), SiteEditor::Saved::Unchanged); // already local
        QCOMPARE(editor.markInstalled(Net::MacAddress({2, 0, 0, 0, 0, 9}), &error), SiteEditor::Saved::Unchanged);
        QCOMPARE(editor.undoText(), u"web01 (52:54:00:00:00:01) installed: boot its local disk"_s);

        // With an unsaved edit, saving is the operator's call.
        editor.edit(u"notes"_s, [](Document &d) { d.hosts[1].notes = u"rack 3"_s; });
        QCOMPARE(editor.markInstalled(Web02, &error), SiteEditor::Saved::NotSaved);
        QCOMPARE(SiteFile::load(path).document->hostByMac(Web02)->nextBoot, NextBoot::Menu);
        QVERIFY(editor.save(&error));
        QCOMPARE(SiteFile::load(path).document->hostByMac(Web02)->nextBoot, NextBoot::LocalDisk);
    }

    void fileEditedMeanwhileIsKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"site.json"_s);
        QVERIFY(SiteFile::save(twoHosts(), path));
        SiteEditor editor;
        editor.open(*SiteFile::load(path).document, path);
        // The operator edits the file by hand while Rackside serves.
        Document byHand = twoHosts();
        byHand.domain = u"rack.example"_s;
        QVERIFY(SiteFile::save(byHand, path));
        QString error;
        QCOMPARE(editor.markInstalled(Web02, &error), SiteEditor::Saved::Saved);
        const Document now = *SiteFile::load(path).document;
        QCOMPARE(now.domain, u"rack.example"_s);
        QCOMPARE(now.hostByMac(Web02)->nextBoot, NextBoot::LocalDisk);
        QCOMPARE(editor.site(), now);

        // A file that no longer reads is not overwritten.
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ \"hosts\": [");
        broken.close();
        QCOMPARE(editor.markInstalled(Web01, &error), SiteEditor::Saved::Failed);
        QVERIFY2(error.contains(u"no longer reads"_s), qPrintable(error));
        QCOMPARE(editor.site().hostByMac(Web01)->nextBoot, NextBoot::LocalDisk); // it boots its disk until Rackside stops
        QVERIFY(broken.open(QIODevice::ReadOnly));
        QCOMPARE(broken.readAll(), QByteArray("{ \"hosts\": ["));
        broken.close();

        // The operator fixes the file: the next install-done saves the one
        // that failed too, onto the fixed file, and keeps saving after it.
        Document fixed = twoHosts();
        fixed.domain = u"rack.fixed"_s;
        QVERIFY(SiteFile::save(fixed, path));
        QCOMPARE(editor.markInstalled(Web02, &error), SiteEditor::Saved::Saved);
        const Document saved = *SiteFile::load(path).document;
        QCOMPARE(saved.domain, u"rack.fixed"_s);
        QCOMPARE(saved.hostByMac(Web01)->nextBoot, NextBoot::LocalDisk); // the one that failed
        QCOMPARE(saved.hostByMac(Web02)->nextBoot, NextBoot::LocalDisk);
        QVERIFY(!editor.isModified());
    }

    void saveFailureKeepsModified()
    {
        SiteEditor editor;
        editor.open(twoHosts(), QString());
        editor.edit(u"x"_s, [](Document &d) { d.domain = u"rack.test"_s; });
        QString error;
        QVERIFY(!editor.save(&error)); // no file yet
        QVERIFY(!error.isEmpty());
        QVERIFY(!editor.saveAs(u"/proc/rackside-cannot-write/site.json"_s, &error));
        QVERIFY(editor.isModified());
        QVERIFY(editor.path().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSiteEditor)
#include "tst_siteeditor.moc"
