#pragma once

#include "profile.h"

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tunnelscope {

// Talking to an endpoint by hand, as Postman's WebSocket request does: how to connect (the
// protocol, headers, subprotocols, a lab endpoint when no URL is typed), and a composer that
// sends text, JSON (checked as it is typed, pretty-printed on request), binary (hex or a file)
// or a ping to both paths or one, with a history recalled by Up and Down as in a shell. Every
// send becomes a step, in the profile's own form, so the session can be saved as a profile.
class SessionComposer : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Text, Json, Binary, Ping };
    enum class Target { Both, Direct, Tunnel };

    explicit SessionComposer(QWidget *parent = nullptr);

    // The profile (as JSON, as a file would hold it) that connects the session: no steps of
    // its own. Empty with `problem` set when a header line cannot be read.
    QJsonObject connectionProfile(const QString &directUrl, const QString &tunnelUrl, QString *problem) const;
    void setConnected(bool connected);
    // What the editor holds, as a step: empty with `problem` set when it cannot be sent.
    QJsonObject composedStep(QString *problem) const;
    Target target() const;
    // Which paths Connect opens: both (compared), or one alone (Target::Direct or ::Tunnel).
    Target paths() const;
    void setPaths(Target paths);
    void setKind(Kind kind);
    void setText(const QString &text);
    const QStringList &history() const { return m_history; }

Q_SIGNALS:
    void connectRequested();
    void disconnectRequested();
    void sendRequested(const QJsonObject &step, SessionComposer::Target target);
    void saveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void send();
    void checkInput();
    void prettyPrint();
    void loadFile();
    void recall(int step);

    QComboBox *m_protocol;
    QComboBox *m_labEndpoint;
    QComboBox *m_paths;
    QLineEdit *m_subprotocols;
    QPlainTextEdit *m_headers;
    QPushButton *m_connect;
    QComboBox *m_kind;
    QComboBox *m_target;
    QPlainTextEdit *m_editor;
    QLabel *m_problem;
    QPushButton *m_send;
    QPushButton *m_pretty;
    QPushButton *m_file;
    QPushButton *m_save;
    bool m_connected = false;
    QStringList m_history;
    qsizetype m_recalled = -1; // -1: not recalling; else the history entry shown
    QString m_draft;           // what was typed before recalling
};

} // namespace tunnelscope
