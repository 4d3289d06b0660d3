#include "jsonschemavalidator.h"

#include "closestname.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace tunnelscope {

namespace {

// A JSON type as a problem names it ("an object", "a string"), in the language installed.
QString typeWords(const QString &type)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("object"), QT_TRANSLATE_NOOP("JsonSchemaValidator", "an object")},
        {QStringLiteral("array"), QT_TRANSLATE_NOOP("JsonSchemaValidator", "an array")},
        {QStringLiteral("integer"), QT_TRANSLATE_NOOP("JsonSchemaValidator", "an integer")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("JsonSchemaValidator", "a number")},
        {QStringLiteral("string"), QT_TRANSLATE_NOOP("JsonSchemaValidator", "a string")},
        {QStringLiteral("boolean"), QT_TRANSLATE_NOOP("JsonSchemaValidator", "a boolean")},
        {QStringLiteral("null"), QT_TRANSLATE_NOOP("JsonSchemaValidator", "null")},
    };
    const char *word = words.value(type);
    return word ? JsonSchemaValidator::tr(word) : type;
}

// " (did you mean "x"?)", or "" when nothing is close.
QString didYouMean(const QString &closest)
{
    return closest.isEmpty() ? QString() : JsonSchemaValidator::tr(" (did you mean \"%1\"?)").arg(closest);
}

QString compact(const QJsonValue &v)
{
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return JsonSchemaValidator::typeName(v);
}

} // namespace

JsonSchemaValidator::JsonSchemaValidator(QJsonObject schema) : m_root(std::move(schema)) { }

QStringList JsonSchemaValidator::validate(const QJsonValue &value) const
{
    QStringList problems;
    check(value, m_root, QStringLiteral("$"), &problems);
    return problems;
}

QString JsonSchemaValidator::childPath(const QString &parent, const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    if (plain.match(key).hasMatch())
        return parent + QLatin1Char('.') + key;
    QString quoted = key;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return parent + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
}

QString JsonSchemaValidator::childPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString JsonSchemaValidator::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return std::floor(value.toDouble()) == value.toDouble() ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool JsonSchemaValidator::hasType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("integer"))
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble() && std::isfinite(value.toDouble());
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("null"))
        return value.isNull();
    return false;
}

QJsonObject JsonSchemaValidator::resolve(const QJsonObject &schema) const
{
    const QString ref = schema.value(QStringLiteral("$ref")).toString();
    if (!ref.startsWith(QLatin1String("#/")))
        return schema;
    QJsonValue node = m_root;
    for (const QString &part : ref.mid(2).split(QLatin1Char('/')))
        node = node.toObject().value(part);
    return node.toObject();
}

void JsonSchemaValidator::check(const QJsonValue &value, const QJsonObject &schemaIn, const QString &path,
                                QStringList *problems) const
{
    const QJsonObject schema = resolve(schemaIn);
    if (const QString problem = constantTypeOrEnumProblem(value, schema); !problem.isEmpty()) {
        problems->append(tr("%1: %2", "a JSON path, then what is wrong there").arg(path, problem));
        return;
    }
    for (const QString &problem : scalarProblems(value, schema))
        problems->append(tr("%1: %2", "a JSON path, then what is wrong there").arg(path, problem));
    if (value.isArray())
        checkArray(value.toArray(), schema, path, problems);
    if (value.isObject())
        checkObject(value.toObject(), schema, path, problems);
}

