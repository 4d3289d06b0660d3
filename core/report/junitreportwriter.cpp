#include "junitreportwriter.h"
#include "runclock.h"

#include "comparisonreport.h"

#include <QDateTime>
#include <QXmlStreamWriter>
#include <algorithm>

namespace tunnelscope {

namespace {
// XML 1.0 cannot carry most control characters, even escaped; a hostile payload must not
// make the file unreadable.
QString xmlSafe(QString s)
{
    for (QChar &c : s)
        if ((c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            c = QChar(0xFFFD);
    return s;
}
} // namespace

void JUnitReportWriter::write(const ComparisonReport &report, QIODevice *device)
{
    const SecretRedactor &r = report.redactor();
    int failures = 0;
    double totalSeconds = 0;
    QList<QStringList> failureTexts;
    QList<double> durations;
    for (std::size_t i = 0; i < report.runs().size(); ++i) {
        QStringList texts;
        for (const Finding &f : report.findings(qsizetype(i)))
            if (f.severity != Finding::Severity::Info)
                texts << xmlSafe(
                    QStringLiteral("[%1] %2: %3").arg(Finding::severityName(f.severity), f.kind, r.redact(f.summary.english())));
        failures += texts.isEmpty() ? 0 : 1;
        failureTexts << texts;
        const RunRecord &run = *report.runs()[i];
        qint64 lastUs = 0;
        for (const PathRecord *p : {&run.direct, &run.tunnel})
            if (!p->frames.isEmpty())
                lastUs = std::max(lastUs, p->frames.at(p->frames.count() - 1).tUs);
        durations << RunClock::toSeconds(lastUs);
        totalSeconds += durations.last();
    }

    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("tunnelscope.") + xmlSafe(r.redact(report.profile().name)));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(report.runs().size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"),
                       QString::number(std::count_if(report.runs().begin(), report.runs().end(),
                                                     [](const auto &run) { return run->interrupted; })));
    xml.writeAttribute(QStringLiteral("time"), QString::number(totalSeconds, 'f', 3));
    xml.writeAttribute(QStringLiteral("timestamp"),
                       QDateTime::fromMSecsSinceEpoch(report.startedEpochMs()).toString(Qt::ISODate));
    if (!report.tlsWarnings().isEmpty()) {
        // CI pages show a suite's properties and its system-err beside the test cases.
        xml.writeStartElement(QStringLiteral("properties"));
        for (const Sentence &t : report.tlsWarnings()) {
            xml.writeStartElement(QStringLiteral("property"));
            xml.writeAttribute(QStringLiteral("name"), QStringLiteral("warning"));
            xml.writeAttribute(QStringLiteral("value"), xmlSafe(r.redact(t.english())));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    for (std::size_t i = 0; i < report.runs().size(); ++i) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"),
                           QStringLiteral("tunnelscope.") + xmlSafe(r.redact(report.profile().name)));
        const RunRecord &run = *report.runs()[i];
        xml.writeAttribute(QStringLiteral("name"),
                           QStringLiteral("run %1").arg(run.index + 1)
                               + (run.tunnelName.isEmpty() ? QString() : QStringLiteral(" via ") + run.tunnelName)
                               + (run.identity.isEmpty() ? QString() : QStringLiteral(" as ") + run.identity));
        xml.writeAttribute(QStringLiteral("time"), QString::number(durations[qsizetype(i)], 'f', 3));
        const QStringList &texts = failureTexts[qsizetype(i)];
        if (report.runs()[i]->interrupted) {
            xml.writeStartElement(QStringLiteral("skipped"));
            xml.writeAttribute(QStringLiteral("message"), QStringLiteral("interrupted before it ended: not judged"));
            xml.writeEndElement();
        } else if (!texts.isEmpty()) {
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("message"), texts.first());
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("tunnel"));
            xml.writeCharacters(texts.join(QLatin1Char('\n')));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    if (!report.tlsWarnings().isEmpty()) {
        QStringList lines;
        for (const Sentence &t : report.tlsWarnings())
            lines << QStringLiteral("warning: ") + xmlSafe(r.redact(t.english()));
        xml.writeTextElement(QStringLiteral("system-err"), lines.join(QLatin1Char('\n')));
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
}

} // namespace tunnelscope
