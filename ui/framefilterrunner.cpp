#include "framefilterrunner.h"

#include "filteredframemodel.h"
#include "frametablemodel.h"
#include "pathrecord.h"
#include "secretredactor.h"

#include <algorithm>
#include <vector>

namespace tunnelscope {

FrameFilterRunner::FrameFilterRunner(FilteredFrameModel *direct, FilteredFrameModel *tunnel, QObject *parent)
    : QObject(parent), m_direct(direct), m_tunnel(tunnel)
{
    m_slice.setSingleShot(true);
    m_slice.setInterval(0);
    connect(&m_slice, &QTimer::timeout, this, &FrameFilterRunner::runSlice);
    for (FilteredFrameModel *model : {direct, tunnel}) {
        // A new run, a new alignment: judge it all again. New live rows: judge them.
        connect(model->frames(), &QAbstractItemModel::modelReset, this, &FrameFilterRunner::restart);
        connect(model->frames(), &QAbstractItemModel::rowsInserted, this, [this] {
            if (!m_filter.isEmpty() && !m_slice.isActive())
                m_slice.start();
        });
    }
}

void FrameFilterRunner::setFilter(const FrameFilter &filter)
{
    m_filter = filter;
    restart();
}

void FrameFilterRunner::setFlagged(const QSet<qsizetype> &direct, const QSet<qsizetype> &tunnel)
{
    m_flagged[0] = direct;
    m_flagged[1] = tunnel;
    if (!m_filter.isEmpty())
        restart();
}

qsizetype FrameFilterRunner::total() const
{
    return std::max(m_direct->frames()->rowCount(), m_tunnel->frames()->rowCount());
}

void FrameFilterRunner::restart()
{
    m_slice.stop();
    m_next[0] = m_next[1] = 0;
    m_matches = 0;
    m_pending[0].clear();
    m_pending[1].clear();
    m_flushed = false;
    if (m_filter.isEmpty()) {
        for (FilteredFrameModel *model : {m_direct, m_tunnel})
            if (!model->isShowingAll())
                model->showAll();
        Q_EMIT progress(total(), total(), total());
        return;
    }
    m_direct->showNone();
    m_tunnel->showNone();
    // A short first slice at once, and what it found: a short list is filtered before this
    // returns, a long one shows its first matches with the keystroke that asked.
    m_budgetMs = FirstSliceMs;
    runSlice();
    m_budgetMs = SliceMs;
    if (!m_flushed && (!m_pending[0].empty() || !m_pending[1].empty()))
        runSlice();
}

bool FrameFilterRunner::keeps(const FrameTableModel *model, bool tunnel, int row) const
{
    if (row >= model->rowCount())
        return false;
    const qsizetype frame = model->frameAt(row);
    const PathRecord *path = model->path();
    if (frame < 0 || !path)
        return false;
    FrameFilter::Subject s;
    s.frame = path->frames.at(frame);
    s.flagged = !model->statusAt(row).isEmpty() || m_flagged[tunnel ? 1 : 0].contains(frame);
    s.connection = path->connectionOf(frame);
    return m_filter.matches(s, *model->redactor());
}

void FrameFilterRunner::runSlice()
{
    const FrameTableModel *direct = m_direct->frames();
    const FrameTableModel *tunnel = m_tunnel->frames();
    const bool aligned = direct->isAligned() && tunnel->isAligned();
    const bool more = m_next[0] < direct->rowCount() || m_next[1] < tunnel->rowCount();
    // Handing rows to the lists makes them repaint, which costs about a slice: the first
    // matches go at once, then at most every FlushMs, each in a turn of its own, so neither
    // a slice nor a repaint holds the window longer than SliceMs.
    const bool flushDue = !m_pending[0].empty() || !m_pending[1].empty();
    if (flushDue && (!m_flushed || !more || m_sinceFlush.elapsed() >= FlushMs)) {
        flush();
        if (more)
            m_slice.start();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    // Judges rows of one list (both, aligned) until the list is through or the slice is up.
    auto walk = [&](int side) {
        const FrameTableModel *model = side == 0 ? direct : tunnel;
        const qsizetype end = model->rowCount();
        while (m_next[side] < end && clock.elapsed() < m_budgetMs) {
            // The clock is read every 64 rows: a row takes microseconds, the check is not free.
            for (const qsizetype stop = std::min(end, m_next[side] + 64); m_next[side] < stop; ++m_next[side]) {
                const int row = int(m_next[side]);
                if (!aligned) {
                    if (keeps(model, side == 1, row))
                        m_pending[side].push_back(row);
                } else if (keeps(direct, false, row) || keeps(tunnel, true, row)) {
                    m_pending[0].push_back(row);
                    m_pending[1].push_back(row);
                }
            }
        }
    };
    walk(0);
    if (aligned)
        m_next[1] = m_next[0];
    else
        walk(1);
    const bool through = m_next[0] >= direct->rowCount() && m_next[1] >= tunnel->rowCount();
    if (through && m_pending[0].empty() && m_pending[1].empty()) {
        Q_EMIT progress(m_matches, scanned(), total());
        return;
    }
    m_slice.start(); // the next slice, or the flush of what this one found
    Q_EMIT progress(m_matches + qsizetype(std::max(m_pending[0].size(), m_pending[1].size())), scanned(), total());
}

void FrameFilterRunner::flush()
{
    m_direct->appendRows(m_pending[0]);
    m_tunnel->appendRows(m_pending[1]);
    m_pending[0].clear();
    m_pending[1].clear();
    m_flushed = true;
    m_sinceFlush.start();
    m_matches = std::max(m_direct->rowCount(), m_tunnel->rowCount());
    Q_EMIT progress(m_matches, scanned(), total());
}

} // namespace tunnelscope
