// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "siteedit/siteeditor.h"

#include <QHostAddress>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace Ui {

/// The boot config exactly as a given machine will receive it over TFTP:
/// grub.cfg or pxelinux.cfg, rendered by the same code the servers use,
/// for an unknown machine or one host. Read-only; follows every edit.
class ConfigPreview : public QWidget
{
    Q_OBJECT
public:
    enum class Loader { Grub, Pxelinux };

    /// Renders from @p editor's site.
    explicit ConfigPreview(const Site::SiteEditor *editor, QWidget *parent = nullptr);

    /// Renders again (the site changed); the host chosen stays chosen while it exists.
    void refresh();
    /// {server} in kernel arguments (null: the site's serverAddress, else GRUB's own variable).
    void setServerAddress(const QHostAddress &address);
    /// Shows @p mac's file (null: an unknown machine's).
    void showHost(const Net::MacAddress &mac);
    void showLoader(Loader loader);

    /// The file's name as the loader asks for it, and its text.
    QString fileName() const;
    QString text() const;
    QComboBox *hostPicker() const { return m_host; }
    QComboBox *loaderPicker() const { return m_loader; }

private:
    void render();

    const Site::SiteEditor *m_editor;
    QHostAddress m_server;
    QComboBox *m_host;
    QComboBox *m_loader;
    QLabel *m_fileName;
    QPlainTextEdit *m_text;
};

} // namespace Ui
