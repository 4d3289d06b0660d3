#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace tunnelscope {

// Checks a JSON value against a JSON Schema (the draft 2020-12 subset our schemas use:
// type, properties, required, additionalProperties, $ref to $defs, enum, const, minimum,
// maximum, minLength, minItems, minProperties, pattern, items). Reports every problem,
// each as "$.path.to[3].key: what is wrong".
class JsonSchemaValidator
{
public:
    explicit JsonSchemaValidator(QJsonObject schema);

    QStringList validate(const QJsonValue &value) const;

    // The JSON path of an object key / array index appended to a parent path.
    static QString childPath(const QString &parent, const QString &key);
    static QString childPath(const QString &parent, qsizetype index);
    static QString typeName(const QJsonValue &value);

private:
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &path, QStringList *problems) const;
    QJsonObject resolve(const QJsonObject &schema) const;
    static bool hasType(const QJsonValue &value, const QString &type);

    QJsonObject m_root;
};

} // namespace tunnelscope
