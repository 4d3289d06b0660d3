#include "frametablemodel.h"

#include "closepayload.h"
#include "framepresenter.h"
#include "pathrecord.h"
#include "runclock.h"
#include "secretredactor.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <cmath>

namespace tunnelscope {

FrameTableModel::FrameTableModel(bool tunnelSide, QObject *parent) : QAbstractTableModel(parent), m_tunnel(tunnelSide) { }

void FrameTableModel::setLive(const PathRecord *path, const SecretRedactor *redactor)
{
    beginResetModel();
    m_path = path;
    m_other = nullptr;
    m_timeline = nullptr;
    m_redactor = redactor;
    m_rows = 0;
    endResetModel();
    refresh();
}

void FrameTableModel::setAligned(const PathRecord *path, const PathRecord *other, const PairedTimeline *timeline,
                                 const SecretRedactor *redactor)
{
    beginResetModel();
    m_path = path;
    m_other = other;
    m_timeline = timeline;
    m_redactor = redactor;
    m_rows = int(timeline->rows().size());
    endResetModel();
}

void FrameTableModel::clear()
{
    beginResetModel();
    m_path = m_other = nullptr;
    m_timeline = nullptr;
    m_rows = 0;
    endResetModel();
}

void FrameTableModel::refresh()
{
    if (!m_path || m_timeline)
        return;
    const int count = int(m_path->frames.count());
    if (count <= m_rows)
        return;
    // One insertion per refresh, however many frames came in since.
    beginInsertRows(QModelIndex(), m_rows, count - 1);
    m_rows = count;
    endInsertRows();
}

qsizetype FrameTableModel::frameAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return -1;
    if (!m_timeline)
        return row;
    const PairedTimeline::Row &r = m_timeline->rows()[std::size_t(row)];
    return m_tunnel ? r.tunnel : r.direct;
}

int FrameTableModel::rowOfFrame(qsizetype frame) const
{
    if (!m_timeline)
        return frame >= 0 && frame < m_rows ? int(frame) : -1;
    return int(m_timeline->rowOf(m_tunnel, frame));
}

QString FrameTableModel::statusAt(int row) const
{
    if (!m_timeline || row < 0 || row >= m_rows)
        return QString();
    const PairedTimeline::Row &r = m_timeline->rows()[std::size_t(row)];
    if (r.kind != PairedTimeline::Kind::Aligned || r.status == AlignedRow::Status::Matched)
        return QString();
    return AlignedRow::statusName(r.status);
}

int FrameTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int FrameTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FrameTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Number:
        return tr("No.");
    case Time:
        return tr("Time (ms)");
    case Delta:
        return tr("Δ (ms)");
    case Arrow:
        return QString();
    case Type:
        return tr("Type");
    case Size:
        return tr("Size");
    case Preview:
        return m_tunnel ? tr("Tunnel") : tr("Direct");
    default:
        return QVariant();
    }
}

QVariant FrameTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_path || index.row() >= m_rows)
        return QVariant();
    const qsizetype frameIndex = frameAt(index.row());
    const QString status = statusAt(index.row());
    if (role == FrameIndexRole)
        return frameIndex;
    if (role == StatusRole)
        return status;
    if (role == Qt::BackgroundRole || (role == Qt::ForegroundRole && !status.isEmpty())) {
        // A coloured row's text is the ink that reads on its colour, whatever the palette.
        const ThemeColors::Row row = rowOf(status, frameIndex >= 0);
        if (row == ThemeColors::Row::None)
            return QVariant();
        const ThemeColors colors = ThemeColors::current();
        return QBrush(role == Qt::BackgroundRole ? colors.rowBackground(row) : colors.rowText(row));
    }
    if (frameIndex < 0)
        return absentFrameData(index, role);
    const Frame f = m_path->frames.at(frameIndex);
    if (role == Qt::ForegroundRole) {
        if (f.type == FrameType::Error)
            return QBrush(ThemeColors::current().error());
        return QVariant();
    }
    if (role == Qt::FontRole && (f.type == FrameType::Close || f.type == FrameType::Open)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() <= Delta || index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    // The whole payload of an elided preview, as plain text: whatever the server sent, never
    // markup a tooltip would render.
    if (role == Qt::ToolTipRole && index.column() == Preview && f.type != FrameType::Close) {
        const FramePresenter::Data d = FramePresenter::data(f, *m_redactor);
        if (d.base64 || d.text.size() <= 60)
            return QVariant();
        const QString text = d.text.size() > 2000 ? d.text.left(2000) + QChar(0x2026) : d.text;
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
    }
    if (role == Qt::ToolTipRole && f.type == FrameType::Close && f.hasCloseCode())
        return tr("Close %1: %2").arg(f.closeCode).arg(ClosePayload::describe(f.closeCode));
    if (role != Qt::DisplayRole)
        return QVariant();
    return displayText(index, f, frameIndex, status);
}

// Colour rules, as in the legend under the lists.
ThemeColors::Row FrameTableModel::rowOf(const QString &status, bool received)
{
    // The direct frame the tunnel lost is tinted lighter than the gap where it should be.
    if (status == QLatin1String("missing") || status == QLatin1String("extra"))
        return !received || status == QLatin1String("extra") ? ThemeColors::Row::Lost : ThemeColors::Row::LostCounterpart;
    if (status == QLatin1String("duplicated"))
        return ThemeColors::Row::Duplicated;
    if (status == QLatin1String("altered"))
        return ThemeColors::Row::Altered;
    if (status == QLatin1String("reordered"))
        return ThemeColors::Row::Reordered;
    return ThemeColors::Row::None;
}

// A row of the aligned view where this path has no frame.
QVariant FrameTableModel::absentFrameData(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == Preview)
        return m_timeline && m_timeline->rows()[std::size_t(index.row())].kind == PairedTimeline::Kind::Aligned
            ? tr("— not received on this path —")
            : QString();
    if (role == Qt::ForegroundRole)
        return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
    return QVariant();
}

QVariant FrameTableModel::displayText(const QModelIndex &index, const Frame &f, qsizetype frameIndex, const QString &status) const
{
    switch (index.column()) {
    case Number:
        return qlonglong(frameIndex);
    case Time:
        return m_numbers.toString(RunClock::toMs(f.tUs), 'f', 3);
    case Delta: {
        if (!m_timeline)
            return QVariant();
        const PairedTimeline::Row &r = m_timeline->rows()[std::size_t(index.row())];
        return m_tunnel && r.kind == PairedTimeline::Kind::Aligned && r.status == AlignedRow::Status::Matched
                && !std::isnan(r.deltaMs)
            ? QVariant(m_numbers.toString(double(r.deltaMs), 'f', 3))
            : QVariant();
    }
    case Arrow:
        return f.dir == Direction::In ? QStringLiteral("↓") : QStringLiteral("↑");
    case Type:
        return f.type == FrameType::Close && f.hasCloseCode() ? QStringLiteral("close %1").arg(f.closeCode)
                                                              : frameTypeName(f.type);
    case Size:
        return qlonglong(f.payload.size());
    case Preview: {
        const FramePresenter::Data d = FramePresenter::data(f, *m_redactor);
        QString text = d.base64 ? QStringLiteral("[%1 bytes]").arg(f.payload.size()) : d.text.left(200);
        text.replace(QLatin1Char('\n'), QChar(0x21B5));
        if (text.startsWith(QChar(0xFEFF)))
            text.replace(0, 1, QStringLiteral("[BOM]"));
        if (!status.isEmpty())
            text = QStringLiteral("[%1] ").arg(status) + text;
        return text;
    }
    default:
        return QVariant();
    }
}

} // namespace tunnelscope
