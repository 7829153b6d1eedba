// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp/bsdpresponder.h"

#include "bsdp/clientclass.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Dhcp {

namespace {

QString ip(quint32 a)
{
    return QHostAddress(a).toString();
}

QString imageText(const BsdpResponder::Image &image)
{
    return u"%1 (%2)"_s.arg(image.name, image.id.toString());
}

} // namespace

BsdpResponder::BsdpResponder(Settings settings)
    : m_settings(std::move(settings))
{
}

const BsdpResponder::Image *BsdpResponder::imageById(Bsdp::ImageId id) const
{
    for (const Image &image : m_settings.images)
        if (image.id == id)
            return &image;
    return nullptr;
}

QList<BsdpResponder::Image> BsdpResponder::visibleImages(const QString &model, const Bsdp::VendorOptions &bsdp) const
{
    QList<Image> out;
    for (const Image &image : m_settings.images) {
        if (!image.models.isEmpty() && !image.models.contains(model))
            continue;
        // Option 11: only images whose attributes are in the client's list.
        if (bsdp.hasAttributesFilter && !bsdp.attributesFilter.isEmpty()
            && !bsdp.attributesFilter.contains(image.id.attributes()))
            continue;
        out.append(image);
    }
    return out;
}

std::optional<BsdpResponder::Image> BsdpResponder::boundImage(const Net::MacAddress &mac, const QString &model) const
{
    const Bsdp::ImageId id = m_bound.value(mac, m_settings.pinned.value(mac));
    const Image *image = id.isNull() ? nullptr : imageById(id);
    if (!image || (!image->models.isEmpty() && !image->models.contains(model)))
        return std::nullopt;
    return *image;
}

Message BsdpResponder::replyTo(const Message &request) const
{
    // Apple's client drops a reply whose ciaddr is not its own, which lacks
    // option 54, or whose option 60 is anything but exactly "AAPLBSDPC".
    Message reply = Message::replyTo(request, MessageType::Ack, m_settings.serverAddress);
    reply.ciaddr = request.ciaddr;
    reply.siaddr = m_settings.nextServer ? m_settings.nextServer : m_settings.serverAddress;
    reply.options.set(Option::VendorClass, Bsdp::ClientClass::Prefix.toByteArray());
    return reply;
}

BsdpResponder::Answer BsdpResponder::deliver(Message reply, const Message &request,
                                             const Bsdp::VendorOptions &bsdp) const
{
    Answer a;
    // BSDP option 12, else DHCP option 57 (both count IP and UDP headers), else 576.
    // At most an Ethernet frame: EFI clients may not reassemble fragments.
    const int asked = bsdp.maxMessageSize.value_or(request.options.u16(Option::MaxMessageSize).value_or(576));
    a.maxSize = std::clamp(asked - 28, 548, MaxReplySize);
    // Always to the Mac itself, even through a relay (RFC 2131 4.3.5; the
    // relay would lose the reply port). The reply port lets a second BSDP
    // client (the Startup Disk pane) run beside the one holding port 68;
    // Apple accepts only ports < 1024.
    a.address = request.ciaddr;
    if (bsdp.replyPort && *bsdp.replyPort < 1024 && *bsdp.replyPort > 0)
        a.port = *bsdp.replyPort;
    a.message = std::move(reply);
    return a;
}

BsdpResponder::Result BsdpResponder::inform(const Message &request, const Bsdp::VendorOptions &bsdp)
{
    const auto cls = Bsdp::ClientClass::parse(request.options.value(Option::VendorClass).value_or(QByteArray()));
    const QString model = cls ? cls->model : QString();
    Result r;
    r.request = bsdp.type;
    if (!request.ciaddr) {
        r.summary = u"ignored: a BSDP INFORM without the Mac's address (ciaddr 0)"_s;
        r.failed = true;
        return r;
    }
    if (bsdp.type == Bsdp::MessageType::List)
        return list(request, bsdp, model);
    if (bsdp.type == Bsdp::MessageType::Select)
        return select(request, bsdp, model);
    r.summary = u"ignored: BSDP %1 is for servers to send"_s.arg(Bsdp::messageTypeName(bsdp.type));
    return r;
}

