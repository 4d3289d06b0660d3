#include "profiletreemodel.h"

#include "jsonschemavalidator.h"
#include "themecolors.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace tunnelscope {

struct ProfileTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    QVariant step;      // the key (QString) or the index (int) under the parent; null at the root
    QVariantList steps; // from the root
    QString path;       // "$.lab.faults[0].kind", as the validator writes it
    QJsonValue value;   // leaves: the value; containers: the whole of it
    QJsonObject schema;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

QString typeOf(const QJsonObject &schema)
{
    const QJsonValue t = schema.value(QStringLiteral("type"));
    return t.isArray() ? t.toArray().at(0).toString() : t.toString();
}

// Fields in the order a profile is read (the schema's and the README's), the rest after.
int orderOf(const QString &key)
{
    static const QStringList order{QStringLiteral("format"),       QStringLiteral("name"),
                                   QStringLiteral("description"),  QStringLiteral("protocol"),
                                   QStringLiteral("direct"),       QStringLiteral("tunnel"),
                                   QStringLiteral("tunnels"),      QStringLiteral("url"),
                                   QStringLiteral("proxy"),        QStringLiteral("headers"),
                                   QStringLiteral("subprotocols"), QStringLiteral("extensions"),
                                   QStringLiteral("secrets"),      QStringLiteral("identities"),
                                   QStringLiteral("steps"),        QStringLiteral("send"),
                                   QStringLiteral("expect"),       QStringLiteral("ping"),
                                   QStringLiteral("close"),        QStringLiteral("await_close_ms"),
                                   QStringLiteral("timeout_ms"),   QStringLiteral("wait_ms"),
                                   QStringLiteral("repeat"),       QStringLiteral("runs"),
                                   QStringLiteral("interval_ms"),  QStringLiteral("compare"),
                                   QStringLiteral("lab"),          QStringLiteral("endpoint"),
                                   QStringLiteral("kind"),         QStringLiteral("faults")};
    const qsizetype at = order.indexOf(key);
    return at < 0 ? int(order.size()) : int(at);
}

QString shown(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
    case QJsonValue::Object: {
        // What it holds, in brief: a step or a fault reads at a glance.
        const QString compact = QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                                              : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        return compact.size() > 90 ? compact.left(89) + QChar(0x2026) : compact;
    }
    default:
        return QString();
    }
}

} // namespace

ProfileTreeModel::ProfileTreeModel(const QJsonObject &schema, QObject *parent)
    : QAbstractItemModel(parent), m_schema(schema), m_root(std::make_unique<Node>())
{
    m_root->path = QStringLiteral("$");
}

ProfileTreeModel::~ProfileTreeModel() = default;

QJsonObject ProfileTreeModel::resolve(const QJsonObject &schema) const
{
    QJsonObject s = schema;
    // "$ref": "#/$defs/fault", followed as often as it leads on.
    for (int hops = 0; hops < 8 && s.contains(QStringLiteral("$ref")); ++hops) {
        const QStringList parts = s.value(QStringLiteral("$ref")).toString().mid(2).split(QLatin1Char('/'));
        QJsonValue at = m_schema;
        for (const QString &p : parts)
            at = at.toObject().value(p);
        QJsonObject target = at.toObject();
        for (auto it = s.begin(); it != s.end(); ++it)
            if (it.key() != QLatin1String("$ref") && !target.contains(it.key()))
                target.insert(it.key(), it.value());
        s = target;
    }
    return s;
}

QJsonObject ProfileTreeModel::childSchema(const QJsonObject &schema, const QVariant &step) const
{
    if (step.typeId() == QMetaType::Int)
        return resolve(schema.value(QStringLiteral("items")).toObject());
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    if (properties.contains(step.toString()))
        return resolve(properties.value(step.toString()).toObject());
    const QJsonValue extra = schema.value(QStringLiteral("additionalProperties"));
    return extra.isObject() ? resolve(extra.toObject()) : QJsonObject();
}

void ProfileTreeModel::build(Node *node, const QJsonValue &value, const QJsonObject &schema)
{
    node->value = value;
    node->schema = schema;
    auto add = [&](const QVariant &step, const QJsonValue &v) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = int(node->children.size());
        child->step = step;
        child->steps = node->steps;
        child->steps << step;
        child->path = step.typeId() == QMetaType::Int ? JsonSchemaValidator::childPath(node->path, qsizetype(step.toInt()))
                                                      : JsonSchemaValidator::childPath(node->path, step.toString());
        build(child.get(), v, childSchema(schema, step));
        node->children.push_back(std::move(child));
    };
    if (value.isObject()) {
        // The schema's order (how the README explains a profile), then any other keys.
        const QJsonObject o = value.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        Q_UNUSED(properties);
        QStringList keys = o.keys();
        std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) { return orderOf(a) < orderOf(b); });
        for (const QString &k : std::as_const(keys))
            add(k, o.value(k));
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            add(i, a.at(i));
    }
}

