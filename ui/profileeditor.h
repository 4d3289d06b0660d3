#pragma once

#include <QHash>
#include <QJsonObject>
#include <QTimer>
#include <QUndoCommand>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTreeView;
class QUndoStack;
class QAction;

namespace tunnelscope {

class ProfileTreeModel;

// Writing a profile in a form rather than a text file: the profile's fields as a tree (each
// with the schema's description, a list of the values it may take where there are few), a
// JSON tab kept in step, validation as you type with every problem at its field and by its
// JSON path, undo and redo, Save / Save As / Revert and the dirty state in the title.
// Built-in profiles open read-only, with "Duplicate to edit".
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget *parent = nullptr);
    ~ProfileEditor() override;

    // A .json file or builtin:NAME. False with the reason in problems() when it cannot be read.
    bool open(const QString &source);
    // A new profile to start from (as `tunnelscope init` writes one, without its comments).
    void newProfile();
    bool save();
    bool saveAs(const QString &path);
    void revert();
    void duplicateToEdit();

    const QJsonObject &document() const;
    QString fileName() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    bool isDirty() const;
    // Each problem found, "$.path: what", as `tunnelscope validate` prints it.
    QStringList problems() const { return m_problems; }
    ProfileTreeModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }

Q_SIGNALS:
    void saved(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    class Change;
    void apply(const QJsonObject &document, const QString &what);
    void display(const QJsonObject &document);
    void validate();
    void onJsonEdited();
    void showContextMenu(const QPoint &at);
    void updateTitle();
    bool writeTo(const QString &path);

    ProfileTreeModel *m_model;
    QTreeView *m_tree;
    QPlainTextEdit *m_json;
    QTabWidget *m_tabs;
    QListWidget *m_problemList;
    QLabel *m_banner;
    QUndoStack *m_undo;
    QAction *m_saveAction;
    QAction *m_duplicateAction;
    QTimer m_jsonTimer; // the JSON tab is read once typing pauses
    QString m_path;     // empty: not saved yet (a new profile, a duplicate)
    QString m_name;     // for the title
    QJsonObject m_saved;
    QStringList m_problems;
    bool m_readOnly = false;
    bool m_showing = false; // the JSON tab is being filled, not typed into
    friend class Change;
};

} // namespace tunnelscope
