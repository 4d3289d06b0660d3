#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QVariantList>

#include <memory>
#include <vector>

namespace tunnelscope {

// A profile as a tree of fields for the profile editor's form: each field with its value and
// what the profile schema says about it (its description, its type, the values it may take),
// and the problems validation found at it, by the same JSON path `tunnelscope validate`
// prints. The model never changes the profile itself: an edit asks for a new document
// (changeRequested), which the editor puts on its undo stack and hands back (setDocument).
class ProfileTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Field, Value, About, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, SchemaRole };

    explicit ProfileTreeModel(const QJsonObject &schema, QObject *parent = nullptr);
    ~ProfileTreeModel() override;

    void setDocument(const QJsonObject &document);
    const QJsonObject &document() const { return m_document; }
    void setReadOnly(bool readOnly);
    // Problems by JSON path ("$.lab.faults[0].kind"); a field shows its own and says how many
    // its children have.
    void setProblems(const QHash<QString, QString> &problems);
    QModelIndex indexOfPath(const QString &path) const;

    // The schema of the field at `index` ($ref followed).
    QJsonObject schemaAt(const QModelIndex &index) const;
    // What a field may gain: the schema's properties it lacks (an object), or an item (an array).
    QStringList missingFields(const QModelIndex &index) const;
    // New documents for the structural edits; empty when the edit does not apply.
    QJsonObject withField(const QModelIndex &object, const QString &key) const;
    QJsonObject withItem(const QModelIndex &array) const;
    QJsonObject without(const QModelIndex &index) const;
    // A value the schema would accept to start from: its default, its first choice, or an
    // empty value of its type with the required fields filled in.
    QJsonValue startingValue(const QJsonObject &schema) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // An edit made in the form: the whole profile as it would be, and what changed, in words.
    void changeRequested(const QJsonObject &document, const QString &what);

private:
    struct Node;
    void build(Node *node, const QJsonValue &value, const QJsonObject &schema);
    Node *nodeOf(const QModelIndex &index) const;
    QJsonObject resolve(const QJsonObject &schema) const;
    QJsonObject childSchema(const QJsonObject &schema, const QVariant &step) const;
    static QJsonValue replaced(const QJsonValue &root, const QVariantList &steps, qsizetype at, const QJsonValue *value);
    QString problemsBelow(const Node *node) const;
    static QString about(const Node *node);

    QJsonObject m_schema;
    QJsonObject m_document;
    std::unique_ptr<Node> m_root;
    QHash<QString, QString> m_problems;
    bool m_readOnly = false;
};

} // namespace tunnelscope
