#pragma once

#include "latencyhistogram.h"
#include "prometheusexposition.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tunnelscope {

class ComparisonReport;
struct PathRecord;

// The metrics of `tunnelscope watch` (CLI.md, "Metrics"), summed over every run played: each
// series a profile will have is there, as 0, from the first scrape on, so that rates and
// alerts work before the first fault. Labels stay bounded: profiles and paths are the
// watch's own, kinds and severities the tool's, messages the protocol's critical ones, close
// codes 1000–4999 (anything else is "invalid").
class WatchMetrics
{
public:
    // Declares a profile (and its critical messages) before its first run.
    void addProfile(const QString &profile, const QStringList &criticalMessages);
    // Counts the judged runs of one play of `profile`; interrupted runs are left out.
    void addReport(const QString &profile, const ComparisonReport &report, double finishedEpochSeconds);

    QByteArray exposition(PrometheusExposition::Format format = PrometheusExposition::Format::Text) const;

private:
    struct PathMetrics
    {
        bool up = false;
        LatencyHistogram handshake;
        LatencyHistogram delta;
        LatencyHistogram pingRtt;
        QMap<QString, quint64> closes; // by code label
        quint64 reconnects = 0;
        QMap<QString, quint64> delivered; // by message
        QMap<QString, quint64> expected;
    };
    struct ProfileMetrics
    {
        QMap<QString, quint64> runs;                     // by verdict
        QMap<QPair<QString, QString>, quint64> findings; // by kind and severity
        PathMetrics paths[2];
        double lastRunSeconds = 0;
        QStringList messages;
    };

    static void addPath(const PathRecord &record, PathMetrics *path);
    void writeRunFamilies(PrometheusExposition *out) const;
    void writePathFamilies(PrometheusExposition *out) const;

    QMap<QString, ProfileMetrics> m_profiles;
};

} // namespace tunnelscope
