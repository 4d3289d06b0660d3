#include "tokeninspector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace tunnelscope;

class tst_TokenInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expiry();
    void expiredTokensAreNamedNotShown();
};

static QByteArray jwt(qint64 exp)
{
    auto part = [](const QJsonObject &o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part({{QStringLiteral("alg"), QStringLiteral("HS256")}}) + '.'
        + part({{QStringLiteral("exp"), exp}, {QStringLiteral("sub"), QStringLiteral("x")}}) + ".c2ln";
}

void tst_TokenInspector::expiry()
{
    QCOMPARE(*TokenInspector::jwtExpiry(QString::fromLatin1(jwt(1700000000))),
             QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    QVERIFY(!TokenInspector::jwtExpiry(QStringLiteral("not-a-jwt")));
    QVERIFY(!TokenInspector::jwtExpiry(QStringLiteral("a.!!!.c")));
}

void tst_TokenInspector::expiredTokensAreNamedNotShown()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    const QByteArray old = jwt(1700000000), fresh = jwt(1900000000);
    QStringList notes = TokenInspector::expiredTokens({{"Authorization", "Bearer " + old}}, QUrl(QStringLiteral("ws://h/")), now);
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().contains(QLatin1String("Authorization header expired at 2023-11-14T22:13:20Z")));
    QVERIFY(!notes.first().contains(QString::fromLatin1(old)));
    notes = TokenInspector::expiredTokens({}, QUrl(QStringLiteral("ws://h/ws?token=") + QString::fromLatin1(old)), now);
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().contains(QLatin1String("token= parameter")));
    QVERIFY(
        TokenInspector::expiredTokens({{"Authorization", "Bearer " + fresh}}, QUrl(QStringLiteral("ws://h/")), now).isEmpty());
}

QTEST_GUILESS_MAIN(tst_TokenInspector)
#include "tst_tokeninspector.moc"
