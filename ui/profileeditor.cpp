#include "profileeditor.h"

#include "elidedtextdelegate.h"

#include "jsoncomments.h"
#include "profileloader.h"
#include "profiletreemodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tunnelscope {

namespace {

// A field whose schema lists its values is edited with a list of them (a fault's kind, the
// lab's endpoint, a protocol), so a typo is hard to make; any other with a line edit.
class FieldDelegate : public ElidedTextDelegate
{
public:
    using ElidedTextDelegate::ElidedTextDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QJsonArray choices
            = index.data(ProfileTreeModel::SchemaRole).toJsonObject().value(QStringLiteral("enum")).toArray();
        if (choices.isEmpty())
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *box = new QComboBox(parent);
        box->setEditable(true); // a value outside the list can still be typed, and is then named
        for (const QJsonValue &c : choices)
            box->addItem(c.toVariant().toString());
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            box->setCurrentText(index.data(Qt::EditRole).toString());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            model->setData(index, box->currentText());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

// "$.lab.faults[0].kind: "dropp" is not one of …" as a path and the words after it.
std::pair<QString, QString> splitProblem(const QString &problem)
{
    static const QRegularExpression pathed(QStringLiteral("^(\\$[^ ]*?): (.*)$"));
    const QRegularExpressionMatch m = pathed.match(problem);
    return m.hasMatch() ? std::pair{m.captured(1), m.captured(2)} : std::pair{QString(), problem};
}

} // namespace

// One change of the profile, whatever made it (a field, the JSON tab, a structural edit).
class ProfileEditor::Change : public QUndoCommand
{
public:
    Change(ProfileEditor *editor, QJsonObject before, QJsonObject after, const QString &what)
        : QUndoCommand(what), m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
    { }
    void undo() override { m_editor->display(m_before); }
    void redo() override { m_editor->display(m_after); }

private:
    ProfileEditor *m_editor;
    QJsonObject m_before, m_after;
};

ProfileEditor::ProfileEditor(QWidget *parent) : QWidget(parent, Qt::Window), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("profileEditor"));
    resize(960, 720);
    m_model = new ProfileTreeModel(ProfileLoader::schema(), this);
    connect(m_model, &ProfileTreeModel::changeRequested, this, &ProfileEditor::apply);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QToolBar(this);
    m_saveAction = bar->addAction(tr("Save"), this, &ProfileEditor::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    bar->addAction(tr("Save As…"), this,
                   [this] {
                       const QString path = QFileDialog::getSaveFileName(
                           this, tr("Save the profile as"), m_path.isEmpty() ? m_name + QStringLiteral(".json") : m_path,
                           tr("Profiles (*.json)"));
                       if (!path.isEmpty())
                           saveAs(path);
                   })
        ->setShortcut(QKeySequence::SaveAs);
    bar->addAction(tr("Revert"), this, &ProfileEditor::revert);
    bar->addSeparator();
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    m_duplicateAction = bar->addAction(tr("Duplicate to edit"), this, &ProfileEditor::duplicateToEdit);
    layout->addWidget(bar);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("editorBanner"));
    m_banner->setWordWrap(true);
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(this);
    m_tree = new QTreeView(m_tabs);
    m_tree->setObjectName(QStringLiteral("profileTree"));
    m_tree->setAccessibleName(tr("Profile fields"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new FieldDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->resizeSection(ProfileTreeModel::Field, 220);
    m_tree->header()->resizeSection(ProfileTreeModel::Value, 320);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ProfileEditor::showContextMenu);
    m_tabs->addTab(m_tree, tr("Form"));
    m_json = new QPlainTextEdit(m_tabs);
    m_json->setObjectName(QStringLiteral("profileJson"));
    m_json->setAccessibleName(tr("Profile as JSON"));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_json, tr("JSON"));
    layout->addWidget(m_tabs, 1);
    m_jsonTimer.setSingleShot(true);
    m_jsonTimer.setInterval(300);
    connect(&m_jsonTimer, &QTimer::timeout, this, &ProfileEditor::onJsonEdited);
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            m_jsonTimer.start();
    });

    m_problemList = new QListWidget(this);
    m_problemList->setItemDelegate(new ElidedTextDelegate(m_problemList));
    m_problemList->setObjectName(QStringLiteral("profileProblems"));
    m_problemList->setMaximumHeight(120);
    m_problemList->setWordWrap(true);
    m_problemList->setAccessibleName(tr("Problems"));
    connect(m_problemList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QModelIndex at = m_model->indexOfPath(item->data(Qt::UserRole).toString());
        if (!at.isValid())
            return;
        m_tabs->setCurrentWidget(m_tree);
        m_tree->scrollTo(at);
        m_tree->setCurrentIndex(at.siblingAtColumn(ProfileTreeModel::Value));
    });
    layout->addWidget(m_problemList);
    connect(m_undo, &QUndoStack::cleanChanged, this, &ProfileEditor::updateTitle);
    newProfile();
}

