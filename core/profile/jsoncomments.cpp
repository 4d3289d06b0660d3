#include "jsoncomments.h"

namespace tunnelscope {

JsonComments::Result JsonComments::blank(const QByteArray &text)
{
    Result r{text};
    QByteArray &out = r.json;
    const qsizetype n = out.size();
    bool inString = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = out.at(i);
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character, a quote among them
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c != '/' || i + 1 >= n)
            continue;
        if (out.at(i + 1) == '/') {
            for (; i < n && out.at(i) != '\n'; ++i)
                out[i] = ' ';
        } else if (out.at(i + 1) == '*') {
            const qsizetype end = out.indexOf("*/", i + 2);
            if (end < 0) {
                r.unterminated = i;
                return r;
            }
            for (qsizetype k = i; k < end + 2; ++k)
                if (out.at(k) != '\n' && out.at(k) != '\r')
                    out[k] = ' ';
            i = end + 1;
        }
    }
    return r;
}

} // namespace tunnelscope
