#pragma once

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

// An independent server written in Node (ws, socket.io), started for a test: it prints
// "PORT <n>" and serves until its standard input closes.
class NodePeer
{
public:
    ~NodePeer() { stop(); }

    // Empty on success; otherwise why the peer cannot run (the test should skip, saying so).
    QString start(const QString &script, const QString &modules, const QString &package)
    {
        QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            node = QStandardPaths::findExecutable(QStringLiteral("nodejs"));
        if (node.isEmpty())
            return QStringLiteral("Node.js is not installed (./test.sh installs it): this interop test did not run");
        if (!QDir(modules + QLatin1Char('/') + package).exists())
            return QStringLiteral("the npm package %1 is not in build/npm (npm was unreachable when ./test.sh ran): this interop "
                                  "test did not run")
                .arg(package);
        m_process.start(node, {script, modules});
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("cannot start node: ") + m_process.errorString();
        for (int i = 0; i < 100 && !m_process.canReadLine(); ++i)
            m_process.waitForReadyRead(100);
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.startsWith("PORT "))
            return QStringLiteral("the node peer did not report its port: ") + QString::fromLatin1(line);
        m_port = quint16(line.mid(5).toUInt());
        return QString();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
    }

    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};
