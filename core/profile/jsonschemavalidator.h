#pragma once

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(JsonSchemaValidator)

public:
    explicit JsonSchemaValidator(QJsonObject schema);

    QStringList validate(const QJsonValue &value) const;

    // The JSON path of an object key / array index appended to a parent path.
    static QString childPath(const QString &parent, const QString &key);
    static QString childPath(const QString &parent, qsizetype index);
    static QString typeName(const QJsonValue &value);

private:
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &path, QStringList *problems) const;
    // The steps of check(): a value that is not the constant, type or one of the enumeration
    // the schema asks for gets one problem and nothing more; the others add what they find.
    static QString constantTypeOrEnumProblem(const QJsonValue &value, const QJsonObject &schema);
    static QStringList scalarProblems(const QJsonValue &value, const QJsonObject &schema);
    void checkArray(const QJsonArray &a, const QJsonObject &schema, const QString &path, QStringList *problems) const;
    void checkObject(const QJsonObject &o, const QJsonObject &schema, const QString &path, QStringList *problems) const;
    QJsonObject resolve(const QJsonObject &schema) const;
    static bool hasType(const QJsonValue &value, const QString &type);

    QJsonObject m_root;
};

} // namespace tunnelscope
