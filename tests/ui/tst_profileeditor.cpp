// The profile editor: a typo shows at its field with its JSON path, undo restores, the JSON tab
// and the form stay in step, a saved profile passes `tunnelscope validate`, built-ins are
// read-only until duplicated.
#include "profileeditor.h"
#include "profileloader.h"
#include "profiletreemodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tunnelscope;

class tst_ProfileEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typoShowsAtItsFieldAndUndoRestores();
    void jsonTabAndFormStayInStep();
    void structuralEditsFollowTheSchema();
    void builtinsAreReadOnlyUntilDuplicated();
};

void tst_ProfileEditor::typoShowsAtItsFieldAndUndoRestores()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    QVERIFY(QFile::copy(ProfileLoader::builtinPath(QStringLiteral("ha-lost-auth-invalid")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    ProfileEditor editor;
    QVERIFY(editor.open(path));
    QVERIFY(editor.problems().isEmpty());
    QVERIFY(!editor.isWindowModified());
    ProfileTreeModel *model = editor.model();
    const QModelIndex kind = model->indexOfPath(QStringLiteral("$.lab.faults[1].kind"));
    QVERIFY(kind.isValid());
    const QModelIndex value = kind.siblingAtColumn(ProfileTreeModel::Value);
    QCOMPARE(value.data().toString(), QStringLiteral("drop_before_close"));
    // Its choices come from the schema.
    QVERIFY(value.data(ProfileTreeModel::SchemaRole)
                .toJsonObject()
                .value(QStringLiteral("enum"))
                .toArray()
                .contains(QStringLiteral("inject_ping")));
    QVERIFY(model->setData(value, QStringLiteral("drop_befor_close")));
    // The problem is at the field, by its JSON path, and in the list.
    const QModelIndex typo = model->indexOfPath(QStringLiteral("$.lab.faults[1].kind")).siblingAtColumn(ProfileTreeModel::Value);
    QVERIFY2(typo.data(Qt::ToolTipRole).toString().contains(QLatin1String("$.lab.faults[1].kind")),
             qPrintable(typo.data(Qt::ToolTipRole).toString()));
    QVERIFY(typo.data(Qt::BackgroundRole).isValid());
    QCOMPARE(editor.problems().size(), 1);
    QVERIFY2(editor.problems().first().startsWith(QLatin1String("$.lab.faults[1].kind: \"drop_befor_close\" is not one of")),
             qPrintable(editor.problems().first()));
    auto *list = editor.findChild<QListWidget *>(QStringLiteral("profileProblems"));
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("$.lab.faults[1].kind"));
    // Its parents say there is a problem inside.
    const QModelIndex lab = model->indexOfPath(QStringLiteral("$.lab"));
    QVERIFY(lab.data(Qt::ToolTipRole).toString().contains(QLatin1String("1 problem(s) inside")));
    // The title says it is changed; undo brings the profile back as it was.
    QVERIFY(editor.isWindowModified());
    QVERIFY(editor.windowTitle().contains(QLatin1String("mine.json")));
    editor.undoStack()->undo();
    QVERIFY(editor.problems().isEmpty());
    QCOMPARE(model->indexOfPath(QStringLiteral("$.lab.faults[1].kind")).siblingAtColumn(1).data().toString(),
             QStringLiteral("drop_before_close"));
    QVERIFY(!editor.isWindowModified());
    editor.undoStack()->redo();
    QCOMPARE(editor.problems().size(), 1);
    // A number stays a number; saved, the file is what `tunnelscope validate` accepts.
    editor.undoStack()->undo();
    QVERIFY(model->setData(model->indexOfPath(QStringLiteral("$.lab.faults[0].ms")).siblingAtColumn(1), QStringLiteral("35")));
    QCOMPARE(editor.document()
                 .value(QStringLiteral("lab"))
                 .toObject()
                 .value(QStringLiteral("faults"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("ms")),
             QJsonValue(35));
    QVERIFY(editor.save());
    QVERIFY(!editor.isWindowModified());
    QProcess validate;
    validate.start(QStringLiteral(TUNNELSCOPE_BINARY), {QStringLiteral("validate"), path});
    QVERIFY(validate.waitForFinished(30000));
    QVERIFY2(validate.exitCode() == 0, validate.readAllStandardOutput() + validate.readAllStandardError());
    // Revert after more changes goes back to what was saved.
    QVERIFY(model->setData(model->indexOfPath(QStringLiteral("$.name")).siblingAtColumn(1), QStringLiteral("changed")));
    QVERIFY(editor.isWindowModified());
    editor.revert();
    QCOMPARE(editor.document().value(QStringLiteral("name")).toString(), QStringLiteral("ha-lost-auth-invalid"));
    QVERIFY(!editor.isWindowModified());
}

void tst_ProfileEditor::jsonTabAndFormStayInStep()
{
    ProfileEditor editor;
    editor.newProfile();
    QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(QLatin1Char('\n'))));
    auto *json = editor.findChild<QPlainTextEdit *>(QStringLiteral("profileJson"));
    QVERIFY(json->toPlainText().contains(QLatin1String("\"my-tunnel\"")));
    // Typed into the JSON tab: the form follows once typing pauses, and a problem shows.
    QString text = json->toPlainText();
    text.replace(QStringLiteral("\"my-tunnel\""), QStringLiteral("\"edited\""));
    text.replace(QStringLiteral("\"steps\""), QStringLiteral("\"stepz\""));
    json->setPlainText(text);
    QTRY_COMPARE(editor.model()->indexOfPath(QStringLiteral("$.name")).siblingAtColumn(1).data().toString(),
                 QStringLiteral("edited"));
    QTRY_VERIFY(!editor.problems().isEmpty());
    QVERIFY2(editor.problems().join(QLatin1Char('\n')).contains(QLatin1String("stepz")),
             qPrintable(editor.problems().join(QLatin1Char('\n'))));
    // Not JSON at all: said, and the form keeps the last profile that read.
    json->setPlainText(QStringLiteral("{ \"name\": "));
    QTest::qWait(500);
    QCOMPARE(editor.model()->indexOfPath(QStringLiteral("$.name")).siblingAtColumn(1).data().toString(),
             QStringLiteral("edited"));
    auto *list = editor.findChild<QListWidget *>(QStringLiteral("profileProblems"));
    QVERIFY(list->item(0)->text().startsWith(QLatin1String("JSON tab: not JSON")));
    // An edit in the form rewrites the JSON tab.
    QVERIFY(editor.model()->setData(editor.model()->indexOfPath(QStringLiteral("$.name")).siblingAtColumn(1),
                                    QStringLiteral("again")));
    QVERIFY(json->toPlainText().contains(QLatin1String("\"again\"")));
}

