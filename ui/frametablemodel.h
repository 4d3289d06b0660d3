#pragma once

#include "language.h"
#include "pairedtimeline.h"
#include "themecolors.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace tunnelscope {

struct PathRecord;
class SecretRedactor;

// One path's frames as a table, straight over the FrameStore (nothing copied per row).
// Live: one row per recorded frame, rows appended in one batch per refresh(). Aligned: the
// rows of a PairedTimeline, so the direct and tunnel views stay in step, with a gap row
// where this path lacks a message the other path received.
class FrameTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Time, Delta, Arrow, Type, Size, Preview, ColumnCount };
    enum Role { FrameIndexRole = Qt::UserRole + 1, StatusRole };

    FrameTableModel(bool tunnelSide, QObject *parent = nullptr);

    void setLive(const PathRecord *path, const SecretRedactor *redactor);
    void setAligned(const PathRecord *path, const PathRecord *other, const PairedTimeline *timeline,
                    const SecretRedactor *redactor);
    void clear();
    // Appends the frames recorded since the last call (live mode).
    void refresh();

    qsizetype frameAt(int row) const;
    int rowOfFrame(qsizetype frame) const;
    bool isAligned() const { return m_timeline != nullptr; }
    // The path shown and how its secrets are hidden (null before setLive / setAligned).
    const PathRecord *path() const { return m_path; }
    const SecretRedactor *redactor() const { return m_redactor; }
    // "missing", "extra", ... for the colour legend; empty for a plain row.
    QString statusAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static ThemeColors::Row rowOf(const QString &status, bool received);
    QVariant absentFrameData(const QModelIndex &index, int role) const;
    QVariant displayText(const QModelIndex &index, const Frame &f, qsizetype frameIndex, const QString &status) const;
    bool m_tunnel;
    const PathRecord *m_path = nullptr;
    const PathRecord *m_other = nullptr;
    const PairedTimeline *m_timeline = nullptr;
    const SecretRedactor *m_redactor = nullptr;
    int m_rows = 0;
    const QLocale m_numbers = Language::cellNumbers(); // made once: a cell is drawn often
};

} // namespace tunnelscope