void ProfileTreeModel::setDocument(const QJsonObject &document)
{
    beginResetModel();
    m_document = document;
    m_root = std::make_unique<Node>();
    m_root->path = QStringLiteral("$");
    build(m_root.get(), document, resolve(m_schema));
    endResetModel();
}

void ProfileTreeModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ProfileTreeModel::setProblems(const QHash<QString, QString> &problems)
{
    // The colours and counts of every ancestor change with them; the tree's shape does not.
    Q_EMIT layoutAboutToBeChanged();
    m_problems = problems;
    Q_EMIT layoutChanged();
}

ProfileTreeModel::Node *ProfileTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ProfileTreeModel::indexOfPath(const QString &path) const
{
    std::function<const Node *(const Node *)> find = [&](const Node *n) -> const Node * {
        if (n->path == path)
            return n;
        for (const auto &c : n->children)
            if (path.startsWith(c->path))
                if (const Node *found = find(c.get()))
                    return found;
        return nullptr;
    };
    const Node *n = find(m_root.get());
    return n && n != m_root.get() ? createIndex(n->row, 0, const_cast<Node *>(n)) : QModelIndex();
}

QModelIndex ProfileTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || row >= int(p->children.size()) || column < 0 || column >= ColumnCount)
        return QModelIndex();
    return createIndex(row, column, p->children[std::size_t(row)].get());
}

QModelIndex ProfileTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!child.isValid() || !n->parent || n->parent == m_root.get())
        return QModelIndex();
    return createIndex(n->parent->row, 0, n->parent);
}

int ProfileTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ProfileTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

// A field's description in brief: for a value the description explains among others
// ("latency: delay every frame…; drop_before_close: …"), the words about this value.
QString ProfileTreeModel::about(const Node *node)
{
    const QString d = node->schema.value(QStringLiteral("description")).toString();
    if (node->value.isString() && !node->value.toString().isEmpty()) {
        const QRegularExpression own(
            QStringLiteral("(?:^|[;.(]\\s*)%1: (.*?)(?:\\.\\s|;|\\)|$)").arg(QRegularExpression::escape(node->value.toString())));
        if (const QRegularExpressionMatch m = own.match(d); m.hasMatch())
            return m.captured(1).trimmed();
        if (node->schema.contains(QStringLiteral("enum")))
            return QString(); // its list of values explains the others, not this one
    }
    return d.section(QStringLiteral(". "), 0, 0);
}

QString ProfileTreeModel::problemsBelow(const Node *node) const
{
    int below = 0;
    for (auto it = m_problems.begin(); it != m_problems.end(); ++it)
        below += it.key() != node->path && it.key().startsWith(node->path)
            && (it.key().at(node->path.size()) == QLatin1Char('.') || it.key().at(node->path.size()) == QLatin1Char('['));
    return below > 0 ? tr("%n problem(s) inside", nullptr, below) : QString();
}

QVariant ProfileTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Node *n = nodeOf(index);
    const QString problem = m_problems.value(n->path);
    const bool container = n->value.isObject() || n->value.isArray();
    switch (role) {
    case PathRole:
        return n->path;
    case SchemaRole:
        return n->schema;
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == Field)
            return n->step.typeId() == QMetaType::Int ? QStringLiteral("[%1]").arg(n->step.toInt()) : n->step.toString();
        if (index.column() == Value)
            return role == Qt::EditRole && n->value.isDouble() ? QVariant(n->value.toDouble()) : QVariant(shown(n->value));
        return about(n);
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!problem.isEmpty())
            lines << QStringLiteral("<b>%1</b>: %2").arg(n->path.toHtmlEscaped(), problem.toHtmlEscaped());
        if (const QString below = problemsBelow(n); !below.isEmpty())
            lines << below;
        if (const QString d = n->schema.value(QStringLiteral("description")).toString(); !d.isEmpty())
            lines << d.toHtmlEscaped();
        if (!container && index.column() == Value)
            lines << shown(n->value).toHtmlEscaped();
        return lines.join(QStringLiteral("<br>"));
    }
    case Qt::BackgroundRole:
        if (!problem.isEmpty())
            return QBrush(ThemeColors::current().rowBackground(ThemeColors::Row::Lost));
        return QVariant();
    case Qt::ForegroundRole:
        if (!problem.isEmpty())
            return QBrush(ThemeColors::current().rowText(ThemeColors::Row::Lost));
        if (index.column() == Field && !problemsBelow(n).isEmpty())
            return QBrush(ThemeColors::current().error());
        return QVariant();
    case Qt::CheckStateRole:
        if (index.column() == Value && n->value.isBool())
            return n->value.toBool() ? Qt::Checked : Qt::Unchecked;
        return QVariant();
    default:
        return QVariant();
    }
}

