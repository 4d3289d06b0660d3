#include "templateexpander.h"

#include <QRegularExpression>

namespace tunnelscope {

namespace {
const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([^}]*?)\\s*\\}\\}"));
    return re;
}
} // namespace

QString TemplateExpander::expand(const QString &text) const
{
    if (!text.contains(QLatin1String("{{")))
        return text;
    QString out;
    qsizetype last = 0;
    auto it = placeholder().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (name == QLatin1String("run"))
            out += QString::number(m_run);
        else if (name.startsWith(QLatin1String("secrets.")) && m_secrets.contains(name.mid(8)))
            out += m_secrets.value(name.mid(8));
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QStringList TemplateExpander::check(const QString &text, const QStringList &declaredSecrets)
{
    QStringList problems;
    auto it = placeholder().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (name == QLatin1String("run"))
            continue;
        if (!name.startsWith(QLatin1String("secrets."))) {
            problems << tr("unknown placeholder {{%1}} (known: {{run}}, {{secrets.NAME}})").arg(name);
        } else if (!declaredSecrets.contains(name.mid(8))) {
            problems << (declaredSecrets.isEmpty()
                             ? tr("{{%1}} names a secret the profile does not declare in \"secrets\"").arg(name)
                             : tr("{{%1}} names a secret the profile does not declare in \"secrets\" (declared: %2)")
                                   .arg(name, declaredSecrets.join(QStringLiteral(", "))));
        }
    }
    return problems;
}

} // namespace tunnelscope
