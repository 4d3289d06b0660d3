#pragma once

#include <QString>
#include <optional>

namespace tunnelscope {

// Durations as people write them on a command line: "500ms", "30s", "5m", "24h", "7d", or a
// bare number of seconds; "0" is allowed (watch --every 0: back to back).
class DurationText
{
public:
    static std::optional<qint64> parseMs(const QString &text);
    // The shortest exact way to write it back: 90000 -> "90s", 3600000 -> "1h".
    static QString format(qint64 ms);
    // The same in words for a person, in the language chosen: 90000 -> "90 seconds" ("90 秒"),
    // 86400000 -> "1 day" ("1 天"). Where the text is an option's value, format() is meant.
    static QString spoken(qint64 ms);
};

} // namespace tunnelscope