ProfileEditor::~ProfileEditor()
{
    // The undo stack goes with the widget's children and says it is clean as it goes: by then
    // this editor is half destroyed and must not hear it.
    disconnect(m_undo, nullptr, this, nullptr);
}

const QJsonObject &ProfileEditor::document() const
{
    return m_model->document();
}

bool ProfileEditor::isDirty() const
{
    return !m_undo->isClean();
}

bool ProfileEditor::open(const QString &source)
{
    const bool builtin = source.startsWith(QLatin1String("builtin:"));
    const QString file = builtin ? ProfileLoader::builtinPath(source.mid(8)) : source;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        m_problems = {tr("%1 cannot be read: %2").arg(source, f.errorString())};
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(JsonComments::blank(f.readAll()).json, &error);
    if (!doc.isObject()) {
        m_problems = {tr("%1 is not a JSON object (%2); open it in a text editor first").arg(source, error.errorString())};
        return false;
    }
    m_path = builtin ? QString() : source;
    m_name = builtin ? source : QFileInfo(source).fileName();
    m_readOnly = builtin;
    m_saved = doc.object();
    m_undo->clear();
    display(m_saved);
    m_tree->expandToDepth(0);
    return true;
}

void ProfileEditor::newProfile()
{
    m_path.clear();
    m_name = tr("new profile");
    m_readOnly = false;
    m_saved = QJsonObject{
        {QStringLiteral("format"), QStringLiteral("tunnelscope-profile/1")},
        {QStringLiteral("name"), QStringLiteral("my-tunnel")},
        {QStringLiteral("direct"), QJsonObject{{QStringLiteral("url"), QStringLiteral("ws://127.0.0.1:8123/api/websocket")}}},
        {QStringLiteral("tunnel"), QJsonObject{{QStringLiteral("url"), QStringLiteral("wss://example.invalid/api/websocket")}}},
        {QStringLiteral("steps"),
         QJsonArray{QJsonObject{{QStringLiteral("send"), QStringLiteral("hello")}, {QStringLiteral("wait_ms"), 500}},
                    QJsonObject{{QStringLiteral("close"), 1000}}}}};
    m_undo->clear();
    display(m_saved);
    m_tree->expandAll();
}

void ProfileEditor::apply(const QJsonObject &document, const QString &what)
{
    if (m_readOnly || document == m_model->document())
        return;
    m_undo->push(new Change(this, m_model->document(), document, what));
}

void ProfileEditor::display(const QJsonObject &document)
{
    // What was open in the form stays open.
    QStringList expanded;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            if (m_tree->isExpanded(i)) {
                expanded << i.data(ProfileTreeModel::PathRole).toString();
                walk(i);
            }
        }
    };
    walk(QModelIndex());
    m_model->setDocument(document);
    m_model->setReadOnly(m_readOnly);
    for (const QString &path : std::as_const(expanded))
        m_tree->expand(m_model->indexOfPath(path));
    // The JSON tab follows, unless it is what changed (its cursor stays where it was).
    if (!m_json->hasFocus()) {
        m_showing = true;
        m_json->setPlainText(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
        m_showing = false;
    }
    m_json->setReadOnly(m_readOnly);
    validate();
    updateTitle();
}

