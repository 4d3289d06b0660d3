#pragma once

#include "framefilter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace tunnelscope {

class FilteredFrameModel;
class FrameTableModel;

// Applies a FrameFilter to both frame lists without stalling the window: it walks the rows in
// slices of at most SliceMs on the GUI thread (a repaint of the lists after new matches takes about as long again), hands each
// list the rows it keeps after every slice (the first matches show at once), and yields to the event loop in between. Rows a live
// run adds are judged as they come. Aligned, a row stays when either path's frame on it matches, so both lists keep the same rows
// and stay in step.
class FrameFilterRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int SliceMs = 6;
    static constexpr int FirstSliceMs = 4;
    static constexpr int FlushMs = 100;

    FrameFilterRunner(FilteredFrameModel *direct, FilteredFrameModel *tunnel, QObject *parent = nullptr);

    // An empty filter shows every row. `flagged`: frames a finding points at, per path.
    void setFilter(const FrameFilter &filter);
    void setFlagged(const QSet<qsizetype> &direct, const QSet<qsizetype> &tunnel);
    const FrameFilter &filter() const { return m_filter; }
    bool isRunning() const { return m_slice.isActive(); }
    // Rows judged so far, of how many, and how many were kept (the most of the two lists).
    qsizetype scanned() const { return std::max(m_next[0], m_next[1]); }
    qsizetype total() const;
    qsizetype matches() const { return m_matches; }

Q_SIGNALS:
    // After every slice, and once more when the scan is through.
    void progress(qsizetype matches, qsizetype scanned, qsizetype total);

private:
    void restart();
    void runSlice();
    void flush();
    bool keeps(const FrameTableModel *model, bool tunnel, int row) const;

    FilteredFrameModel *m_direct;
    FilteredFrameModel *m_tunnel;
    FrameFilter m_filter;
    QSet<qsizetype> m_flagged[2];
    QTimer m_slice;
    qsizetype m_next[2] = {0, 0};  // per list: the first row not judged yet
    qsizetype m_matches = 0;       // rows the lists hold
    std::vector<int> m_pending[2]; // found, not handed to the lists yet
    bool m_flushed = false;        // the first matches went out
    QElapsedTimer m_sinceFlush;
    int m_budgetMs = SliceMs;
};

} // namespace tunnelscope
