// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/macaddress.h"
#include "timeline/bootevent.h"
#include "timeline/diagnosis.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Timeline {

class StageRules;

/// One power-on of one machine, from its first DISCOVER to the moment the
/// boot loader hands over to the kernel (or the boot fails), with the stages
/// it went through and every file it fetched. Plain value: built from
/// BootEvents by apply() and tick(), read by views and the terminal printer.
struct BootSession
{
    enum class Stage : quint8 {
        Address, ///< DHCP DISCOVER .. ACK
        ImageList, ///< a Mac's BSDP INFORM[LIST] until it chooses (INFORM[SELECT])
        ImageChoice, ///< a Mac's INFORM[SELECT] .. ACK[SELECT] with its booter
        BootLoader, ///< the boot file (and any loader it chains: shim -> GRUB, PXE -> iPXE)
        Menu, ///< a config: grub.cfg*, pxelinux.cfg/*, *.ipxe
        Kernel,
        Initrd,
        HandedOver, ///< the last kernel/initrd transfer done, nothing more asked for
        Running, ///< the booted system asked for an address or fetched files itself
        Answers, ///< an installer fetched its answer file (answers/...)
        Installed, ///< the installer called install-done: the next boot is the local disk
        Failed,
    };
    enum class State : quint8 {
        Booting,
        HandedOver,
        Failed,
        Interrupted, ///< the machine started over before handing over, without a failure seen
    };

    /// A stage's span on the time axis. Spans are listed in the order stages
    /// were first reached; a stage reached again widens its span.
    struct Span
    {
        Stage stage = Stage::Address;
        qint64 startMs = 0;
        qint64 endMs = -1; ///< -1 while open
        qint64 bytes = 0; ///< bytes of the stage's files transferred completely
        QString path; ///< the first file of the stage, if any
    };

    /// One file asked for over TFTP or HTTP.
    struct Transfer
    {
        enum class Outcome : quint8 { InFlight, Done, Failed, Aborted };
        BootEvent::Protocol protocol = BootEvent::Protocol::None; ///< TFTP or HTTP
        QString path;
        std::optional<Stage> stage; ///< none for a loader's own files (GRUB modules, fonts)
        qint64 size = -1;
        qint64 bytes = 0;
        qint64 startMs = 0;
        qint64 endMs = -1;
        Outcome outcome = Outcome::InFlight;
        QString reason; ///< why it failed or was aborted, in words
    };

    struct Failure
    {
        qint64 msecs = 0;
        QString reason;
    };

    /// How long tick() lets a session wait before it calls the wait a failure
    /// (or, for the kernel and initrd, a hand-over).
    struct Timeouts
    {
        int offerMs = 10'000; ///< OFFER with an address, no REQUEST
        int bootFileMs = 30'000; ///< address (or proxy boot file) given, no file asked for
        /// The last file failed (GRUB probes several config names, so a
        /// missing config is not fatal at once) and nothing followed.
        int failedTransferMs = 5'000;
        int handOverMs = 3'000; ///< the initrd done and nothing more asked for
        int kernelOnlyHandOverMs = 15'000; ///< the kernel done, no initrd asked for
    };

    Net::MacAddress mac;
    int number = 0; ///< 1 for the machine's first session since Rackside started
    qint64 startMs = 0;
    qint64 endMs = 0; ///< the last event, or the moment it handed over or failed
    State state = State::Booting;
    quint32 address = 0;
    QString arch; ///< of the firmware's first DHCP message: "x64 UEFI"
    QString vendorClass;
    QString hostname;
    QString bootFile; ///< as named in our OFFER/ACK, relative to the boot tree
    QList<Span> spans;
    QList<Transfer> transfers; ///< the newest maxTransfers; transfersDropped before them
    qsizetype transfersDropped = 0;
    QList<Failure> failures; ///< every failure verdict, including ones the boot recovered from
    QList<Diagnosis> diagnoses; ///< network problems seen, each finding once, oldest first
    int events = 0;

    // What the session waits for; tick() turns a long wait into a verdict.
    qint64 offeredAtMs = -1;
    quint32 offeredAddress = 0;
    qint64 waitingForFileSinceMs = -1;
    bool waitingAfterProxyOffer = false;
    bool bootFileNeverAsked = false; ///< it failed waiting for the boot file to be asked for

    static constexpr qsizetype maxTransfers = 256;

    /// Adds one event of this machine (events come in time order).
    void apply(const BootEvent &event, const StageRules &rules);
    /// Turns long waits into verdicts as of \a nowMs: a failure, or the
    /// hand-over once the kernel and initrd are in and nothing more is asked
    /// for. Returns true when the state changed.
    bool tick(qint64 nowMs, const Timeouts &timeouts);
    /// The machine started over (a new power-on): closes this session.
    void interrupt(qint64 atMs);
    /// Adds \a diagnosis unless the session has that finding already.
    /// Returns whether it was added.
    bool diagnose(const Diagnosis &diagnosis);
    const Diagnosis *diagnosis(Diagnosis::Finding finding) const;

    bool finished() const { return state != State::Booting; }
    bool reached(Stage stage) const { return span(stage) != nullptr; }
    const Span *span(Stage stage) const;
    /// The stage reached last (Address for a fresh session).
    Stage stage() const;
    /// Bytes of the stage's files transferred completely.
    qint64 bytes(Stage stage) const;
    /// The newest transfer still in flight, for a progress bar.
    const Transfer *transferInFlight() const;
    /// Why it failed, while it is failed.
    QString failureReason() const
    {
        return state == State::Failed && !failures.isEmpty() ? failures.last().reason : QString();
    }
    qint64 durationMs() const { return endMs - startMs; }

    /// "boot loader", "handed over"...
    static QString stageName(Stage stage);
    /// The English name whatever the language, for command lines and scripts.
    static QString stageKey(Stage stage);
    static QString stateName(State state);

    Q_DECLARE_TR_FUNCTIONS(Timeline::BootSession)

private:
    Span &openSpan(Stage stage, qint64 atMs, const QString &path = {});
    void closeSpan(Stage stage, qint64 atMs);
    void removeSpan(Stage stage);
    void fail(qint64 atMs, const QString &reason);
    void resume();
    void applyDhcp(const BootEvent &event);
    void applyBsdp(const BootEvent &event);
    void applyTransfer(const BootEvent &event, const StageRules &rules);
    Transfer *openTransfer(const BootEvent &event);
    void finishTransfer(Transfer &t, const BootEvent &event);
    void handOver(qint64 atMs);
    void checkWaits(qint64 nowMs, const Timeouts &timeouts);
};

} // namespace Timeline

Q_DECLARE_METATYPE(Timeline::BootSession)