Qt::ItemFlags ProfileTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Node *n = nodeOf(index);
    if (m_readOnly || index.column() != Value || n->value.isObject() || n->value.isArray())
        return f;
    return n->value.isBool() ? f | Qt::ItemIsUserCheckable : f | Qt::ItemIsEditable;
}

QVariant ProfileTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Field:
        return tr("Field");
    case Value:
        return tr("Value");
    default:
        return tr("What it is");
    }
}

QJsonValue ProfileTreeModel::replaced(const QJsonValue &root, const QVariantList &steps, qsizetype at, const QJsonValue *value)
{
    if (at == steps.size())
        return value ? *value : QJsonValue(QJsonValue::Undefined);
    const QVariant &step = steps.at(at);
    if (step.typeId() == QMetaType::Int) {
        QJsonArray a = root.toArray();
        const int i = step.toInt();
        const QJsonValue child = replaced(i < a.size() ? a.at(i) : QJsonValue(), steps, at + 1, value);
        if (child.isUndefined())
            a.removeAt(i);
        else if (i < a.size())
            a.replace(i, child);
        else
            a.append(child);
        return a;
    }
    QJsonObject o = root.toObject();
    const QJsonValue child = replaced(o.value(step.toString()), steps, at + 1, value);
    if (child.isUndefined())
        o.remove(step.toString());
    else
        o.insert(step.toString(), child);
    return o;
}

bool ProfileTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const Node *n = nodeOf(index);
    QJsonValue v;
    if (role == Qt::CheckStateRole) {
        v = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        const QString type = typeOf(n->schema);
        const QString text = value.toString();
        bool isNumber = false;
        const double number = text.toDouble(&isNumber);
        // What the schema wants, when the text reads as it; else the text, which validation
        // then names at this field.
        if ((type == QLatin1String("integer") || type == QLatin1String("number") || n->value.isDouble()) && isNumber)
            v = number;
        else if (type == QLatin1String("boolean") && (text == QLatin1String("true") || text == QLatin1String("false")))
            v = text == QLatin1String("true");
        else
            v = text;
    } else {
        return false;
    }
    if (v == n->value)
        return false;
    Q_EMIT changeRequested(replaced(m_document, n->steps, 0, &v).toObject(), tr("%1 set to %2").arg(n->path, shown(v)));
    return true;
}

QJsonObject ProfileTreeModel::schemaAt(const QModelIndex &index) const
{
    return nodeOf(index)->schema;
}

QStringList ProfileTreeModel::missingFields(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    QStringList out;
    if (!n->value.isObject())
        return out;
    const QJsonObject properties = n->schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        if (!n->value.toObject().contains(it.key()) && it.key() != QLatin1String("$schema"))
            out << it.key();
    return out;
}

QJsonValue ProfileTreeModel::startingValue(const QJsonObject &given) const
{
    const QJsonObject schema = resolve(given);
    if (schema.contains(QStringLiteral("default")))
        return schema.value(QStringLiteral("default"));
    if (schema.contains(QStringLiteral("enum")))
        return schema.value(QStringLiteral("enum")).toArray().at(0);
    const QString type = typeOf(schema);
    if (type == QLatin1String("object")) {
        QJsonObject o;
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue &required : schema.value(QStringLiteral("required")).toArray())
            o.insert(required.toString(), startingValue(properties.value(required.toString()).toObject()));
        return o;
    }
    if (type == QLatin1String("array"))
        return QJsonArray();
    if (type == QLatin1String("integer") || type == QLatin1String("number"))
        return schema.value(QStringLiteral("minimum")).toDouble(0);
    if (type == QLatin1String("boolean"))
        return false;
    return QString();
}

QJsonObject ProfileTreeModel::withField(const QModelIndex &object, const QString &key) const
{
    const Node *n = nodeOf(object);
    if (!n->value.isObject() && n != m_root.get())
        return {};
    QVariantList steps = n->steps;
    steps << key;
    const QJsonValue v = startingValue(childSchema(n->schema, key));
    return replaced(m_document, steps, 0, &v).toObject();
}

QJsonObject ProfileTreeModel::withItem(const QModelIndex &array) const
{
    const Node *n = nodeOf(array);
    if (!n->value.isArray())
        return {};
    QVariantList steps = n->steps;
    steps << int(n->value.toArray().size());
    const QJsonValue v = startingValue(childSchema(n->schema, 0));
    return replaced(m_document, steps, 0, &v).toObject();
}

QJsonObject ProfileTreeModel::without(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    if (!index.isValid())
        return {};
    return replaced(m_document, n->steps, 0, nullptr).toObject();
}

} // namespace tunnelscope
