#include "sessioncomposer.h"

#include "messagematcher.h"
#include "protocol.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QVBoxLayout>

namespace tunnelscope {

namespace {

constexpr qsizetype MaxBinaryFileBytes = 16 << 20;

// "line 3, column 7" of a JSON parse error's offset, as an editor counts them.
QString positionOf(const QString &text, int offset)
{
    const QString before = QString::fromUtf8(text.toUtf8().left(offset));
    const qsizetype line = before.count(QLatin1Char('\n')) + 1;
    const qsizetype column = before.size() - before.lastIndexOf(QLatin1Char('\n'));
    return QObject::tr("line %1, column %2").arg(line).arg(column);
}

// Hex digits, any spaces, colons or line breaks between bytes; false on anything else.
bool parseHex(const QString &text, QByteArray *out)
{
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        digits = digits.mid(2);
    static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2})*$"));
    if (!hex.match(digits).hasMatch())
        return false;
    *out = QByteArray::fromHex(digits.toLatin1());
    return true;
}

} // namespace

SessionComposer::SessionComposer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionComposer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // How to connect.
    auto *connection = new QHBoxLayout;
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("sessionProtocol"));
    m_protocol->setAccessibleName(tr("Protocol adapter"));
    m_protocol->setToolTip(tr("What answers for you: Home Assistant's auth, Socket.IO's pings (raw: nothing)"));
    for (const QString &name : Protocol::names())
        m_protocol->addItem(name, name);
    m_labEndpoint = new QComboBox(this);
    m_labEndpoint->setObjectName(QStringLiteral("sessionLab"));
    m_labEndpoint->setAccessibleName(tr("Lab endpoint"));
    m_labEndpoint->setToolTip(tr("With no URL in the profile bar: the lab endpoint to talk to, through the lab's tunnel"));
    for (const char *e : {"echo", "homeassistant", "socketio", "chat", "comfyui"})
        m_labEndpoint->addItem(QLatin1String(e), QLatin1String(e));
    m_paths = new QComboBox(this);
    m_paths->setObjectName(QStringLiteral("sessionPaths"));
    m_paths->setAccessibleName(tr("Paths to connect"));
    m_paths->setToolTip(tr("Connect both paths and compare them, or one alone to talk to it (nothing is compared)"));
    m_paths->addItem(tr("both paths"), int(Target::Both));
    m_paths->addItem(tr("direct only"), int(Target::Direct));
    m_paths->addItem(tr("tunnel only"), int(Target::Tunnel));
    m_subprotocols = new QLineEdit(this);
    m_subprotocols->setObjectName(QStringLiteral("sessionSubprotocols"));
    m_subprotocols->setAccessibleName(tr("Subprotocols"));
    m_subprotocols->setPlaceholderText(tr("subprotocols, comma-separated"));
    m_connect = new QPushButton(tr("Connect"), this);
    m_connect->setObjectName(QStringLiteral("sessionConnect"));
    m_connect->setToolTip(tr("Open the paths: the URLs in the profile bar, or the lab's (Ctrl+Shift+Return)"));
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    connect(m_connect, &QPushButton::clicked, this,
            [this] { m_connected ? Q_EMIT disconnectRequested() : Q_EMIT connectRequested(); });
    m_headers = new QPlainTextEdit(this);
    m_headers->setObjectName(QStringLiteral("sessionHeaders"));
    m_headers->setAccessibleName(tr("Upgrade headers"));
    m_headers->setPlaceholderText(tr("Upgrade headers, one per line: Name: value ({{secrets.NAME}} allowed)"));
    m_headers->setToolTip(m_headers->placeholderText());
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 2 + 10);
    m_headers->setTabChangesFocus(true);
    m_subprotocols->setMaximumWidth(260);
    connection->addWidget(new QLabel(tr("Protocol"), this));
    connection->addWidget(m_protocol);
    connection->addWidget(new QLabel(tr("Lab"), this));
    connection->addWidget(m_labEndpoint);
    connection->addWidget(m_paths);
    connection->addWidget(m_subprotocols);
    connection->addWidget(m_headers, 1);
    connection->addWidget(m_connect);
    layout->addLayout(connection);

    // What to send.
    auto *compose = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("sessionKind"));
    m_kind->setAccessibleName(tr("Kind of message"));
    m_kind->addItem(tr("Text"), int(Kind::Text));
    m_kind->addItem(tr("JSON"), int(Kind::Json));
    m_kind->addItem(tr("Binary (hex)"), int(Kind::Binary));
    m_kind->addItem(tr("Ping"), int(Kind::Ping));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("sessionTarget"));
    m_target->setAccessibleName(tr("Send to"));
    m_target->addItem(tr("to both paths"), int(Target::Both));
    m_target->addItem(tr("to the direct path"), int(Target::Direct));
    m_target->addItem(tr("to the tunnel path"), int(Target::Tunnel));
    m_pretty = new QPushButton(tr("Pretty"), this);
    m_pretty->setToolTip(tr("Indent the JSON"));
    connect(m_pretty, &QPushButton::clicked, this, &SessionComposer::prettyPrint);
    m_file = new QPushButton(tr("File…"), this);
    m_file->setToolTip(tr("Send a file's bytes as one binary message"));
    connect(m_file, &QPushButton::clicked, this, &SessionComposer::loadFile);
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("sessionSend"));
    m_send->setToolTip(tr("Send (Ctrl+Return); Up and Down recall what was sent"));
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_send, &QPushButton::clicked, this, &SessionComposer::send);
    m_save = new QPushButton(tr("Save as profile…"), this);
    m_save->setObjectName(QStringLiteral("sessionSave"));
    m_save->setToolTip(tr("A profile that plays what was sent here, with the waits between, for run and CI"));
    connect(m_save, &QPushButton::clicked, this, &SessionComposer::saveRequested);
    compose->addWidget(m_kind);
    compose->addWidget(m_target);
    compose->addWidget(m_pretty);
    compose->addWidget(m_file);
    compose->addStretch(1);
    compose->addWidget(m_save);
    compose->addWidget(m_send);
    layout->addLayout(compose);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("sessionEditor"));
    m_editor->setAccessibleName(tr("Message to send"));
    m_editor->setFixedHeight(m_editor->fontMetrics().lineSpacing() * 4 + 12);
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    layout->addWidget(m_editor);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("sessionProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &SessionComposer::checkInput);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SessionComposer::checkInput);
    setConnected(false);
}

