// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/bootsession.h"

#include "timeline/stagerules.h"

#include <QHostAddress>

#include <iterator>

using namespace Qt::StringLiterals;

namespace Timeline {

namespace {

using Kind = BootEvent::Kind;

QString bootFileOf(const BootEvent &e)
{
    return e.bootFile.isEmpty() ? QString() : StageRules::normalize(e.bootFile);
}

QString ip(quint32 address)
{
    return QHostAddress(address).toString();
}

} // namespace

const BootSession::Span *BootSession::span(Stage stage) const
{
    for (const Span &s : spans)
        if (s.stage == stage)
            return &s;
    return nullptr;
}

BootSession::Stage BootSession::stage() const
{
    Stage latest = Stage::Address;
    qint64 at = -1;
    for (const Span &s : spans) {
        if (s.startMs >= at) {
            at = s.startMs;
            latest = s.stage;
        }
    }
    return latest;
}

qint64 BootSession::bytes(Stage stage) const
{
    const Span *s = span(stage);
    return s ? s->bytes : 0;
}

const BootSession::Transfer *BootSession::transferInFlight() const
{
    for (auto it = transfers.crbegin(); it != transfers.crend(); ++it)
        if (it->outcome == Transfer::Outcome::InFlight)
            return &*it;
    return nullptr;
}

BootSession::Span &BootSession::openSpan(Stage stage, qint64 atMs, const QString &path)
{
    for (Span &s : spans) {
        if (s.stage == stage) {
            s.endMs = -1;
            return s;
        }
    }
    spans.append(Span{stage, atMs, -1, 0, path});
    return spans.last();
}

void BootSession::closeSpan(Stage stage, qint64 atMs)
{
    for (Span &s : spans)
        if (s.stage == stage)
            s.endMs = std::max(s.startMs, atMs);
}

void BootSession::removeSpan(Stage stage)
{
    spans.removeIf([stage](const Span &s) { return s.stage == stage; });
}

void BootSession::fail(qint64 atMs, const QString &given)
{
    const QString reason = given.isEmpty() ? tr("failed, no reason given") : given;
    offeredAtMs = -1;
    waitingForFileSinceMs = -1;
    const bool again = !failures.isEmpty() && failures.last().reason == reason; // retrying into the same wall
    if (state == State::Failed && again)
        return;
    if (!again)
        failures.append(Failure{atMs, reason});
    state = State::Failed;
    removeSpan(Stage::Failed);
    spans.append(Span{Stage::Failed, atMs, atMs, 0, {}});
    endMs = std::max(endMs, atMs);
}

void BootSession::resume()
{
    if (state != State::Failed)
        return;
    state = State::Booting;
    removeSpan(Stage::Failed);
}

void BootSession::handOver(qint64 atMs)
{
    state = State::HandedOver;
    removeSpan(Stage::HandedOver);
    spans.append(Span{Stage::HandedOver, atMs, atMs, 0, {}});
    endMs = std::max(endMs, atMs);
}

void BootSession::interrupt(qint64 atMs)
{
    // Kernel and initrd were in and nothing more was asked for: it handed
    // over, whether or not tick() came round to say so before the reboot.
    if (state == State::Booting && reached(Stage::Kernel) && !transferInFlight()
        && transfers.last().outcome == Transfer::Outcome::Done)
        handOver(transfers.last().endMs);
    for (Transfer &t : transfers) {
        if (t.outcome == Transfer::Outcome::InFlight) {
            t.outcome = Transfer::Outcome::Aborted;
            t.reason = tr("the machine started over");
            t.endMs = endMs;
        }
    }
    for (Span &s : spans)
        if (s.endMs < 0)
            s.endMs = std::max(s.startMs, endMs);
    if (state != State::Booting)
        return;
    const Span *loader = span(Stage::BootLoader);
    if (loader && loader->bytes > 0 && !reached(Stage::Menu) && !reached(Stage::Kernel)) {
        fail(atMs, tr("started over after fetching its boot loader %1: did the firmware refuse to run it "
                   "(Secure Boot, wrong architecture)?").arg(loader->path));
        return;
    }
    state = State::Interrupted;
}

bool BootSession::diagnose(const Diagnosis &d)
{
    if (d.finding == Diagnosis::Finding::None || diagnosis(d.finding))
        return false;
    diagnoses.append(d);
    return true;
}

const Diagnosis *BootSession::diagnosis(Diagnosis::Finding finding) const
{
    for (const Diagnosis &d : diagnoses)
        if (d.finding == finding)
            return &d;
    return nullptr;
}

void BootSession::apply(const BootEvent &e, const StageRules &rules)
{
    ++events;
    endMs = std::max(endMs, e.msecs);
    if (!address && e.address)
        address = e.address;
    // The firmware's first DHCP or BSDP message (or diagnosis about it) says what it is.
    if (e.isDhcp() || e.protocol == BootEvent::Protocol::Bsdp) {
        if (arch.isEmpty())
            arch = e.arch;
        if (vendorClass.isEmpty())
            vendorClass = e.vendorClass;
    }
    if (e.kind == Kind::Diagnosis) {
        diagnose(Diagnosis{e.msecs, e.finding, e.summary});
        // A diagnosis that ends the boot (the machine went to another
        // server) is its failure too; others (an address in use, a smaller
        // block size) are worked around and only told.
        if (e.severity == BootEvent::Severity::Failure && state == State::Booting)
            fail(e.msecs, e.summary);
    } else if (e.kind == Kind::InstallDone) {
        // A marker, like handed over: the lane shows when the install ended.
        removeSpan(Stage::Installed);
        spans.append(Span{Stage::Installed, e.msecs, e.msecs, 0, {}});
    } else if (e.isDhcp()) {
        applyDhcp(e);
    } else if (e.protocol == BootEvent::Protocol::Bsdp) {
        applyBsdp(e);
    } else if (e.isTransfer() && !e.path.isEmpty()) {
        applyTransfer(e, rules);
    } else if (e.severity == BootEvent::Severity::Failure && state != State::HandedOver) {
        fail(e.msecs, e.summary);
    }
}

void BootSession::applyDhcp(const BootEvent &e)
{
    if (state == State::HandedOver) {
        // The booted system (an installer's DHCP client) asking for its own address.
        Span &running = openSpan(Stage::Running, e.msecs);
        running.endMs = std::max(running.startMs, e.msecs);
        return;
    }
    const Kind kind = e.kind;
    const bool addressOpen = !span(Stage::Address) || span(Stage::Address)->endMs < 0;
    if (kind == Kind::Discover || kind == Kind::Request || kind == Kind::Offer) {
        if (!reached(Stage::Address))
            openSpan(Stage::Address, e.msecs);
    }
    if (kind == Kind::Offer || kind == Kind::Ack) {
        const QString file = bootFileOf(e);
        if (!file.isEmpty() && (bootFile.isEmpty() || addressOpen))
            bootFile = file;
    }
    const bool noTransferYet = transfers.isEmpty() && transfersDropped == 0;
    if (kind == Kind::Offer) {
        if (e.address && offeredAtMs < 0) {
            offeredAtMs = e.msecs;
            offeredAddress = e.address;
        } else if (!e.address && !bootFile.isEmpty() && noTransferYet && waitingForFileSinceMs < 0) {
            waitingForFileSinceMs = e.msecs; // proxyDHCP: the address comes from another server
            waitingAfterProxyOffer = true;
        }
    } else if (kind == Kind::Request) {
        offeredAtMs = -1;
        resume();
    } else if (kind == Kind::Ack) {
        offeredAtMs = -1;
        resume();
        if (e.address) {
            address = e.address;
            if (addressOpen && reached(Stage::Address))
                closeSpan(Stage::Address, e.msecs);
        }
        if (noTransferYet && (e.address || !bootFile.isEmpty())) {
            waitingForFileSinceMs = e.msecs;
            waitingAfterProxyOffer = false;
        }
    } else if (kind == Kind::NoAddress) {
        fail(e.msecs, e.summary.isEmpty() ? tr("no free address") : e.summary);
    } else if (kind == Kind::NoBootFile) {
        fail(e.msecs, tr("no boot file for it: %1").arg(e.summary));
    }
}

// A Mac after its address: INFORM[LIST] -> ACK[LIST], the boot picker's
// wait, INFORM[SELECT] -> ACK[SELECT] naming the booter (or ACK[FAILED]).
void BootSession::applyBsdp(const BootEvent &e)
{
    if (state == State::HandedOver)
        return;
    const Kind kind = e.kind;
    const Span *addressSpan = span(Stage::Address);
    const bool inform = kind == Kind::InformList || kind == Kind::InformSelect;
    if (addressSpan && addressSpan->endMs < 0 && inform)
        closeSpan(Stage::Address, e.msecs); // another server gave the address
    if (inform)
        waitingForFileSinceMs = -1; // the Mac chooses an image: no file is due yet
    if (kind == Kind::InformList) {
        if (!reached(Stage::ImageList))
            openSpan(Stage::ImageList, e.msecs);
    } else if (kind == Kind::InformSelect) {
        if (reached(Stage::ImageList))
            closeSpan(Stage::ImageList, e.msecs);
        if (!reached(Stage::ImageChoice))
            openSpan(Stage::ImageChoice, e.msecs);
    } else if (kind == Kind::AckSelect) {
        resume();
        if (const QString file = bootFileOf(e); !file.isEmpty())
            bootFile = file;
        if (reached(Stage::ImageChoice))
            closeSpan(Stage::ImageChoice, e.msecs);
        if (transfers.isEmpty() && transfersDropped == 0) {
            waitingForFileSinceMs = e.msecs;
            waitingAfterProxyOffer = false;
        }
    } else if (kind == Kind::AckFailed) {
        fail(e.msecs, tr("Rackside refused the NetBoot image it chose: %1").arg(e.summary));
    }
}

BootSession::Transfer *BootSession::openTransfer(const BootEvent &e)
{
    for (auto it = transfers.rbegin(); it != transfers.rend(); ++it)
        if (it->outcome == Transfer::Outcome::InFlight && it->path == e.path && it->protocol == e.protocol)
            return &*it;
    return nullptr;
}

void BootSession::finishTransfer(Transfer &t, const BootEvent &e)
{
    t.endMs = e.msecs;
    if (e.size >= 0)
        t.size = e.size;
    if (!t.stage)
        return;
    Span &s = openSpan(*t.stage, t.startMs, t.path);
    if (t.outcome == Transfer::Outcome::Done)
        s.bytes += t.bytes;
    const bool othersInFlight = std::any_of(transfers.cbegin(), transfers.cend(), [&t](const Transfer &o) {
        return &o != &t && o.stage == t.stage && o.outcome == Transfer::Outcome::InFlight;
    });
    if (!othersInFlight)
        s.endMs = std::max(s.startMs, e.msecs);
}

void BootSession::applyTransfer(const BootEvent &e, const StageRules &rules)
{
    using Outcome = Transfer::Outcome;
    const bool starts = e.kind == Kind::Read || e.kind == Kind::Get; // TFTP's and HTTP's first word
    Transfer *t = starts ? nullptr : openTransfer(e);
    const bool known = e.kind == Kind::Progress || e.kind == Kind::Sent || e.kind == Kind::Failed
        || e.kind == Kind::Aborted;
    if (!starts && !known)
        return; // "dropped" and the like: the event list shows them
    if (starts || e.kind == Kind::Progress || e.kind == Kind::Sent)
        resume();
    if (!t) {
        // The first word on a transfer; a refused request is only "failed".
        if (const Span *a = span(Stage::Address); a && a->endMs < 0)
            closeSpan(Stage::Address, e.msecs); // the address came from another server
        offeredAtMs = -1;
        waitingForFileSinceMs = -1;
        Transfer fresh;
        fresh.protocol = e.protocol;
        fresh.path = e.path;
        const std::optional<Stage> stage = rules.classify(e.path, *this);
        fresh.stage = stage == Stage::Answers || !reached(Stage::HandedOver) ? stage : std::optional(Stage::Running);
        fresh.size = e.size;
        fresh.startMs = e.msecs;
        transfers.append(fresh);
        if (transfers.size() > maxTransfers) {
            transfers.removeFirst();
            ++transfersDropped;
        }
        t = &transfers.last();
        if (t->stage)
            openSpan(*t->stage, e.msecs, e.path);
    }
    if (e.size >= 0)
        t->size = e.size;
    if (e.bytes >= 0)
        t->bytes = e.bytes;
    if (e.kind == Kind::Sent) {
        t->outcome = Outcome::Done;
        if (e.bytes < 0 && t->size >= 0)
            t->bytes = t->size;
        finishTransfer(*t, e);
    } else if (e.kind == Kind::Aborted) {
        t->outcome = Outcome::Aborted; // EDK2 asks for the size, then ends the transfer: not a failure
        t->reason = e.summary;
        finishTransfer(*t, e);
    } else if (e.kind == Kind::Failed) {
        t->outcome = Outcome::Failed;
        t->reason = e.summary.contains(e.path) ? e.summary
            : u"%1: %2"_s.arg(e.path, e.summary.isEmpty() ? tr("failed, no reason given") : e.summary);
        finishTransfer(*t, e);
        // GRUB probes several config names before the one that exists: a
        // failed config waits for tick(); a loader, kernel or initrd is fatal.
        if (t->stage && *t->stage != Stage::Menu && *t->stage != Stage::Running)
            fail(e.msecs, t->reason);
    }
}

bool BootSession::tick(qint64 nowMs, const Timeouts &timeouts)
{
    const State before = state;
    checkWaits(nowMs, timeouts);
    return state != before;
}

void BootSession::checkWaits(qint64 nowMs, const Timeouts &timeouts)
{
    if (state != State::Booting)
        return;
    if (offeredAtMs >= 0 && nowMs - offeredAtMs >= timeouts.offerMs) {
        fail(nowMs, tr("offered %1, never requested: check the client's architecture").arg(ip(offeredAddress)));
        return;
    }
    if (waitingForFileSinceMs >= 0 && nowMs - waitingForFileSinceMs >= timeouts.bootFileMs) {
        bootFileNeverAsked = true;
        if (waitingAfterProxyOffer) {
            const QString what = tr("given boot file %1 by proxyDHCP, never asked for it").arg(bootFile);
            diagnose(Diagnosis{nowMs, Diagnosis::Finding::ProxyOfferIgnored,
                               tr("got Rackside's proxyDHCP offer of %1 but never came back to port 4011 or "
                                  "for the file: its firmware may ignore proxyDHCP offers").arg(bootFile)});
            fail(nowMs, what);
        } else
            fail(nowMs, address ? tr("got address %1, never asked for its boot file").arg(ip(address))
                                : tr("got an address, never asked for its boot file"));
        return;
    }
    if (transfers.isEmpty() || transferInFlight())
        return;
    const Transfer &last = transfers.last();
    const qint64 quiet = nowMs - last.endMs;
    if (last.outcome == Transfer::Outcome::Failed && !StageRules::isOptional(last.path)) {
        // A missing font or locale after the menu is GRUB carrying on without
        // it; a missing module before it leaves GRUB at its rescue prompt.
        const bool matters = last.stage ? *last.stage != Stage::Running : !reached(Stage::Menu);
        if (matters && quiet >= timeouts.failedTransferMs)
            fail(nowMs, last.reason);
        return;
    }
    if (last.outcome != Transfer::Outcome::Done || !reached(Stage::Kernel))
        return;
    if (quiet >= (reached(Stage::Initrd) ? timeouts.handOverMs : timeouts.kernelOnlyHandOverMs))
        handOver(last.endMs);
}

namespace {
// In Stage's order.
constexpr const char *StageKeys[] = {
    QT_TRANSLATE_NOOP("Timeline::BootSession", "address"),
    QT_TRANSLATE_NOOP("Timeline::BootSession", "image list"),
    QT_TRANSLATE_NOOP("Timeline::BootSession", "image choice"),
    QT_TRANSLATE_NOOP("Timeline::BootSession", "boot loader"),
    QT_TRANSLATE_NOOP("Timeline::BootSession", "menu"),
    QT_TRANSLATE_NOOP("Timeline::BootSession", "kernel"),
    QT_TRANSLATE_NOOP("Timeline::BootSession", "initrd"),
    QT_TRANSLATE_NOOP("Timeline::BootSession", "handed over"),
    QT_TRANSLATE_NOOP("Timeline::BootSession", "running"),
    QT_TRANSLATE_NOOP("Timeline::BootSession", "answers"),
    QT_TRANSLATE_NOOP("Timeline::BootSession", "installed"),
    QT_TRANSLATE_NOOP("Timeline::BootSession", "failed"),
};
static_assert(std::size(StageKeys) == size_t(BootSession::Stage::Failed) + 1);
} // namespace

QString BootSession::stageName(Stage stage)
{
    return tr(StageKeys[size_t(stage)]);
}

QString BootSession::stageKey(Stage stage)
{
    return QString::fromLatin1(StageKeys[size_t(stage)]);
}

QString BootSession::stateName(State state)
{
    switch (state) {
    case State::Booting: return tr("booting");
    case State::HandedOver: return tr("handed over");
    case State::Failed: return tr("failed");
    case State::Interrupted: return tr("interrupted");
    }
    return {};
}

} // namespace Timeline