void ProfileEditor::validate()
{
    const ProfileLoader::Result r
        = ProfileLoader::parse(QJsonDocument(m_model->document()).toJson(QJsonDocument::Compact), QStringLiteral("profile"));
    m_problems.clear();
    QHash<QString, QString> byPath;
    m_problemList->clear();
    for (QString problem : r.problems) {
        if (problem.startsWith(QLatin1String("profile: ")))
            problem = problem.mid(9);
        m_problems << problem;
        const auto [path, words] = splitProblem(problem);
        if (!path.isEmpty())
            byPath.insert(path, byPath.contains(path) ? byPath.value(path) + QLatin1Char('\n') + words : words);
        auto *item = new QListWidgetItem(problem, m_problemList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(problem);
    }
    m_model->setProblems(byPath);
    if (m_problems.isEmpty())
        new QListWidgetItem(tr("No problem: this profile is what `tunnelscope validate` accepts."), m_problemList);
}

void ProfileEditor::onJsonEdited()
{
    if (m_readOnly)
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(JsonComments::blank(m_json->toPlainText().toUtf8()).json, &error);
    if (!doc.isObject()) {
        m_problemList->clear();
        m_problemList->addItem(doc.isNull() ? tr("JSON tab: not JSON at offset %1: %2").arg(error.offset).arg(error.errorString())
                                            : tr("JSON tab: a profile is a JSON object { … }"));
        return;
    }
    apply(doc.object(), tr("Edit the JSON"));
}

void ProfileEditor::showContextMenu(const QPoint &at)
{
    if (m_readOnly)
        return;
    const QModelIndex index = m_tree->indexAt(at).siblingAtColumn(0);
    QMenu menu(this);
    const QModelIndex container = index.isValid() ? index : QModelIndex();
    const QStringList missing = m_model->missingFields(container);
    if (!missing.isEmpty() || !container.isValid()) {
        QMenu *add = menu.addMenu(tr("Add field"));
        const QStringList fields = container.isValid() ? missing : m_model->missingFields(QModelIndex());
        for (const QString &field : fields)
            add->addAction(field, this,
                           [this, container, field] { apply(m_model->withField(container, field), tr("Add %1").arg(field)); });
    }
    if (const QJsonObject withItem = m_model->withItem(container); !withItem.isEmpty())
        menu.addAction(tr("Add item"), this, [this, withItem] { apply(withItem, tr("Add an item")); });
    if (index.isValid())
        menu.addAction(tr("Remove %1").arg(index.data(ProfileTreeModel::PathRole).toString()), this, [this, index] {
            apply(m_model->without(index), tr("Remove %1").arg(index.data(ProfileTreeModel::PathRole).toString()));
        });
    if (!menu.isEmpty())
        menu.exec(m_tree->viewport()->mapToGlobal(at));
}

void ProfileEditor::updateTitle()
{
    setWindowTitle(
        tr("%1[*]%2 — Tunnelscope profile editor")
            .arg(m_path.isEmpty() ? m_name : QFileInfo(m_path).fileName(), m_readOnly ? tr(" (read-only)") : QString()));
    setWindowModified(isDirty());
    m_saveAction->setEnabled(!m_readOnly);
    m_duplicateAction->setVisible(m_readOnly);
    m_banner->setText(m_readOnly ? tr("A built-in profile is read-only: Duplicate to edit makes a copy of your own.")
                                 : QString());
    m_banner->setVisible(m_readOnly);
}

void ProfileEditor::duplicateToEdit()
{
    QJsonObject copy = m_model->document();
    copy.insert(QStringLiteral("name"), copy.value(QStringLiteral("name")).toString() + QStringLiteral("-copy"));
    m_readOnly = false;
    m_path.clear();
    m_name = copy.value(QStringLiteral("name")).toString();
    m_saved = QJsonObject();
    m_undo->clear();
    display(copy);
    m_undo->resetClean();
}

bool ProfileEditor::writeTo(const QString &path)
{
    const QByteArray text = QJsonDocument(m_model->document()).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Save the profile"), tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    m_path = path;
    m_saved = m_model->document();
    m_undo->setClean();
    updateTitle();
    Q_EMIT saved(path);
    return true;
}

bool ProfileEditor::save()
{
    if (m_readOnly)
        return false;
    if (m_path.isEmpty()) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the profile"), m_name + QStringLiteral(".json"),
                                                          tr("Profiles (*.json)"));
        return !path.isEmpty() && writeTo(path);
    }
    return writeTo(m_path);
}

bool ProfileEditor::saveAs(const QString &path)
{
    return !m_readOnly && writeTo(path);
}

void ProfileEditor::revert()
{
    if (!isDirty())
        return;
    apply(m_saved.isEmpty() ? m_model->document() : m_saved, tr("Revert"));
    m_undo->setClean();
}

void ProfileEditor::closeEvent(QCloseEvent *event)
{
    if (isDirty()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to %1?").arg(m_name),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace tunnelscope