QJsonObject SessionComposer::connectionProfile(const QString &directUrl, const QString &tunnelUrl, QString *problem) const
{
    QJsonObject headers;
    const QStringList lines = m_headers->toPlainText().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *problem = tr("Header line %1 (\"%2\") has no name: write Name: value").arg(i + 1).arg(line);
            return {};
        }
        headers.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    QJsonObject profile{{QStringLiteral("format"), QStringLiteral("tunnelscope-profile/1")},
                        {QStringLiteral("name"), QStringLiteral("interactive")},
                        {QStringLiteral("description"), tr("Recorded by hand in Tunnelscope's interactive session")},
                        {QStringLiteral("protocol"), m_protocol->currentData().toString()}};
    if (!headers.isEmpty())
        profile.insert(QStringLiteral("headers"), headers);
    QJsonArray subprotocols;
    for (const QString &s : m_subprotocols->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            subprotocols.append(s.trimmed());
    if (!subprotocols.isEmpty())
        profile.insert(QStringLiteral("subprotocols"), subprotocols);
    // A URL typed for a path is that path's; a path to open without one is the lab's.
    if (!directUrl.isEmpty())
        profile.insert(QStringLiteral("direct"), QJsonObject{{QStringLiteral("url"), directUrl}});
    if (!tunnelUrl.isEmpty())
        profile.insert(QStringLiteral("tunnel"), QJsonObject{{QStringLiteral("url"), tunnelUrl}});
    const Target open = paths();
    if ((open != Target::Tunnel && directUrl.isEmpty()) || (open != Target::Direct && tunnelUrl.isEmpty()))
        profile.insert(QStringLiteral("lab"), QJsonObject{{QStringLiteral("endpoint"), m_labEndpoint->currentData().toString()}});
    return profile;
}

void SessionComposer::setConnected(bool connected)
{
    m_connected = connected;
    m_connect->setText(connected ? tr("Disconnect") : tr("Connect"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_protocol, m_labEndpoint, m_paths, m_subprotocols, m_headers})
        w->setEnabled(!connected);
    // One path connected: every send goes to it.
    const Target only = paths();
    if (connected && only != Target::Both)
        m_target->setCurrentIndex(m_target->findData(int(only)));
    m_target->setEnabled(!connected || only == Target::Both);
    checkInput();
}

SessionComposer::Target SessionComposer::paths() const
{
    return Target(m_paths->currentData().toInt());
}

void SessionComposer::setPaths(Target paths)
{
    m_paths->setCurrentIndex(m_paths->findData(int(paths)));
}

