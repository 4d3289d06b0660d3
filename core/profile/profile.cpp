#include "profile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace tunnelscope {

QString StepSpec::textOf(const QJsonValue &send)
{
    if (send.isString())
        return send.toString();
    const QJsonObject o = send.toObject();
    if (send.isObject() && o.size() == 1 && o.value(QStringLiteral("text")).isString())
        return o.value(QStringLiteral("text")).toString();
    // A document holds only objects and arrays: a number, boolean or null is written as the
    // one element of an array, without the brackets.
    const QByteArray inArray = QJsonDocument(QJsonArray{send}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(inArray.sliced(1, inArray.size() - 2));
}

namespace {
const QList<QPair<FaultSpec::Kind, QString>> &faultNames()
{
    using K = FaultSpec::Kind;
    static const QList<QPair<K, QString>> names{
        {K::Latency, QStringLiteral("latency")},
        {K::DropBeforeClose, QStringLiteral("drop_before_close")},
        {K::AbruptClose, QStringLiteral("abrupt_close")},
        {K::CloseWithoutStatus, QStringLiteral("close_without_status")},
        {K::Duplicate, QStringLiteral("duplicate")},
        {K::BomPrefix, QStringLiteral("bom_prefix")},
        {K::JunkPrefix, QStringLiteral("junk_prefix")},
        {K::DropRandom, QStringLiteral("drop_random")},
        {K::StallHandshake, QStringLiteral("stall_handshake")},
        {K::RejectUpgrade, QStringLiteral("reject_upgrade")},
        {K::IdleTimeout, QStringLiteral("idle_timeout")},
        {K::TextToBinary, QStringLiteral("text_to_binary")},
        {K::ReservedCloseCode, QStringLiteral("reserved_close_code")},
        {K::SwallowClose, QStringLiteral("swallow_close")},
        {K::SlowUpgrade, QStringLiteral("slow_upgrade")},
        {K::InjectPing, QStringLiteral("inject_ping")},
        {K::DropClientPings, QStringLiteral("drop_client_pings")},
        {K::AnswerPings, QStringLiteral("answer_pings")},
        {K::EmptyPingPayload, QStringLiteral("empty_ping_payload")},
        {K::CloseAsText, QStringLiteral("close_as_text")},
        {K::DropServerPings, QStringLiteral("drop_server_pings")},
        {K::StripExtensions, QStringLiteral("strip_extensions")},
        {K::CorruptCompressed, QStringLiteral("corrupt_compressed")},
    };
    return names;
}
} // namespace

std::optional<FaultSpec::Kind> FaultSpec::kindFromName(const QString &name)
{
    for (const auto &n : faultNames())
        if (n.second == name)
            return n.first;
    return std::nullopt;
}

QString FaultSpec::kindName(Kind kind)
{
    for (const auto &n : faultNames())
        if (n.first == kind)
            return n.second;
    return QString();
}

QJsonObject Profile::asPlayed() const
{
    QJsonObject o = source;
    o.insert(QStringLiteral("format"), QStringLiteral("tunnelscope-profile/1"));
    o.insert(QStringLiteral("protocol"), protocol);
    o.insert(QStringLiteral("runs"), runs);
    o.insert(QStringLiteral("interval_ms"), intervalMs);
    o.insert(QStringLiteral("handshake_timeout_ms"), handshakeTimeoutMs);
    o.insert(QStringLiteral("max_message_bytes"), maxMessageBytes);
    auto withUrl = [](QJsonObject path, const PathSpec &spec) {
        if (!spec.url.isEmpty())
            path.insert(QStringLiteral("url"), spec.url);
        return path;
    };
    o.insert(QStringLiteral("direct"), withUrl(o.value(QStringLiteral("direct")).toObject(), direct));
    if (tunnels.isEmpty()) {
        o.insert(QStringLiteral("tunnel"), withUrl(o.value(QStringLiteral("tunnel")).toObject(), tunnel));
    } else {
        // Several tunnels: each with the URL it was played at (a lab's, or one given with --tunnel).
        QJsonArray played;
        const QJsonArray given = o.value(QStringLiteral("tunnels")).toArray();
        for (const TunnelSpec &t : tunnels) {
            QJsonObject item{{QStringLiteral("name"), t.name}};
            for (const QJsonValue &g : given)
                if (g.toObject().value(QStringLiteral("name")).toString() == t.name)
                    item = g.toObject();
            played.append(withUrl(item, t.path));
        }
        o.insert(QStringLiteral("tunnels"), played);
        o.remove(QStringLiteral("tunnel"));
    }
    // The lab's random faults with the seeds they were played with (a watch moves them on per play).
    QJsonObject labObject = o.value(QStringLiteral("lab")).toObject();
    QJsonArray faults = labObject.value(QStringLiteral("faults")).toArray();
    bool moved = false;
    for (qsizetype i = 0; i < std::min<qsizetype>(faults.size(), lab.faults.size()); ++i) {
        QJsonObject fault = faults[i].toObject();
        if (fault.value(QStringLiteral("seed")).toInteger(1) == qint64(lab.faults[i].seed))
            continue;
        fault.insert(QStringLiteral("seed"), qint64(lab.faults[i].seed));
        faults[i] = fault;
        moved = true;
    }
    if (moved) {
        labObject.insert(QStringLiteral("faults"), faults);
        o.insert(QStringLiteral("lab"), labObject);
    }
    return o;
}

QString Profile::descriptionToRead() const
{
    if (!origin.startsWith(QLatin1String("builtin:")))
        return description;
    // The source texts are what core/base/CMakeLists.txt hands lupdate, with the name as the
    // comment that tells a translator which scenario a paragraph describes.
    return QCoreApplication::translate("BuiltinProfile", description.toUtf8().constData(), name.toUtf8().constData());
}

} // namespace tunnelscope