BsdpResponder::Result BsdpResponder::list(const Message &request, const Bsdp::VendorOptions &bsdp,
                                          const QString &model)
{
    Result r;
    r.request = Bsdp::MessageType::List;
    const QList<Image> visible = visibleImages(model, bsdp);
    if (visible.isEmpty()) {
        // BSDP: a server with nothing for this client stays silent, so the
        // Mac's chooser lists only servers that can boot it.
        r.summary = m_settings.images.isEmpty() ? u"no NetBoot image in the site: not answered"_s
            : bsdp.hasAttributesFilter          ? u"no NetBoot image matches %1 and its filter: not answered"_s.arg(model)
                                                : u"no NetBoot image for %1: not answered"_s.arg(model);
        r.failed = !m_settings.images.isEmpty();
        return r;
    }
    const auto mac = request.mac();
    const auto bound = boundImage(mac, model);
    Bsdp::VendorOptions out;
    out.type = Bsdp::MessageType::List;
    out.priority = m_settings.priority;
    // The host's pinned image, else the site's default, else the first it may see.
    out.defaultImage = visible.first().id;
    for (const Bsdp::ImageId wanted : {m_settings.defaultImage, m_settings.pinned.value(mac)})
        for (const Image &i : visible)
            if (!wanted.isNull() && i.id == wanted)
                out.defaultImage = wanted;
    if (bound)
        out.selectedImage = bound->id;
    // Version 1.0 clients ask for no list: they boot the default.
    const bool wantsList = bsdp.version.value_or(Bsdp::VendorOptions::Version1_1) != Bsdp::VendorOptions::Version1_0;

    Message reply = replyTo(request);
    Answer a = deliver(reply, request, bsdp);
    qsizetype fitted = 0;
    if (wantsList) {
        out.hasImageList = true;
        const qsizetype room = a.maxSize - Message::MinimumSize - a.message.options.encodedSize() - 1 - 3;
        auto fits = [&](qsizetype n) {
            Bsdp::VendorOptions probe = out;
            for (qsizetype i = 0; i < n; ++i)
                probe.images.append({visible[i].id, visible[i].name.toUtf8()});
            return Bsdp::VendorOptions::wireSize(probe.encode()) <= room;
        };
        qsizetype lo = 0, hi = visible.size();
        while (lo < hi) { // the most images that fit, whole entries only
            const qsizetype mid = (lo + hi + 1) / 2;
            if (fits(mid))
                lo = mid;
            else
                hi = mid - 1;
        }
        fitted = lo;
        for (qsizetype i = 0; i < fitted; ++i)
            out.images.append({visible[i].id, visible[i].name.toUtf8()});
    }
    a.message.options.setInstances(Option::VendorSpecific, out.encode());
    r.answer = a;

    const Image *def = imageById(*out.defaultImage);
    QStringList what;
    if (!wantsList)
        what << u"no image list (a BSDP 1.0 client)"_s;
    else if (fitted < visible.size())
        what << u"%1 of %2 images (the rest do not fit %3 bytes)"_s.arg(fitted).arg(visible.size()).arg(a.maxSize);
    else
        what << (visible.size() == 1 ? u"1 image"_s : u"%1 images"_s.arg(visible.size()));
    what << u"default %1"_s.arg(imageText(*def));
    if (bound)
        what << u"selected %1"_s.arg(imageText(*bound));
    what << u"to %1:%2"_s.arg(ip(a.address)).arg(a.port ? a.port : 68);
    r.summary = what.join(u", "_s);
    return r;
}

