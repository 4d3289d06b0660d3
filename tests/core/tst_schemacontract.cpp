#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The schemas the project ships extend the contract beside it (../shared/contract) without
// contradicting it. Without the contract the check cannot run: the test then exits 77, which
// ctest shows as skipped, never as passed.
class tst_SchemaContract : public QObject
{
    Q_OBJECT
public:
    bool contractFound = true;

private Q_SLOTS:
    void extendsCanFail();
    void shippedSchemasExtendContract();
};

namespace {
// Whether `shipped` extends `contract` without contradicting it: every key of the contract is
// there with the same meaning; enums may offer more values; nothing more is required.
bool extends(const QJsonValue &contract, const QJsonValue &shipped, const QString &at, QString *why)
{
    if (contract.isObject()) {
        const QJsonObject c = contract.toObject(), s = shipped.toObject();
        if (!shipped.isObject()) {
            *why = at + QStringLiteral(": not an object");
            return false;
        }
        for (auto it = c.begin(); it != c.end(); ++it) {
            if (!s.contains(it.key())) {
                *why = at + QLatin1Char('.') + it.key() + QStringLiteral(": missing");
                return false;
            }
            const QJsonValue sv = s.value(it.key());
            if (it.key() == QLatin1String("enum") && it.value().isArray()) {
                for (const QJsonValue &v : it.value().toArray())
                    if (!sv.toArray().contains(v)) {
                        *why = at + QStringLiteral(".enum: lost a value");
                        return false;
                    }
                continue;
            }
            if (!extends(it.value(), sv, at + QLatin1Char('.') + it.key(), why))
                return false;
        }
        return true;
    }
    if (contract != shipped) {
        *why = at + QStringLiteral(": differs");
        return false;
    }
    return true;
}

} // namespace

void tst_SchemaContract::extendsCanFail()
{
    // A lost enum value, a changed type.
    QString why;
    QVERIFY(!extends(QJsonObject{{QStringLiteral("enum"), QJsonArray{1, 2}}},
                     QJsonObject{{QStringLiteral("enum"), QJsonArray{1}}}, QStringLiteral("$"), &why));
    QVERIFY(!extends(QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}},
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}, QStringLiteral("$"), &why));
    QVERIFY(extends(QJsonObject{{QStringLiteral("enum"), QJsonArray{1}}}, QJsonObject{{QStringLiteral("enum"), QJsonArray{1, 2}}},
                    QStringLiteral("$"), &why));
}

void tst_SchemaContract::shippedSchemasExtendContract()
{
    // The project ships its own copies; where the contract folder is at hand, they must extend
    // it (the report schema) or equal it.
    for (const char *name : {"profile.schema.json", "report.schema.json"}) {
        QFile contract(QStringLiteral(TUNNELSCOPE_SOURCE_DIR "/../shared/contract/") + QLatin1String(name));
        if (!contract.open(QIODevice::ReadOnly)) {
            contractFound = false;
            QSKIP("../shared/contract is not beside the project: the shipped schemas were not checked against it");
        }
        QFile shipped(QStringLiteral(":/schemas/") + QLatin1String(name));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const QJsonObject c = QJsonDocument::fromJson(contract.readAll()).object();
        const QJsonObject s = QJsonDocument::fromJson(shipped.readAll()).object();
        QVERIFY(!c.isEmpty() && !s.isEmpty());
        QString why;
        QVERIFY2(extends(c, s, QStringLiteral("$"), &why), qPrintable(QLatin1String(name) + QStringLiteral(": ") + why));
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    tst_SchemaContract test;
    if (QTest::qExec(&test, argc, argv) != 0)
        return 1;
    return test.contractFound ? 0 : 77;
}

#include "tst_schemacontract.moc"
