#include "comfyuibinary.h"
#include "framedetail.h"
#include "framestore.h"
#include "secretredactor.h"

#include <QFile>
#include <QTest>
#include <QtEndian>

using namespace tunnelscope;

// ComfyUI's binary /ws events from bytes: every event type, and every way a frame can be
// malformed, each with a message that says what is wrong.
class tst_ComfyUiBinary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void previewImage();
    void textEvent();
    void previewWithMetadata();
    void malformed_data();
    void malformed();
    void detailPaneDecodesPreview();

private:
    static QByteArray be32(quint32 v);
    QByteArray m_png;
};

QByteArray tst_ComfyUiBinary::be32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

void tst_ComfyUiBinary::initTestCase()
{
    QFile f(QStringLiteral(":/lab/comfyui-preview.png"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_png = f.readAll();
    QVERIFY(m_png.startsWith("\x89PNG"));
}

void tst_ComfyUiBinary::previewImage()
{
    const ComfyUiBinary png = ComfyUiBinary::parse(ComfyUiBinary::previewImage(2, m_png));
    QVERIFY2(png.isValid(), qPrintable(png.error));
    QCOMPARE(png.type, quint32(ComfyUiBinary::PreviewImage));
    QCOMPARE(png.imageFormat, QStringLiteral("png"));
    QCOMPARE(png.image, m_png);
    QCOMPARE(png.describe().english(), QStringLiteral("ComfyUI preview image (PNG, %1 bytes)").arg(m_png.size()));

    const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(20, 'j');
    const ComfyUiBinary j = ComfyUiBinary::parse(be32(1) + be32(1) + jpeg);
    QVERIFY2(j.isValid(), qPrintable(j.error));
    QCOMPARE(j.imageFormat, QStringLiteral("jpeg"));
    QCOMPARE(j.image, jpeg);
}

void tst_ComfyUiBinary::textEvent()
{
    const ComfyUiBinary t = ComfyUiBinary::parse(be32(3) + be32(2) + "12" + "loading model… done");
    QVERIFY2(t.isValid(), qPrintable(t.error));
    QCOMPARE(t.nodeId, QStringLiteral("12"));
    QCOMPARE(t.text, QStringLiteral("loading model… done"));
    QCOMPARE(t.describe().english(), QStringLiteral("ComfyUI text for node 12: loading model… done"));
    // An empty node id and text are legal.
    QVERIFY(ComfyUiBinary::parse(be32(3) + be32(0)).isValid());
}

void tst_ComfyUiBinary::previewWithMetadata()
{
    const QByteArray meta = R"({"node_id":"3","display_node_id":"3","prompt_id":"p1","image_type":"image/png"})";
    const ComfyUiBinary m = ComfyUiBinary::parse(be32(4) + be32(quint32(meta.size())) + meta + m_png);
    QVERIFY2(m.isValid(), qPrintable(m.error));
    QCOMPARE(m.nodeId, QStringLiteral("3"));
    QCOMPARE(m.metadata.value(QStringLiteral("prompt_id")).toString(), QStringLiteral("p1"));
    QCOMPARE(m.imageFormat, QStringLiteral("png"));
    QCOMPARE(m.image, m_png);
    QVERIFY(m.isPreview());
}

void tst_ComfyUiBinary::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + "rest";
    QTest::newRow("empty") << QByteArray() << "ComfyUI binary frame of 0 bytes is shorter than its 4-byte event type";
    QTest::newRow("3 bytes") << QByteArray("\0\0\0", 3)
                             << "ComfyUI binary frame of 3 bytes is shorter than its 4-byte event type";
    QTest::newRow("unknown type") << be32(9)
            + png << "unknown ComfyUI binary event type 9 (known: 1 preview image, 3 text, 4 preview with metadata)";
    QTest::newRow("JSON sent as binary")
        << QByteArray(R"({"type":"progress"})")
        << "unknown ComfyUI binary event type 2065855609 (known: 1 preview image, 3 text, 4 preview with metadata)";
    QTest::newRow("preview without format") << be32(1) + QByteArray("\0\0", 2)
                                            << "ComfyUI preview image frame ends before its 4-byte image format";
    QTest::newRow("preview format 7") << be32(1) + be32(7) + png
                                      << "ComfyUI preview image frame names image format 7 (1 = JPEG, 2 = PNG)";
    QTest::newRow("says PNG, is not") << be32(1) + be32(2) + QByteArray("GIF89a")
                                      << "ComfyUI preview image frame says PNG but its 6 bytes are not a PNG image";
    QTest::newRow("says JPEG, is PNG") << be32(1) + be32(1) + png
                                       << "ComfyUI preview image frame says JPEG but its 12 bytes are not a JPEG image";
    QTest::newRow("text without id length") << be32(3) + "a"
                                            << "ComfyUI text frame ends before its 4-byte node-id length";
    QTest::newRow("text id overruns") << be32(3) + be32(50) + "12"
                                      << "ComfyUI text frame announces a node id of 50 bytes but only 2 follow";
    QTest::newRow("text id length huge") << be32(3) + be32(0xFFFFFFFF)
                                         << "ComfyUI text frame announces a node id of 4294967295 bytes but only 0 follow";
    QTest::newRow("metadata without length")
        << be32(4) << "ComfyUI preview-with-metadata frame ends before its 4-byte metadata length";
    QTest::newRow("metadata overruns") << be32(4) + be32(100) + "{}"
                                       << "ComfyUI preview-with-metadata frame announces 100 bytes of metadata but only 2 follow";
    QTest::newRow("metadata not JSON") << be32(4) + be32(3) + "{x}" + png
                                       << "ComfyUI preview-with-metadata frame: the metadata is not JSON (from byte 2 on)";
    QTest::newRow("metadata an array") << be32(4) + be32(2) + "[]" + png
                                       << "ComfyUI preview-with-metadata frame: the metadata is JSON but not an object";
    QTest::newRow("metadata, no image")
        << be32(4) + be32(2) + "{}" + "text"
        << "ComfyUI preview-with-metadata frame: the 4 bytes after the metadata are not a JPEG, PNG or WebP image";
}

void tst_ComfyUiBinary::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const ComfyUiBinary b = ComfyUiBinary::parse(bytes);
    QVERIFY(!b.isValid());
    QCOMPARE(b.error, error);
    QCOMPARE(b.describe().english(), error);
}

void tst_ComfyUiBinary::detailPaneDecodesPreview()
{
    FrameStore store;
    store.append(1500, FrameType::Binary, Direction::In, ComfyUiBinary::previewImage(2, m_png));
    store.append(1600, FrameType::Binary, Direction::In, be32(9) + "xyz");
    const SecretRedactor redactor;
    const QString detail = FrameDetail::describe(store.at(0), redactor);
    QVERIFY2(detail.contains(QStringLiteral("ComfyUI preview image (PNG, %1 bytes)").arg(m_png.size())), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("00000000  00 00 00 01 00 00 00 02  89 50 4e 47")));
    QString format;
    QCOMPARE(FrameDetail::previewImage(store.at(0), &format), m_png);
    QCOMPARE(format, QStringLiteral("png"));
    // Not a preview: no image, plain hex, no claim about ComfyUI.
    QVERIFY(FrameDetail::previewImage(store.at(1)).isEmpty());
    QVERIFY(!FrameDetail::describe(store.at(1), redactor).contains(QStringLiteral("ComfyUI")));
}

QTEST_GUILESS_MAIN(tst_ComfyUiBinary)
#include "tst_comfyuibinary.moc"