BsdpResponder::Result BsdpResponder::select(const Message &request, const Bsdp::VendorOptions &bsdp,
                                            const QString &model)
{
    Result r;
    r.request = Bsdp::MessageType::Select;
    const auto mac = request.mac();
    if (!bsdp.serverId || *bsdp.serverId != m_settings.serverAddress) {
        // The Mac chose another server: forget what it chose here before.
        m_bound.remove(mac);
        r.summary = bsdp.serverId ? u"chose server %1, not us: not answered"_s.arg(ip(*bsdp.serverId))
                                  : u"a SELECT naming no server: not answered"_s;
        return r;
    }
    Message reply = replyTo(request);
    Bsdp::VendorOptions out;
    const Image *image = bsdp.selectedImage ? imageById(*bsdp.selectedImage) : nullptr;
    bool visible = false;
    if (image)
        for (const Image &i : visibleImages(model, Bsdp::VendorOptions()))
            visible |= i.id == image->id;
    if (!visible || image->bootFile.isEmpty()) {
        out.type = Bsdp::MessageType::Failed;
        reply.options.setInstances(Option::VendorSpecific, out.encode());
        r.answer = deliver(reply, request, bsdp);
        r.failed = true;
        const QString id = bsdp.selectedImage ? bsdp.selectedImage->toString() : u"none"_s;
        r.summary = !image    ? u"FAILED: no image %1 here"_s.arg(id)
            : !visible        ? u"FAILED: %1 is not offered to %2"_s.arg(imageText(*image), model)
                              : u"FAILED: %1 has no booter"_s.arg(imageText(*image));
        return r;
    }
    out.type = Bsdp::MessageType::Select;
    out.selectedImage = image->id;
    // The machine name the booted system takes: the host's name when the
    // operator named it, else the image's (as the reference dhcpd.conf does).
    const QString name = m_settings.machineNames.value(mac, image->name);
    out.machineName = name.toUtf8();
    reply.file = image->bootFile.toUtf8().left(127);
    if (!image->rootPath.isEmpty())
        reply.options.set(Option::RootPath, image->rootPath.toUtf8());
    reply.options.setInstances(Option::VendorSpecific, out.encode());
    if (m_bound.size() >= MaxBindings && !m_bound.contains(mac))
        m_bound.erase(m_bound.begin()); // spoofed SELECTs cannot grow it without end
    m_bound.insert(mac, image->id);
    r.answer = deliver(reply, request, bsdp);
    r.summary = u"%1: boot file %2 from %3"_s.arg(imageText(*image), image->bootFile, ip(reply.siaddr));
    return r;
}

void BsdpResponder::addBoot(Message &reply, const Image &image) const
{
    reply.siaddr = m_settings.nextServer ? m_settings.nextServer : m_settings.serverAddress;
    reply.file = image.bootFile.toUtf8().left(127);
    reply.options.set(Option::VendorClass, Bsdp::ClientClass::Prefix.toByteArray());
    if (!image.rootPath.isEmpty())
        reply.options.set(Option::RootPath, image.rootPath.toUtf8());
    Bsdp::VendorOptions out;
    out.selectedImage = image.id;
    reply.options.setInstances(Option::VendorSpecific, out.encode());
}

BsdpResponder::Result BsdpResponder::offer(const Message &request, const Image &image) const
{
    Result r;
    Message reply = replyTo(request);
    reply.options.setU8(Option::MessageType, quint8(MessageType::Offer));
    reply.ciaddr = 0;
    addBoot(reply, image);
    Answer a;
    a.message = reply;
    if (request.giaddr) {
        a.address = request.giaddr;
        a.port = 67;
    }
    a.maxSize = std::clamp(request.options.u16(Option::MaxMessageSize).value_or(576) - 28, 548, MaxReplySize);
    r.answer = a;
    r.summary = u"%1, chosen before: boot file %2 from %3, no address"_s.arg(imageText(image), image.bootFile,
                                                                            ip(reply.siaddr));
    return r;
}

} // namespace Dhcp
