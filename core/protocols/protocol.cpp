#include "protocol.h"

#include "comfyuiprotocol.h"
#include "homeassistantprotocol.h"
#include "rawprotocol.h"
#include "socketioprotocol.h"

#include <QMutex>
#include <vector>

namespace tunnelscope {

namespace {

struct Registry
{
    QMutex mutex;
    std::vector<const Protocol *> protocols;
};

Registry &registry()
{
    static const RawProtocol raw;
    static const HomeAssistantProtocol homeAssistant;
    static const SocketIoProtocol socketIo;
    static const ComfyUiProtocol comfyUi;
    // One line per protocol.
    static Registry r{{}, {&raw, &homeAssistant, &socketIo, &comfyUi}};
    return r;
}

} // namespace

const Protocol *Protocol::find(const QString &name)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    for (const Protocol *p : r.protocols)
        if (p->name() == name)
            return p;
    return nullptr;
}

const Protocol &Protocol::named(const QString &name)
{
    if (const Protocol *p = find(name))
        return *p;
    return *find(QStringLiteral("raw"));
}

QList<const Protocol *> Protocol::all()
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return QList<const Protocol *>(r.protocols.cbegin(), r.protocols.cend());
}

QStringList Protocol::names()
{
    QStringList out;
    for (const Protocol *p : all())
        out << p->name();
    return out;
}

const Protocol *Protocol::offering(const QString &form)
{
    for (const Protocol *p : all())
        if (p->sendForms().contains(form))
            return p;
    return nullptr;
}

void Protocol::add(const Protocol *protocol)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.protocols.push_back(protocol);
}

} // namespace tunnelscope