QString JsonSchemaValidator::constantTypeOrEnumProblem(const QJsonValue &value, const QJsonObject &schema)
{
    if (schema.contains(QStringLiteral("const")) && value != schema.value(QStringLiteral("const")))
        return tr("must be %1").arg(compact(schema.value(QStringLiteral("const"))));
    if (schema.contains(QStringLiteral("type"))) {
        const QJsonValue t = schema.value(QStringLiteral("type"));
        QStringList types;
        if (t.isArray())
            for (const QJsonValue &x : t.toArray())
                types << x.toString();
        else
            types << t.toString();
        if (std::none_of(types.cbegin(), types.cend(), [&value](const QString &type) { return hasType(value, type); })) {
            QString wanted;
            for (const QString &type : types)
                wanted
                    = wanted.isEmpty() ? typeWords(type) : tr("%1 or %2", "a JSON type or another").arg(wanted, typeWords(type));
            return tr("expected %1, got %2").arg(wanted, typeWords(typeName(value)));
        }
    }
    if (schema.contains(QStringLiteral("enum"))) {
        const QJsonArray options = schema.value(QStringLiteral("enum")).toArray();
        if (!options.contains(value)) {
            QStringList names, words;
            for (const QJsonValue &o : options) {
                names << compact(o);
                if (o.isString())
                    words << o.toString();
            }
            const QString closest = value.isString() ? ClosestName::among(value.toString(), words) : QString();
            return tr("%1 is not one of %2%3").arg(compact(value), names.join(QStringLiteral(", ")), didYouMean(closest));
        }
    }
    return QString();
}

QStringList JsonSchemaValidator::scalarProblems(const QJsonValue &value, const QJsonObject &schema)
{
    QStringList found;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (schema.contains(QStringLiteral("minimum")) && d < schema.value(QStringLiteral("minimum")).toDouble())
            found << tr("%1 is below the minimum %2").arg(d).arg(schema.value(QStringLiteral("minimum")).toDouble());
        if (schema.contains(QStringLiteral("maximum")) && d > schema.value(QStringLiteral("maximum")).toDouble())
            found << tr("%1 is above the maximum %2").arg(d).arg(schema.value(QStringLiteral("maximum")).toDouble());
    }
    if (value.isString()) {
        const QString s = value.toString();
        if (schema.contains(QStringLiteral("minLength")) && s.size() < schema.value(QStringLiteral("minLength")).toInt())
            found << tr("must not be empty");
        if (schema.contains(QStringLiteral("pattern"))) {
            const QString pattern = schema.value(QStringLiteral("pattern")).toString();
            if (!QRegularExpression(pattern).match(s).hasMatch())
                found << tr("\"%1\" does not match %2").arg(s.left(80), pattern);
        }
    }
    return found;
}

void JsonSchemaValidator::checkArray(const QJsonArray &a, const QJsonObject &schema, const QString &path,
                                     QStringList *problems) const
{
    if (schema.contains(QStringLiteral("minItems")) && a.size() < schema.value(QStringLiteral("minItems")).toInt())
        problems->append(
            tr("%1: needs at least %n item(s)", nullptr, schema.value(QStringLiteral("minItems")).toInt()).arg(path));
    if (schema.value(QStringLiteral("items")).isObject())
        for (qsizetype i = 0; i < a.size(); ++i)
            check(a.at(i), schema.value(QStringLiteral("items")).toObject(), childPath(path, i), problems);
}

void JsonSchemaValidator::checkObject(const QJsonObject &o, const QJsonObject &schema, const QString &path,
                                      QStringList *problems) const
{
    const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
    if (schema.contains(QStringLiteral("minProperties")) && o.size() < schema.value(QStringLiteral("minProperties")).toInt())
        problems->append(
            tr("%1: must not be an empty object (allowed keys: %2)").arg(path, props.keys().join(QStringLiteral(", "))));
    for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray())
        if (!o.contains(r.toString()))
            problems->append(tr("%1: missing required key \"%2\"").arg(path, r.toString()));
    const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString childAt = childPath(path, it.key());
        if (props.contains(it.key())) {
            check(it.value(), props.value(it.key()).toObject(), childAt, problems);
        } else if (additional.isBool() && !additional.toBool()) {
            const QString closest = ClosestName::among(it.key(), props.keys());
            problems->append(closest.isEmpty()
                                 ? tr("%1: unknown key (allowed: %2)").arg(childAt, props.keys().join(QStringLiteral(", ")))
                                 : tr("%1: unknown key (did you mean \"%2\"?)").arg(childAt, closest));
        } else if (additional.isObject()) {
            check(it.value(), additional.toObject(), childAt, problems);
        }
    }
}

} // namespace tunnelscope
