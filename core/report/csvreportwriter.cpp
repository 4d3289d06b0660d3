#include "csvreportwriter.h"
#include "runclock.h"

#include "comparisonreport.h"
#include "framefilterscope.h"
#include "framepresenter.h"

#include <QIODevice>

namespace tunnelscope {

QString CsvReportWriter::cell(const QString &value)
{
    QString v = value;
    // =, +, -, @ (and tab/CR, which some spreadsheets also honour) start a formula.
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')))
        v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return v;
}

void CsvReportWriter::write(const ComparisonReport &report, QIODevice *device, const FrameFilter &frames)
{
    device->write("run,path,seq,t_ms,dir,type,size,close_code,data\n");
    for (std::size_t r = 0; r < report.runs().size(); ++r) {
        const auto &run = report.runs()[r];
        for (const PathRecord *p : {&run->direct, &run->tunnel}) {
            // With several tunnels: the direct path once per run, each tunnel under its name.
            if (p == &run->direct && run->tunnelName != report.runs().front()->tunnelName)
                continue;
            const QString pathName = p == &run->tunnel && !run->tunnelName.isEmpty() ? run->tunnelName : p->name;
            const bool unverified = (p == &run->tunnel ? report.profile().tunnel : report.profile().direct).ignoreTlsErrors
                && p->url.scheme() == QLatin1String("wss");
            const FrameFilterScope scope(frames, report, qsizetype(r), p == &run->tunnel);
            QByteArray chunk;
            qsizetype connection = -1;
            for (qsizetype i = 0; i < p->frames.count(); ++i) {
                const Frame f = p->frames.at(i);
                while (connection + 1 < p->connections.size() && p->connections.at(connection + 1).firstFrameIndex <= i)
                    ++connection;
                if (!scope.keeps(i))
                    continue;
                FramePresenter::Data data = FramePresenter::data(f, report.redactor());
                if (f.type == FrameType::Open && unverified && connection >= 0) {
                    // The row of the upgrade carries the warning: this connection's TLS proved nothing.
                    const QStringList &ignored = p->connections.at(connection).handshake.tlsWarnings;
                    data.text += ignored.isEmpty() ? QStringLiteral(" [warning: TLS not verified (ignore_tls_errors)]")
                                                   : QStringLiteral(" [warning: TLS errors ignored: %1]")
                                                         .arg(report.redactor().redact(ignored.join(QStringLiteral("; "))));
                }
                const QString line = QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9\n")
                                         .arg(run->index)
                                         .arg(pathName)
                                         .arg(i)
                                         .arg(QString::number(RunClock::toMs(f.tUs), 'f', 3))
                                         .arg(directionName(f.dir), frameTypeName(f.type))
                                         .arg(f.payload.size())
                                         .arg(f.hasCloseCode() ? QString::number(f.closeCode) : QString())
                                         .arg(cell(data.text));
                chunk += line.toUtf8();
                if (chunk.size() > (1 << 16)) {
                    device->write(chunk);
                    chunk.clear();
                }
            }
            device->write(chunk);
        }
    }
}

} // namespace tunnelscope