void tst_ProfileEditor::structuralEditsFollowTheSchema()
{
    ProfileEditor editor;
    editor.newProfile();
    ProfileTreeModel *model = editor.model();
    // A lab with a fault, from what the schema says each needs.
    QVERIFY(model->missingFields(QModelIndex()).contains(QStringLiteral("lab")));
    QJsonObject doc = model->withField(QModelIndex(), QStringLiteral("lab"));
    QVERIFY(doc.contains(QStringLiteral("lab")));
    model->changeRequested(doc, QStringLiteral("add lab"));
    const QModelIndex lab = model->indexOfPath(QStringLiteral("$.lab"));
    QVERIFY(lab.isValid());
    model->changeRequested(model->withField(lab, QStringLiteral("faults")), QStringLiteral("add faults"));
    const QModelIndex faults = model->indexOfPath(QStringLiteral("$.lab.faults"));
    model->changeRequested(model->withItem(faults), QStringLiteral("add a fault"));
    const QModelIndex first = model->indexOfPath(QStringLiteral("$.lab.faults[0].kind"));
    QVERIFY(first.isValid());
    QCOMPARE(first.siblingAtColumn(1).data().toString(), QStringLiteral("latency")); // the first kind the schema lists
    // Removing the step list is named as the problem it is.
    model->changeRequested(model->without(model->indexOfPath(QStringLiteral("$.steps"))), QStringLiteral("remove steps"));
    QVERIFY2(editor.problems().join(QLatin1Char('\n')).contains(QLatin1String("steps")),
             qPrintable(editor.problems().join(QLatin1Char('\n'))));
    QCOMPARE(editor.undoStack()->count(), 4);
}

void tst_ProfileEditor::builtinsAreReadOnlyUntilDuplicated()
{
    ProfileEditor editor;
    QVERIFY(editor.open(QStringLiteral("builtin:ha-clean")));
    QVERIFY(editor.isReadOnly());
    const QModelIndex name = editor.model()->indexOfPath(QStringLiteral("$.name")).siblingAtColumn(1);
    QVERIFY(!(editor.model()->flags(name) & Qt::ItemIsEditable));
    QVERIFY(!editor.model()->setData(name, QStringLiteral("mine")));
    QVERIFY(!editor.save());
    QVERIFY(editor.windowTitle().contains(QLatin1String("read-only")));
    editor.duplicateToEdit();
    QVERIFY(!editor.isReadOnly());
    QCOMPARE(editor.document().value(QStringLiteral("name")).toString(), QStringLiteral("ha-clean-copy"));
    QVERIFY(editor.model()->setData(editor.model()->indexOfPath(QStringLiteral("$.name")).siblingAtColumn(1),
                                    QStringLiteral("mine")));
    QTemporaryDir dir;
    QVERIFY(editor.saveAs(dir.filePath(QStringLiteral("mine.json"))));
    QVERIFY(ProfileLoader::load(dir.filePath(QStringLiteral("mine.json"))).ok());
}

QTEST_MAIN(tst_ProfileEditor)
#include "tst_profileeditor.moc"
