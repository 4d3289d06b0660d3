#pragma once

#include <QByteArray>

namespace tunnelscope {

// Comments in a profile, as tsconfig.json and VS Code's settings allow them: `// to the end of
// the line` and `/* block */`, outside strings. They are blanked out (replaced by spaces,
// line breaks kept), so a JSON parser's error offsets still point at the line and column the
// user wrote.
class JsonComments
{
public:
    struct Result
    {
        QByteArray json;             // the text with every comment blanked
        qsizetype unterminated = -1; // where a /* that never ends starts, else -1
    };
    static Result blank(const QByteArray &text);
};

} // namespace tunnelscope