SessionComposer::Target SessionComposer::target() const
{
    return Target(m_target->currentData().toInt());
}

void SessionComposer::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void SessionComposer::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

QJsonObject SessionComposer::composedStep(QString *problem) const
{
    const QString text = m_editor->toPlainText();
    switch (Kind(m_kind->currentData().toInt())) {
    case Kind::Text:
        return {{QStringLiteral("send"), text}};
    case Kind::Json: {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(text).toUtf8(), &error);
        if (text.trimmed().isEmpty() || error.error != QJsonParseError::NoError || doc.array().size() != 1) {
            // The offset is into "[text]": one character to the left in what was typed.
            *problem = text.trimmed().isEmpty()
                ? tr("Type a JSON value to send")
                : tr("Not JSON at %1: %2").arg(positionOf(text, std::max(0, error.offset - 1)), error.errorString());
            return {};
        }
        const QJsonValue value = doc.array().at(0);
        // An object or an array goes as its compact JSON text; a bare string, number or
        // literal as its JSON text too (a step's plain string would drop the quotes).
        if (value.isObject() || value.isArray())
            return {{QStringLiteral("send"), value}};
        return {{QStringLiteral("send"),
                 QJsonObject{
                     {QStringLiteral("text"),
                      QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)}}}};
    }
    case Kind::Binary: {
        QByteArray bytes;
        if (!parseHex(text, &bytes)) {
            *problem = tr("Binary is written as hex bytes (00 ff 1a…); or send a file with File…");
            return {};
        }
        return {{QStringLiteral("send"), QJsonObject{{QStringLiteral("binary_base64"), QString::fromLatin1(bytes.toBase64())}}}};
    }
    case Kind::Ping:
        if (text.toUtf8().size() > 125) {
            *problem = tr("A ping carries at most 125 bytes (RFC 6455 §5.5); this is %1").arg(text.toUtf8().size());
            return {};
        }
        return {{QStringLiteral("ping"), text}, {QStringLiteral("timeout_ms"), 2000}};
    }
    return {};
}

void SessionComposer::checkInput()
{
    const Kind kind = Kind(m_kind->currentData().toInt());
    m_pretty->setVisible(kind == Kind::Json);
    m_file->setVisible(kind == Kind::Binary);
    QString problem;
    const bool empty = m_editor->toPlainText().isEmpty() && kind != Kind::Text && kind != Kind::Ping;
    if (!empty)
        composedStep(&problem);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_send->setEnabled(m_connected && problem.isEmpty() && !empty);
}

void SessionComposer::prettyPrint()
{
    const QJsonDocument doc = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8());
    if (!doc.isNull())
        m_editor->setPlainText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
}

void SessionComposer::loadFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send a file"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > MaxBinaryFileBytes || !file.open(QIODevice::ReadOnly)) {
        m_problem->setText(file.size() > MaxBinaryFileBytes ? tr("%1 is larger than 16 MiB").arg(path)
                                                            : tr("%1 cannot be read: %2").arg(path, file.errorString()));
        m_problem->show();
        return;
    }
    m_editor->setPlainText(QString::fromLatin1(file.readAll().toHex(' ')));
}

void SessionComposer::send()
{
    QString problem;
    const QJsonObject step = composedStep(&problem);
    if (!problem.isEmpty() || !m_connected)
        return;
    const QString text = m_editor->toPlainText();
    if (!text.isEmpty() && (m_history.isEmpty() || m_history.last() != text))
        m_history.append(text);
    m_recalled = -1;
    Q_EMIT sendRequested(step, target());
}

// Up on the first line and Down on the last walk the history, as a shell's prompt does.
bool SessionComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QTextCursor cursor = m_editor->textCursor();
        if (key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier && cursor.blockNumber() == 0) {
            recall(-1);
            return true;
        }
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier
            && cursor.blockNumber() == m_editor->document()->blockCount() - 1 && m_recalled >= 0) {
            recall(1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SessionComposer::recall(int step)
{
    if (m_history.isEmpty())
        return;
    if (m_recalled < 0) {
        if (step > 0)
            return;
        m_draft = m_editor->toPlainText();
        m_recalled = m_history.size();
    }
    m_recalled = std::clamp<qsizetype>(m_recalled + step, 0, m_history.size());
    const bool backToDraft = m_recalled == m_history.size();
    m_editor->setPlainText(backToDraft ? m_draft : m_history.at(m_recalled));
    if (backToDraft)
        m_recalled = -1;
    m_editor->moveCursor(QTextCursor::End);
}

} // namespace tunnelscope
