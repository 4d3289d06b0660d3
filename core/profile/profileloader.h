#pragma once

#include "profile.h"

#include <QCoreApplication>
#include <QStringList>

namespace tunnelscope {

// Reads a profile from a file or from the built-in set (builtin:NAME), checks it against
// profile.schema.json and against the rules the schema cannot say, and lists every problem as
// "FILE: $.json.path: what is wrong".
class ProfileLoader
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLoader)

public:
    struct Result
    {
        std::optional<Profile> profile;
        QStringList problems;
        bool ok() const { return profile.has_value(); }
    };

    static Result load(const QString &source);
    // `text` is JSON, with // and /* */ comments allowed (JsonComments).
    static Result parse(const QByteArray &text, const QString &origin);

    // One step of a profile's form (as the window's interactive session composes it), read and
    // checked exactly as a file's: problems are named at $.steps[0].
    static StepSpec readStep(const QJsonObject &step, const Profile &profile, QStringList *problems);

    static QStringList builtinNames();
    static QString builtinPath(const QString &name);
    static QJsonObject schema();

private:
    static void readProfile(const QJsonObject &o, Profile *p, QStringList *problems);
};

} // namespace tunnelscope
